export const Entry = () => (
  <Button
    data-id="a'b"
    onClick={() => uni.navigateToMiniProgram({
      appId: 'wx0123456789ABCDEF',
      extraData: { udeskAvsMiniReferer: { sdkToken: 't', commonNavigate: { path: 'pages/index/index' } } },
    })}
  >
    Don't wait
  </Button>
)
