// The integration document's page-navigation demo (页面间跳转), as JavaScript.
// The integrator stores udeskAvsMiniReferer in app.globalData.udeskAvsMiniReferer
// and then navigates to pages/preIndex/index (页面间跳转 无需验签: not signed).
// The return-navigation objects come from the document's 回跳说明 section.
// The same values as examples/page-mode-demo.yaml; it is copied faithfully,
// mistakes included: avslint reports them.

const app = getApp();

// 页面跳转前将需传递的参数存入 app.globalData.udeskAvsMiniReferer
app.globalData.udeskAvsMiniReferer = {
  sdkToken: "sdff3fssfccccg", //客服系统视频小程序提供的token 必须
  customerInfo: { //客户信息 非必须, 不传视频小程序会负责新增客户
    id: 1222, //为空则视频小程序会新增客户, 可以通过创建客户的openApi获取此id
    nickName: "hello", //昵称
    avatar: "", //客户头像地址
    email: "2333387332@qq.com",
    telephones: [
      { id: null, content: "13312223333" },
      { id: null, content: "13422112233" },
    ], // 电话 [{id,电话号}], 不传id或者id为null代表新增
    description: "客户描述", //客户描述
    level: "vip", // 客户等级, 'vip'(vip客户)或者'normal'(普通客户)
    customerToken: "", //客户外部标识
    organizationIds: [1, 2], // 客户公司id,需先调用获取客户公司列表接口
    customFields: {
      //客户自定义字段 值TextField_1 由客户拼接(需先调用获取客户自定义字段接口)
      TextField_1: "普通文本内容",
      SelectField_1: ["0"],
    },
  },
  bizId: "123abc", // 对接方业务id,事件回调推送通话记录时会回传bizId, 第三方可以把通话记录绑定在对应订单上。非必须
  callTimes: 1, //允许通话次数 0为不限制 默认 0 非必须
  customChannel: "beijing", //自定义渠道 默认为空 非必须

  /*
  回跳说明：
  1.配置了commonNavigate 无需再配置其他跳转对象，但是只能回跳到一个统一的页面。有满意度页面则在满意度页面回跳，无满意度页面则在通话结束后回跳
  2.未配置commonNavigate, authFailNavigate必须配置，callShortAgeNavigate在有限通话次数条件下必须配置，
  callEndNavigate, surveryEndNavigate 可选 有满意度页面的情况下，两个都配置 在满意度评价结束后回跳，两个都不配置通话结束后不回跳。（其他根据页面有无情况配置）
  3.回跳到页面时会在路径参数中追加 navigateType属性 属性值为 1 授权失败跳转 2 呼叫次数不足跳转，3通话结束跳转，4满意度评价跳转 类型为数字
  * */
  commonNavigate: {
    path: "pages/index/index?navigateType=1",
  }, //通用回跳配置 非必须
  callShortAgeNavigate: {
    path: "pages/index/index?navigateType=2",
    extraData: {},
  }, //呼叫次数不足回跳配置 非必须
  authFailNavigate: {
    path: "pages/index/index?navigateType=1",
  }, //授权失败回跳配置 非必须
  callEndNavigate: {
    path: "pages/index/index?navigateType=3",
  }, // 视频通话结束后回跳配置 非必须
  surveryEndNavigate: {
    path: "pages/index/index?navigateType=4",
  }, //满意度评价结束后回跳配置 非必须
};

wx.navigateTo({ url: "/pages/preIndex/index" });
