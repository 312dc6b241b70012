// A variable extraData is resolved: this is a mini-program launch, so the
// envVersion below is meaningful (no page-mode warning), and findings
// point into the const literal.
const appId = 'wx0123456789abcdef'
const extraData = {
  udeskAvsMiniReferer: {
    sdkToken: 't',
    callTimes: 'two',
    commonNavigate: { path: 'pages/index/index', envVersion: 'develop' },
  },
}
function launch(sign) {
  wx.navigateToMiniProgram({ appId, path: `pages/preIndex/index?sign=${sign}`, extraData })
}
