/** The site search page in Traditional Chinese. */
import type { MessageSchema } from '../zh-Hans'

const siteSearch: MessageSchema['siteSearch'] = {
  title: '全站搜尋',
  heading: '搜尋辦事事項和政府資訊',
  intro: '同時搜尋政務服務事項和政府資訊公開目錄中的政府資訊。',
  label: '搜尋內容',
  placeholder: '例如：規劃許可、部門預算、「最低生活保障」',
  button: '搜尋',
  hint: '簡體、繁體均可；多個詞用空格分開，結果須包含全部詞語；用引號搜尋完整短語。',
  suggestions: '標題建議',
  count: '共找到 {total} 條結果',
  countAbout: '約 {total} 條結果',
  didYouMean: '已按「{query}」搜尋。',
  results: '搜尋結果',
  facets: '篩選結果',
  facet: {
    kind: '類別',
    department: '部門',
    domain: '重點領域',
    subItem: '重點領域子項',
    year: '年份',
    category: '五公開',
    validity: '有效性',
  },
  all: '全部',
  clear: '清除全部篩選',
  remove: '取消篩選：{value}',
  serviceItem: '辦事事項',
  notInForce: '非有效',
  published: '發佈日期',
  empty: '沒有找到結果',
  emptyHint: '請換一個詞，或減少篩選條件。',
  deep: '結果最多顯示前 1,000 條，請用左側的篩選縮小範圍。',
  year: '{year}年',
  error: '搜尋暫時無法使用',
}

export default siteSearch
