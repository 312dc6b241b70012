getApp().globalData.udeskAvsMiniReferer = {
  sdkToken: "t",
  authFailNavigate: { path: "pages/index/index", envVerison: "release" },
};
const params = {
  'udeskAvsMiniReferer': { sdkToken: 't', customerInfo: { level: 'gold' } },
};
