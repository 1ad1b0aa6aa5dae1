/**
 * Traditional Chinese interface text (converted from zh-Hans with OpenCC s2tw, then reviewed).
 * Loaded lazily: only users who choose 繁體中文 download it.
 */
import type { MessageSchema } from './zh-Hans'

const messages: MessageSchema = {
  app: {
    name: '葫蘆島市政務公開 · Gongkai',
    owner: '葫蘆島市人民政府',
    tagline: '政務公開 · 辦事指南 · 依申請公開',
  },
  a11y: {
    skipToContent: '跳到主要內容',
    toolbarLabel: '無障礙工具',
    largeText: '大字號',
    highContrast: '高對比度',
    navigatedTo: '已打開頁面：{title}',
  },
  language: {
    label: '語言',
    zhHans: '简体中文',
    zhHant: '繁體中文',
    en: 'English',
  },
  nav: {
    label: '主導航',
    home: '首頁',
    services: '辦事服務',
    departments: '部門',
    console: '工作台',
  },
  auth: {
    login: '登錄',
    logout: '退出',
    signedInAs: '已登錄：{name}',
    working: '正在連接統一身份認證…',
    unavailable: '暫時無法連接統一身份認證服務，請稍後重試。',
  },
  home: {
    title: '首頁',
    heading: '葫蘆島市政務公開',
    intro:
      '在這裡查詢政務服務事項的辦事指南、各部門的聯繫方式，瞭解如何依申請獲取政府信息。線上公開的信息與辦事大廳一致。',
    quickLinksHeading: '常用入口',
    servicesLinkTitle: '辦事服務',
    servicesLinkText: '查找政務服務事項，查看受理條件、申請材料、辦理流程、辦結時限和收費標準。',
    departmentsLinkTitle: '部門',
    departmentsLinkText: '查看市直部門的機構名錄、辦公地址、聯繫電話和政府信息公開指南。',
  },
  services: {
    title: '辦事服務',
    heading: '政務服務事項目錄',
    placeholder: '事項目錄正在建設中，即將上線。',
  },
  guide: {
    title: '辦事指南',
    heading: '辦事指南',
    itemId: '事項編號：{id}',
    placeholder: '辦事指南詳情正在建設中，即將上線。',
  },
  departments: {
    title: '部門',
    heading: '部門機構名錄',
    placeholder: '機構名錄正在建設中，即將上線。',
  },
  console: {
    title: '工作台',
    heading: '工作台',
    placeholder: '事項維護與審核功能正在建設中，即將上線。',
    username: '用戶名',
    department: '所屬部門',
    roles: '角色',
    none: '無',
    noAccess: '您的帳號沒有工作台權限。工作台僅供部門工作人員、審核人員和管理員使用。',
    unavailable: '暫時無法連接統一身份認證服務，請稍後重試。',
    retry: '重試',
  },
  roles: {
    applicant: '申請人',
    staff: '工作人員',
    reviewer: '審核人員',
    admin: '管理員',
  },
  notFound: {
    title: '頁面未找到',
    heading: '頁面未找到',
    body: '您訪問的頁面不存在或已被移除。請檢查網址，或從首頁重新進入。',
    backHome: '返回首頁',
  },
  accessibility: {
    title: '無障礙聲明',
    heading: '無障礙聲明',
    body: '本網站按照無障礙網頁內容指南（WCAG）2.1 AA 級進行建設。完整的無障礙聲明正在編寫中。',
    feedback: '如果您在使用本網站時遇到障礙，請聯繫網站主辦單位。',
  },
  footer: {
    accessibilityStatement: '無障礙聲明',
    ownerLine: '主辦單位：{owner}',
    demoNotice: '本站為演示系統，所列聯繫方式等數據僅供演示。',
  },
}

export default messages
