// A correct launch next to the API's own callbacks; values computed at run
// time (token, buildSign()) are never reported.
// Not anchors: "wx.navigateToMiniProgram({" in a comment, and the strings below.
const hint = "app.globalData.udeskAvsMiniReferer = { broken";
const pattern = /[{}/]navigateToMiniProgram\/{/g;

Page({
  open() {
    const token = getApp().globalData.token;
    wx.navigateToMiniProgram({
      appId: "wx0123456789abcdef",
      path: `pages/preIndex/index?${buildSign()}`,
      envVersion: 'release',
      extraData: {
        udeskAvsMiniReferer: {
          sdkToken: token,
          callTimes: 0,
          customerInfo: { id: 0x4C6, level: 'vip', telephones: [{ id: null, content: "13800138000" }] },
          commonNavigate: { path: "pages/index/index", extraData: {}, envVersion: "release" },
        },
      },
      success(res) { console.log(res, hint.length / 2, pattern) },
      fail: (err) => console.error(err),
      complete: function () {},
    });
  },
});
