import type { MessageSchema } from './locales/zh-Hans'

// Type-checked message keys for useI18n() and $t in templates.
declare module 'vue-i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}
