// A signed path written as a template, and 'udeskAvsMiniReferrer' misspelled:
// one did-you-mean, and the launch is still checked (the bad envVersion).
const sign = computeSign()
wx.navigateToMiniProgram({
  appId: 'wx0123456789abcdef',
  path: `pages/preIndex/index?sign=${sign}&nonce=${nonce}&timestamp=${ts}`,
  extraData: {
    udeskAvsMiniReferrer: {
      sdkToken: 'sdfsdfsdfss',
      commonNavigate: { path: 'pages/index/index', envVersion: 'beta' },
    },
  },
})
