wx.navigateToMiniProgram({
  appId: "wx0123456789abcdef,
  path: "pages/preIndex/index",
});
