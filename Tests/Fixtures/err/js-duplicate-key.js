app.globalData.udeskAvsMiniReferer = {
  sdkToken: "a",
  'sdkToken': "b",
};
