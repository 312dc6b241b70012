app.globalData.udeskAvsMiniReferer = {
  sdkToken: "t"
  callTimes: 1,
};
