// TSX: generics stay TypeScript, elements are JSX.
import Taro from '@tarojs/taro'
import { useState } from 'react'
const identity = <T,>(value: T): T => value
const pick = <K extends string>(key: K) => key
export default function Page(): JSX.Element {
  const [count, setCount] = useState<number>(0)
  const less = count < 3 && count > 1
  const launch = () => Taro.navigateToMiniProgram({
    appId: 'wx0123456789abcdef',
    path: 'pages/preIndex/index',
    extraData: { udeskAvsMiniReferer: { sdkToken: 't', commonNavigate: { path: 'pages/index/index' } } },
    envVersion: 'dev',
  })
  return <Button onClick={launch} disabled={less}>Won't open: {identity(count)}</Button>
}
