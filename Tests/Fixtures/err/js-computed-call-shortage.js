// appId, path and sdkToken are variables, so nothing is said about them;
// callTimes: 2 is literal, so the missing callShortAgeNavigate is reported.
const APP_ID = config.appId;
wx.navigateToMiniProgram({
  appId: APP_ID,
  path: buildPath(),
  extraData: {
    udeskAvsMiniReferer: {
      sdkToken: token,
      callTimes: 2,
      authFailNavigate: { path: "pages/index/index" },
    },
  },
  success(res) { console.log(res) },
});
