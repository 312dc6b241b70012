// Navigate paths in single quotes (with an escaped quote), double quotes and
// a template literal: each keeps its quotes and JavaScript's escaping.
wx.navigateToMiniProgram({
  appId: 'wx0123456789abcdef',
  path: 'pages/preIndex/index',
  extraData: {
    udeskAvsMiniReferer: {
      sdkToken: 't',
      commonNavigate: { path: 'pages/it\'s/index?from=\'x\'' },
    },
  },
  success(res) { console.log(res); },
});
uni.navigateToMiniProgram({
  appId: 'wx0123456789abcdef',
  path: 'pages/preIndex/index',
  extraData: {
    udeskAvsMiniReferer: {
      sdkToken: 't',
      authFailNavigate: { path: `pages/a\`b/index?navigateType=1&c=$1` },
      callEndNavigate: { path: "pages/index/index?a=\"1\"&navigateType=3" },
    },
  },
});
