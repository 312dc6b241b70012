// The integration document's mini-program demo (小程序间跳转), as JavaScript.
// The same values as examples/mini-program-demo.json, with the document's
// comments; it is copied faithfully, mistakes included: avslint reports them.
// The PDF wraps the path across lines; here it is one string, as in the JSON twin.

Page({
  //小程序跳转demo
  navigateToMiniProgram: function () {
    wx.navigateToMiniProgram({
      appId: "wx46f00ac6f3dsdf12a",
      /**
       * sign 签名方式 sha256(微信小程序ID+"跳转路径(不包含问号及参数)+"extraData请求体字符串"+"秘钥"+"nonce (uuid标识唯一请求)+"timestamp (时间戳) ")
       */
      path:
        "pages/preIndex/index?sign=b46e9cba961f30889d0f0de4312b7b732ba4f7e081562ef5d1d27556258843bf&nonce=c33442bdfaa&timestamp=12233311",
      extraData: {
        udeskAvsMiniReferer: {
          sdkToken: "sdfsdfsdfss",
          customerInfo: {
            //客户信息
            id: 1222, //为空则小程序会新增客户
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
            organizationIds: [1, 2], // 客户公司id,需先调用获取客户公司列表
            customFields: {
              //客户自定义字段 值TextField_1 由客户拼接(需先调用获取客户自定义字段接口)
              TextField_1: "普通文本内容",
              SelectField_1: ["0"],
            },
          },
          bizId: "123abc", // 对接方业务id,事件回调推送通话记录时会回传bizId, 第三方可以把通话记录绑定在对应订单上。
          callTimes: 1, //允许通话次数 0为不限制 默认 0
          customChannel: "beijing", //自定义渠道 默认为空
          /**
          回跳说明:
          1.配置了commonNavigate 无需再配置其他跳转对象,但是只能回跳到一个统一的
          页面。有满意度页面则在满意度页面回跳,无满意度页面则在通话结束后回跳
          2.未配置commonNavigate, authFailNavigate必须配置,
          callShortAgeNavigate在有限通话次数条件下必须配置,
          callEndNavigate, surveryEndNavigate 可选 有满意度页面的情况下,两个
          都配置 在满意度评价结束后回跳,两个都不配置通话结束后不回跳。(其他根据页面有无
          情况配置)
          3.回跳到小程序时会在extraData中追加 navigateType属性 属性值为 1 授权
          失败跳转 2 呼叫次数不足跳转,3通话结束跳转,4满意度评价跳转 类型为数字
          * */
          commonNavigate: {
            path: "pages/index/index?navigateType=1",
            extraData: {},
            envVersion: "develop",
          }, //通用回跳配置
          callShortAgeNavigate: {
            path: "pages/index/index?navigateType=2",
            extraData: {},
            envVersion: "develop",
          }, //呼叫次数不足回跳配置
          authFailNavigate: {
            path: "pages/index/index?navigateType=1",
            extraData: {},
            envVersion: "develop",
          }, //授权失败回跳配置
          callEndNavigate: {
            path: "pages/index/index?navigateType=3",
            extraData: {},
            envVersion: "develop",
          }, // 视频通话结束后回跳配置
          surveryEndNavigate: {
            path: "pages/index/index?navigateType=4",
            extraData: {},
            envVersion: "develop",
          }, //满意度评价结束后回跳配置
        },
      },
      success(res) {
        console.log(res);
        // 打开成功
      },
      fail(res) {
        console.log(res);
      },
    });
  },
});
