// Spreads: a resolvable const adds its keys; an import, a call or a
// parameter leaves the object open, so nothing is said about absent keys.
import { base, limits } from './launch-base'
const local = { sdkToken: 't', commonNavigate: { path: 'pages/index/index' } }
getApp().globalData.udeskAvsMiniReferer = { ...base, callTimes: 2 }
getApp().globalData.udeskAvsMiniReferer = { ...limits, callShortAgeNavigate: { path: 'pages/index/index' } }
getApp().globalData.udeskAvsMiniReferer = { ...defaults(), callTimes: 1, customChannel: 7 }
function page(options) {
  getApp().globalData.udeskAvsMiniReferer = { ...options, [key]: 1, authFailNavigate: { path: '' } }
}
getApp().globalData.udeskAvsMiniReferer = { ...local, callTimes: -1 }
const merged = Object.assign({}, local, { bizId: 5 })
getApp().globalData.udeskAvsMiniReferer = merged
getApp().globalData.udeskAvsMiniReferer = { callTimes: 3, authFailNavigate: { path: 'pages/index/index' } }
