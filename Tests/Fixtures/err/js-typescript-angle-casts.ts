// .ts has no JSX: `<T>x` is a cast and `<T>(x: T) => x` a generic arrow.
const app = <any>getApp()
const first = <T>(list: T[]): T => list[0]
const text = <string>first(["it's"])
app.globalData.udeskAvsMiniReferer = { sdkToken: 1, commonNavigate: { path: 'pages/index/index' } }
