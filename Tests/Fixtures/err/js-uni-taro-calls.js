uni.navigateToMiniProgram({
  appId: "wx0123456789abcdef",
  path: "pages/preIndex/index",
  extraData: { udeskAvsMiniReferer: { sdkToken: "" } },
});
await Taro.navigateToMiniProgram({
  appId: "wx0123456789abcdef",
  path: "pages/preIndex/index",
  extraData: { udeskAvsMiniReferer: { sdkToken: "t", callTimes: "1" } },
  envVersion: 'production',
});
