// Page mode: the referer is set, then the app navigates to the entry page.
// A case slip in the page is a blank page for the user.
const app = getApp()
function openVideo() {
  app.globalData.udeskAvsMiniReferer = { sdkToken: 't', commonNavigate: { path: 'pages/index/index' } }
  wx.navigateTo({ url: 'pages/preindex/index' })
}
function openVideoAbsolute() {
  uni.navigateTo({ url: '/pages/preIndex/index?from=home' })
  Taro.redirectTo({ url: '/udesk/pages/preIndx/index' })
  wx.navigateTo({ url: 'pages/index/index' })
}
