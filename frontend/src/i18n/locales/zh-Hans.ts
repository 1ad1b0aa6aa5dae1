/**
 * Simplified Chinese: the default locale and the source of truth for the message schema.
 * zh-Hant and en must have exactly the same keys (the type checker enforces it).
 */
const messages = {
  app: {
    name: '葫芦岛市政务公开 · Gongkai',
    owner: '葫芦岛市人民政府',
    tagline: '政务公开 · 办事指南 · 依申请公开',
  },
  a11y: {
    skipToContent: '跳到主要内容',
    toolbarLabel: '无障碍工具',
    largeText: '大字号',
    highContrast: '高对比度',
    navigatedTo: '已打开页面：{title}',
  },
  language: {
    label: '语言',
    zhHans: '简体中文',
    zhHant: '繁體中文',
    en: 'English',
  },
  nav: {
    label: '主导航',
    home: '首页',
    services: '办事服务',
    departments: '部门',
    console: '工作台',
  },
  auth: {
    login: '登录',
    logout: '退出',
    signedInAs: '已登录：{name}',
    working: '正在连接统一身份认证…',
    unavailable: '暂时无法连接统一身份认证服务，请稍后重试。',
  },
  home: {
    title: '首页',
    heading: '葫芦岛市政务公开',
    intro:
      '在这里查询政务服务事项的办事指南、各部门的联系方式，了解如何依申请获取政府信息。线上公开的信息与办事大厅一致。',
    quickLinksHeading: '常用入口',
    servicesLinkTitle: '办事服务',
    servicesLinkText: '查找政务服务事项，查看受理条件、申请材料、办理流程、办结时限和收费标准。',
    departmentsLinkTitle: '部门',
    departmentsLinkText: '查看市直部门的机构名录、办公地址、联系电话和政府信息公开指南。',
  },
  services: {
    title: '办事服务',
    heading: '政务服务事项目录',
    placeholder: '事项目录正在建设中，即将上线。',
  },
  guide: {
    title: '办事指南',
    heading: '办事指南',
    itemId: '事项编号：{id}',
    placeholder: '办事指南详情正在建设中，即将上线。',
  },
  departments: {
    title: '部门',
    heading: '部门机构名录',
    placeholder: '机构名录正在建设中，即将上线。',
  },
  console: {
    title: '工作台',
    heading: '工作台',
    placeholder: '事项维护与审核功能正在建设中，即将上线。',
    username: '用户名',
    department: '所属部门',
    roles: '角色',
    none: '无',
    noAccess: '您的账号没有工作台权限。工作台仅供部门工作人员、审核人员和管理员使用。',
    unavailable: '暂时无法连接统一身份认证服务，请稍后重试。',
    retry: '重试',
  },
  roles: {
    applicant: '申请人',
    staff: '工作人员',
    reviewer: '审核人员',
    admin: '管理员',
  },
  notFound: {
    title: '页面未找到',
    heading: '页面未找到',
    body: '您访问的页面不存在或已被移除。请检查网址，或从首页重新进入。',
    backHome: '返回首页',
  },
  accessibility: {
    title: '无障碍声明',
    heading: '无障碍声明',
    body: '本网站按照无障碍网页内容指南（WCAG）2.1 AA 级进行建设。完整的无障碍声明正在编写中。',
    feedback: '如果您在使用本网站时遇到障碍，请联系网站主办单位。',
  },
  footer: {
    accessibilityStatement: '无障碍声明',
    ownerLine: '主办单位：{owner}',
    demoNotice: '本站为演示系统，所列联系方式等数据仅供演示。',
  },
} as const

export type MessageSchema = DeepString<typeof messages>

type DeepString<T> = { -readonly [K in keyof T]: T[K] extends string ? string : DeepString<T[K]> }

export default messages
