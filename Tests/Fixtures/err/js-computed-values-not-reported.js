// appId, path and sdkToken are variables: nothing is said about them.
// callTimes is a literal, and wrong.
wx.navigateToMiniProgram({
  appId: APP_ID,
  path: buildPath(),
  extraData: {
    udeskAvsMiniReferer: { sdkToken: token, callTimes: -1, customerInfo: { level: level } },
  },
});
