import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, type Router } from 'vue-router'
import App from './App.vue'
import { initA11ySettings } from './composables/useA11ySettings'
import { setLocale } from './composables/useLocale'
import { i18n } from './i18n'
import { createAppRouter } from './router'

const mounted: VueWrapper[] = []

async function mountApp(path = '/'): Promise<{ wrapper: VueWrapper; router: Router }> {
  initA11ySettings()
  const router = createAppRouter(createMemoryHistory())
  await router.push(path)
  await router.isReady()
  const wrapper = mount(App, {
    global: { plugins: [createPinia(), i18n, router] },
    attachTo: document.body,
  })
  mounted.push(wrapper)
  await flushPromises()
  return { wrapper, router }
}

afterEach(async () => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
  await setLocale('zh-Hans', { remember: false })
})

describe('page layout', () => {
  it('has one banner, navigation, main and contentinfo landmark', async () => {
    const { wrapper } = await mountApp()
    expect(wrapper.findAll('header')).toHaveLength(1)
    expect(wrapper.findAll('main')).toHaveLength(1)
    expect(wrapper.findAll('footer')).toHaveLength(1)
    expect(wrapper.get('nav').attributes('aria-label')).toBe('主导航')
  })

  it('starts with a skip link to the main content', async () => {
    const { wrapper } = await mountApp()
    const first = wrapper.find('a, button, select, input')
    expect(first.text()).toBe('跳到主要内容')
    expect(first.attributes('href')).toBe('#main-content')
    expect(wrapper.get('main').attributes('id')).toBe('main-content')
  })

  it('moves focus to <main> when the skip link is used', async () => {
    const { wrapper } = await mountApp()
    await wrapper.get('a.skip-link').trigger('click')
    expect(document.activeElement).toBe(wrapper.get('main').element)
  })

  it('shows the portal name and the navigation in Chinese', async () => {
    const { wrapper } = await mountApp()
    expect(wrapper.get('header').text()).toContain('葫芦岛市政务公开 · Gongkai')
    const links = wrapper
      .get('nav')
      .findAll('a')
      .map((a) => a.text())
    expect(links).toEqual(['首页', '办事服务', '部门', '政府信息公开', '依申请公开', '年度报告', '工作台'])
  })

  it('marks the current page in the navigation', async () => {
    const { wrapper } = await mountApp('/departments')
    const current = wrapper.get('nav').find('[aria-current="page"]')
    expect(current.text()).toBe('部门')
  })

  it('links to the accessibility statement from the footer', async () => {
    const { wrapper } = await mountApp()
    expect(wrapper.get('footer a').attributes('href')).toBe('/accessibility')
  })

  it('names each page in the document title', async () => {
    await mountApp('/services')
    expect(document.title).toBe('办事服务 - 葫芦岛市政务公开 · Gongkai')
  })

  it('moves focus to the new page’s heading and announces it after navigation', async () => {
    const { wrapper, router } = await mountApp('/')
    await router.push('/departments')
    await flushPromises()
    const heading = wrapper.get('main h1')
    expect(heading.text()).toBe('部门机构名录')
    expect(document.activeElement).toBe(heading.element)
    expect(wrapper.get('[role="status"]').text()).toBe('已打开页面：部门')
  })

  it('shows the not-found page for unknown addresses', async () => {
    const { wrapper } = await mountApp('/no/such/page')
    expect(wrapper.get('main h1').text()).toBe('页面未找到')
    expect(document.title).toContain('页面未找到')
  })

  it('switches the whole interface to English from the header', async () => {
    const { wrapper } = await mountApp()
    await wrapper.get('select#language-switcher').setValue('en')
    // the English messages are a separate chunk, loaded on demand
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('en'))
    await flushPromises()
    expect(
      wrapper
        .get('nav')
        .findAll('a')
        .map((a) => a.text()),
    ).toEqual([
      'Home',
      'Services',
      'Departments',
      'Government information',
      'Request information',
      'Annual report',
      'Console',
    ])
    expect(document.title).toBe('Home - Huludao Open Government · Gongkai')
  })

  it('toggles high contrast and larger text from the accessibility toolbar', async () => {
    const { wrapper } = await mountApp()
    const toolbar = wrapper.get('[role="group"]')
    expect(toolbar.attributes('aria-label')).toBe('无障碍工具')
    const [largeText, highContrast] = toolbar.findAll('button')
    expect(highContrast?.attributes('aria-pressed')).toBe('false')
    await highContrast?.trigger('click')
    expect(highContrast?.attributes('aria-pressed')).toBe('true')
    expect(document.documentElement.classList.contains('a11y-high-contrast')).toBe(true)
    await largeText?.trigger('click')
    expect(document.documentElement.classList.contains('a11y-large-text')).toBe(true)
  })

  it('offers sign-in without loading Keycloak on public pages', async () => {
    const { wrapper } = await mountApp()
    expect(wrapper.get('header').text()).toContain('登录')
  })
})
