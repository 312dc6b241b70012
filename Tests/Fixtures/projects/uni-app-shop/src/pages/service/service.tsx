import { View, Text, Button } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { openAvs } from '../../utils/avs-launch'

export default function Service() {
  const call = async () => {
    const { sign, nonce, timestamp } = await fetchSignature()
    openAvs(sign, nonce, timestamp)
  }
  const callHere = () => {
    Taro.getApp().globalData.udeskAvsMiniReferer = {
      sdkToken: 'sdff3fssfccccg',
      authFailNavigate: { path: 'pages/service/service' },
    }
    Taro.navigateTo({ url: '/pages/preIndex/index' })
  }
  return (
    <View className='service'>
      <Text>Don't close the app while we connect you</Text>
      <Button onClick={call}>视频客服</Button>
      <Button onClick={callHere}>{'在本小程序内'}</Button>
    </View>
  )
}

async function fetchSignature(): Promise<{ sign: string; nonce: string; timestamp: number }> {
  const res = await Taro.request({ url: 'https://example.com/avs/sign' })
  return res.data
}
