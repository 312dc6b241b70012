// A Taro React page in .js: JSX text is not a string, containers are code.
import { View, Text } from '@tarojs/components'
export default function Launch({ items }) {
  const big = items.length > 2 && items.length < 10
  return (
    <View className='page' onClick={() => open()}>
      <Text>Don't click</Text>
      {items.map(item => <Text key={item.id}>{item.name}'s turn</Text>)}
      {/* "unbalanced quotes' live here */}
      <>a {">"} b</>
    </View>
  )
}
function open() {
  getApp().globalData.udeskAvsMiniReferer = { sdkToken: 't', callTimes: '2', commonNavigate: { path: 'pages/index/index' } }
}
