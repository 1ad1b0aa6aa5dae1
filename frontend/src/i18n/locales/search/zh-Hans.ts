/**
 * The site search page (Simplified Chinese, the schema of this module; zh-Hant and en have the
 * same keys). Joined into the locale as `siteSearch`.
 */
const siteSearch = {
  title: '全站搜索',
  heading: '搜索办事事项和政府信息',
  intro: '同时搜索政务服务事项和政府信息公开目录中的政府信息。',
  label: '搜索内容',
  placeholder: '例如：规划许可、部门预算、“最低生活保障”',
  button: '搜索',
  hint: '简体、繁体均可；多个词用空格分开，结果须包含全部词语；用引号搜索完整短语。',
  suggestions: '标题建议',
  count: '共找到 {total} 条结果',
  countAbout: '约 {total} 条结果',
  didYouMean: '已按“{query}”搜索。',
  results: '搜索结果',
  facets: '筛选结果',
  facet: {
    kind: '类别',
    department: '部门',
    domain: '重点领域',
    subItem: '重点领域子项',
    year: '年份',
    category: '五公开',
    validity: '有效性',
  },
  all: '全部',
  clear: '清除全部筛选',
  remove: '取消筛选：{value}',
  serviceItem: '办事事项',
  notInForce: '非有效',
  published: '发布日期',
  empty: '没有找到结果',
  emptyHint: '请换一个词，或减少筛选条件。',
  deep: '结果最多显示前 1,000 条，请用左侧的筛选缩小范围。',
  year: '{year}年',
  error: '搜索暂时不可用',
} as const

export default siteSearch
