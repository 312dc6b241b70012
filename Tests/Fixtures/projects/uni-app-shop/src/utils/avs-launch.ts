// Opens the Udesk video customer-service mini program (mini-program mode).
// The signature is made on the server; here it is only passed through.
const base = {
  sdkToken: 'sdff3fssfccccg',
  commonNavigate: { path: 'pages/index/index', envVersion: 'release' as const },
}

export function openAvs(sign: string, nonce: string, timestamp: number) {
  const extraData = {
    udeskAvsMiniReferer: {
      ...base,
      callTimes: 2,
      customerInfo: { nickName: '张三', level: 'vip' },
    },
  }
  uni.navigateToMiniProgram({
    appId: 'wx0123456789abcdef',
    path: `pages/preIndex/index?sign=${sign}&nonce=${nonce}&timestamp=${timestamp}`,
    extraData,
    envVersion: 'release',
    fail: (err: unknown) => console.error(err),
  })
}
