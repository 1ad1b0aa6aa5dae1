import { File as NodeFile } from 'node:buffer'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { OfficeApplicationView } from '@/api/types'
import { CASE_ID, officeCase } from '@/test/applicationFixtures'
import { fakeApi, type FakeRequest } from '@/test/fakeApi'
import { mountWith } from '@/test/mount'
import OfficeCaseView from './OfficeCaseView.vue'

vi.mock('@/composables/useApi', async () => (await import('@/test/fakeApi')).useFakeApi())
const user = vi.hoisted(() => ({
  authenticated: true,
  isAdmin: false,
  isStaff: true,
  department: 'public-security' as string | null,
  username: 'staff-public-security',
  roles: ['staff'],
}))
vi.mock('@/stores/auth', () => ({ useAuthStore: () => user }))

const CASE_PATH = new RegExp(`^/api/v1/admin/applications/${CASE_ID}$`)
let current: OfficeApplicationView

/** The case as the API has it now; a step answers `next` with a new ETag. */
function answerWith(path: RegExp, next: (request: FakeRequest) => OfficeApplicationView): void {
  fakeApi.on('POST', path, (request) => {
    current = next(request)
    return { body: current, headers: { ETag: '"4"' } }
  })
}

beforeEach(() => {
  Object.assign(user, {
    isAdmin: false,
    department: 'public-security',
    username: 'staff-public-security',
    roles: ['staff'],
  })
  current = officeCase()
  fakeApi.reset()
  fakeApi
    .on('GET', /^\/api\/v1\/departments$/, () => ({
      body: [
        { code: 'public-security', name: '葫芦岛市公安局' },
        { code: 'housing', name: '葫芦岛市住房和城乡建设局' },
      ],
    }))
    .on('GET', CASE_PATH, () => ({ body: current, headers: { ETag: '"3"' } }))
    .on('GET', /^\/api\/v1\/admin\/applications\/handlers$/, () => ({
      body: [{ username: 'staff-public-security', displayName: '市公安局工作人员' }],
    }))
})

async function open(view: OfficeApplicationView = current) {
  current = view
  return mountWith(OfficeCaseView, {
    props: { id: CASE_ID },
    path: `/console/applications/${CASE_ID}`,
  })
}

const button = (wrapper: VueWrapper, text: string) => {
  const found = wrapper.findAll('button').find((b) => b.text() === text)
  if (!found) throw new Error(`no button “${text}”`)
  return found
}
const hasButton = (wrapper: VueWrapper, text: string) =>
  wrapper.findAll('button').some((b) => b.text() === text)
const summaryLinks = (wrapper: VueWrapper) =>
  wrapper.findAll('.error-summary a').map((a) => a.text())
const posts = (path: RegExp) =>
  fakeApi.requests.filter((r) => r.method === 'POST' && path.test(r.path))

describe('consulting a third party or a co-producing body', () => {
  it('names the missing fields, then starts the consultation with If-Match', async () => {
    answerWith(/\/consultation$/, () =>
      officeCase({
        state: 'IN_CONSULTATION',
        timeline: [
          ...(current.timeline ?? []),
          {
            kind: 'CONSULTATION_STARTED',
            on: '2026-12-02',
            at: '2026-12-02T02:00:00Z',
            note: '征求第三方意见（第三十二条）：某某公司',
            internal: false,
          },
        ],
      }),
    )
    const { wrapper } = await open()
    await button(wrapper, '开始征求意见').trigger('click')
    await flushPromises()
    expect(posts(/\/consultation$/)).toHaveLength(0)
    expect(summaryLinks(wrapper)).toEqual([
      '征求谁的意见：此项为必填项。',
      '第三方或机关名称：此项为必填项。',
    ])

    await wrapper.get('#case-consultParty').setValue(true)
    await wrapper.get('#case-consulted').setValue('某某公司')
    await button(wrapper, '开始征求意见').trigger('click')
    await flushPromises()
    const post = fakeApi.last('POST', /\/consultation$/)
    expect(post?.headers.get('If-Match')).toBe('"3"')
    expect(post?.body).toEqual({ party: 'THIRD_PARTY', consulted: '某某公司', note: null })
    expect(wrapper.get('.case-status').text()).toBe('已开始征求意见，答复期限暂停计算。')
    // in consultation: the opinion is recorded before a reply, a fee notice or a correction
    expect(wrapper.get('[data-testid="consultation-running"]').text()).toContain('某某公司')
    expect(wrapper.text()).toContain('正在征求意见，记录意见后才能答复。')
    expect(wrapper.find('#case-outcome').exists()).toBe(false)
    expect(hasButton(wrapper, '发出收费通知')).toBe(false)
  })

  it('records the opinion, and the case is in progress again', async () => {
    answerWith(/\/consultation\/opinion$/, () => officeCase())
    const { wrapper } = await open(officeCase({ state: 'IN_CONSULTATION' }))
    expect(wrapper.text()).toContain('正在征求意见，记录意见后才能要求补正。')
    expect(wrapper.find('#case-correctionNote').exists()).toBe(false)
    await wrapper.get('#case-opinion').setValue('  第三方同意公开。 ')
    await button(wrapper, '记录意见').trigger('click')
    await flushPromises()
    expect(fakeApi.last('POST', /\/opinion$/)?.body).toEqual({ opinion: '第三方同意公开。' })
    expect(wrapper.get('.case-status').text()).toBe('已记录意见，答复期限恢复计算。')
    expect(wrapper.find('#case-outcome').exists()).toBe(true)
  })
})

describe('the extension (Art. 33)', () => {
  it('refuses more than 20 working days before asking, then asks with the reason', async () => {
    answerWith(/\/extension$/, () =>
      officeCase({
        extensionPending: {
          workingDays: 15,
          reason: '档案需调阅',
          requestedBy: 'staff-public-security',
        },
      }),
    )
    const { wrapper } = await open()
    await wrapper.get('#case-extensionDays').setValue('25')
    await wrapper.get('#case-extensionReason').setValue('档案需调阅')
    await button(wrapper, '提出延期申请').trigger('click')
    await flushPromises()
    expect(posts(/\/extension$/)).toHaveLength(0)
    expect(summaryLinks(wrapper)).toEqual(['延长的工作日数：延长期限为 1 至 20 个工作日。'])
    expect(wrapper.get('#case-extensionDays').attributes('aria-invalid')).toBe('true')

    await wrapper.get('#case-extensionDays').setValue('15')
    await button(wrapper, '提出延期申请').trigger('click')
    await flushPromises()
    expect(fakeApi.last('POST', /\/extension$/)?.body).toEqual({
      workingDays: 15,
      reason: '档案需调阅',
    })
    // staff wait for the head: no decision for them
    expect(wrapper.get('[data-testid="extension-pending"]').text()).toContain('15 个工作日')
    expect(wrapper.text()).toContain('等待负责人（管理员）审批。')
    expect(wrapper.find('#case-decision').exists()).toBe(false)
  })

  it('lets an admin other than the asker approve it', async () => {
    Object.assign(user, {
      isAdmin: true,
      username: 'admin',
      department: 'gov-office',
      roles: ['admin'],
    })
    answerWith(/\/extension\/decision$/, () =>
      officeCase({
        clock: { ...officeCase().clock, extendedWorkingDays: 15 },
        timeline: [
          ...(current.timeline ?? []),
          { kind: 'EXTENDED', on: '2026-12-03', at: '2026-12-03T02:00:00Z', internal: false },
        ],
      }),
    )
    const { wrapper } = await open(
      officeCase({
        extensionPending: {
          workingDays: 15,
          reason: '档案需调阅',
          requestedBy: 'staff-public-security',
        },
      }),
    )
    await button(wrapper, '提交审批').trigger('click')
    await flushPromises()
    expect(summaryLinks(wrapper)).toEqual(['审批意见：此项为必填项。'])
    await wrapper.get('#case-decision').setValue(true)
    await button(wrapper, '提交审批').trigger('click')
    await flushPromises()
    const post = fakeApi.last('POST', /\/extension\/decision$/)
    expect(post?.headers.get('If-Match')).toBe('"3"')
    expect(post?.body).toEqual({ approve: true, note: null })
    expect(wrapper.get('.case-status').text()).toBe('已同意延期，答复期限已顺延并告知申请人。')
    expect(wrapper.text()).toContain('答复期限已延长 15 个工作日，不能再次延长。')
    expect(hasButton(wrapper, '提出延期申请')).toBe(false)
  })

  it('does not let the admin who asked decide it', async () => {
    Object.assign(user, {
      isAdmin: true,
      username: 'admin',
      department: 'gov-office',
      roles: ['admin'],
    })
    const { wrapper } = await open(
      officeCase({ extensionPending: { workingDays: 5, reason: '理由', requestedBy: 'admin' } }),
    )
    expect(wrapper.find('#case-decision').exists()).toBe(false)
    expect(wrapper.text()).toContain('延期申请由您提出，须由其他管理员审批。')
  })
})

describe('the fee (Art. 42)', () => {
  it('asks for the pages when counting by pages, then the payment is recorded', async () => {
    answerWith(/\/fee-notice$/, () =>
      officeCase({ state: 'AWAITING_FEE', fee: { amount: 90, payBy: '2099-12-20' } }),
    )
    answerWith(/\/fee-paid$/, () => officeCase())
    const { wrapper } = await open()
    expect(wrapper.find('#case-feePages').exists()).toBe(false)
    await wrapper.get('#case-feeMethod-BY_PAGES').setValue(true)
    await wrapper.get('#case-feePayBy').setValue('2099-12-20')
    await button(wrapper, '发出收费通知').trigger('click')
    await flushPromises()
    expect(summaryLinks(wrapper)).toEqual(['需提供的页数：此项为必填项。'])
    await wrapper.get('#case-feePages').setValue('120')
    await button(wrapper, '发出收费通知').trigger('click')
    await flushPromises()
    expect(fakeApi.last('POST', /\/fee-notice$/)?.body).toEqual({
      method: 'BY_PAGES',
      payBy: '2099-12-20',
      pages: 120,
    })
    expect(wrapper.get('[data-testid="fee-awaited"]').text()).toContain('90 元')
    expect(wrapper.text()).toContain('正在等待申请人缴费，缴费后才能答复。')

    await button(wrapper, '登记已缴费').trigger('click')
    await flushPromises()
    const paid = fakeApi.last('POST', /\/fee-paid$/)
    expect(paid?.headers.get('If-Match')).toBe('"4"')
    expect(wrapper.get('.case-status').text()).toBe('已登记缴费，答复期限恢复计算。')
  })

  it('shows the API’s refusal when nothing is due at its field', async () => {
    fakeApi.on('POST', /\/fee-notice$/, () => ({
      status: 422,
      body: {
        status: 422,
        title: 'Unprocessable',
        errors: [{ field: 'method', code: 'free', message: 'free' }],
      },
    }))
    const { wrapper } = await open()
    await wrapper.get('#case-feeMethod').setValue(true)
    await wrapper.get('#case-feePayBy').setValue('2099-12-20')
    await button(wrapper, '发出收费通知').trigger('click')
    await flushPromises()
    expect(summaryLinks(wrapper)).toEqual([
      '计收方式：未超过免费范围，不能收费（条例第四十二条）。',
    ])
  })
})

describe('handler and transfer', () => {
  it('assigns the case to the signed-in member of staff', async () => {
    answerWith(/\/assignment$/, (r) =>
      officeCase({ handler: (r.body as { handler: string }).handler }),
    )
    const { wrapper } = await open()
    expect(wrapper.text()).toContain('尚未指定经办人。')
    await button(wrapper, '由我办理').trigger('click')
    await flushPromises()
    expect(fakeApi.last('POST', /\/assignment$/)?.body).toEqual({
      handler: 'staff-public-security',
    })
    expect(wrapper.text()).toContain('当前经办人：市公安局工作人员')
    expect(hasButton(wrapper, '由我办理')).toBe(false)
  })

  it('is transferred by admins only, to another department', async () => {
    const staff = await open()
    expect(staff.wrapper.find('#case-transferDepartment').exists()).toBe(false)
    staff.wrapper.unmount()

    Object.assign(user, {
      isAdmin: true,
      username: 'admin',
      department: 'gov-office',
      roles: ['admin'],
    })
    answerWith(/\/transfer$/, () => officeCase({ departmentCode: 'housing' }))
    const { wrapper } = await open()
    const options = wrapper.findAll('#case-transferDepartment option').map((o) => o.text())
    expect(options).toEqual(['请选择', '葫芦岛市住房和城乡建设局'])
    await wrapper.get('#case-transferDepartment').setValue('housing')
    await wrapper.get('#case-transferReason').setValue('由住建局保存。')
    await button(wrapper, '转交').trigger('click')
    await flushPromises()
    expect(fakeApi.last('POST', /\/transfer$/)?.body).toEqual({
      departmentCode: 'housing',
      reason: '由住建局保存。',
    })
    expect(wrapper.get('.case-status').text()).toBe('已转交葫芦岛市住房和城乡建设局。')
  })
})

describe('the reply with its records and documents', () => {
  it('sends the 索引号 of a disclosure, checked and each once', async () => {
    answerWith(/\/reply$/, () =>
      officeCase({
        state: 'REPLIED',
        outcome: 'DISCLOSED',
        indexNumbers: ['11211400MB0000000X/2026-00001'],
      }),
    )
    const { wrapper } = await open()
    await wrapper.get('#case-outcome').setValue('DISCLOSED')
    await wrapper.get('#case-replyText').setValue('予以公开。')
    await wrapper.get('#case-indexNumbers').setValue('2026-1')
    await button(wrapper, '作出答复').trigger('click')
    await flushPromises()
    expect(summaryLinks(wrapper)).toEqual([
      '已公开信息的索引号：索引号格式应为“机构代码/年份-五位序号”，如 11211400MB0000000X/2026-00001。',
    ])
    await wrapper
      .get('#case-indexNumbers')
      .setValue('11211400MB0000000X/2026-00001\n11211400MB0000000X/2026-00001')
    await button(wrapper, '作出答复').trigger('click')
    await button(wrapper, '确认作出答复“予以公开”').trigger('click')
    await flushPromises()
    expect(fakeApi.last('POST', /\/reply$/)?.body).toEqual({
      outcome: 'DISCLOSED',
      reason: null,
      text: '予以公开。',
      indexNumbers: ['11211400MB0000000X/2026-00001'],
    })
    expect(wrapper.get('[data-testid="index-numbers"]').text()).toBe(
      '11211400MB0000000X/2026-00001',
    )
  })

  it('offers no 索引号 for a refusal', async () => {
    const { wrapper } = await open()
    await wrapper.get('#case-outcome').setValue('PARTLY_DISCLOSED')
    expect(wrapper.find('#case-indexNumbers').exists()).toBe(true)
    await wrapper.get('#case-outcome').setValue('NOT_DISCLOSED')
    expect(wrapper.find('#case-indexNumbers').exists()).toBe(false)
  })

  it('uploads a reply document as its bytes, with its name and If-Match', async () => {
    answerWith(/\/attachments$/, () =>
      officeCase({
        documents: [
          {
            position: 1,
            fileName: '线索.pdf',
            mediaType: 'application/pdf',
            size: 10,
            fromApplicant: true,
          },
          { position: 2, fileName: '答复材料.pdf', mediaType: 'application/pdf', size: 2048 },
        ],
      }),
    )
    const { wrapper } = await open()
    await button(wrapper, '上传文件').trigger('click')
    await flushPromises()
    expect(summaryLinks(wrapper)).toEqual(['选择文件：此项为必填项。'])
    const input = wrapper.get<HTMLInputElement>('#case-document')
    // Node's File: the one fetch (undici) sends as bytes, as a browser sends the chosen file
    const file = new NodeFile(['%PDF-1.4 答复'], '答复材料.pdf', { type: 'application/pdf' })
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
    await button(wrapper, '上传文件').trigger('click')
    await flushPromises()
    const post = fakeApi.last('POST', /\/attachments$/)
    expect(post?.query.get('fileName')).toBe('答复材料.pdf')
    expect(post?.headers.get('If-Match')).toBe('"3"')
    expect(post?.headers.get('Content-Type')).toBe('application/octet-stream')
    expect(post?.body).toBe('%PDF-1.4 答复')
    const listed = wrapper.get('[data-testid="case-documents"]').findAll('li')
    expect(listed[1]?.text()).toContain('答复材料.pdf')
    expect(listed[1]?.text()).toContain(
      new Intl.NumberFormat('zh-CN', { style: 'unit', unit: 'kilobyte' }).format(2),
    )
    // the applicant's own material is marked as theirs, the reply's document is not
    expect(listed[0]?.text()).toContain('申请人提交的材料')
    expect(listed[1]?.text()).not.toContain('申请人提交的材料')
    expect(wrapper.get('.case-status').text()).toBe('已添加文件 答复材料.pdf。')
  })
})

describe('the reply letter', () => {
  it('is shown on the page without what could run, and not before a reply', async () => {
    const before = await open()
    expect(before.wrapper.find('#case-letter-heading').exists()).toBe(false)
    before.wrapper.unmount()

    fakeApi.on('GET', /\/reply-letter$/, () => ({
      body:
        '<!DOCTYPE html><html lang="zh-CN"><head><style>body{}</style></head><body><main>' +
        '<h1>政府信息公开申请答复告知书</h1><p onclick="alert(1)">张三：</p>' +
        '<script>alert(1)</script></main></body></html>',
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    }))
    const { wrapper } = await open(
      officeCase({ state: 'REPLIED', outcome: 'PARTLY_DISCLOSED', repliedOn: '2026-12-10' }),
    )
    await button(wrapper, '查看告知书').trigger('click')
    await flushPromises()
    const letter = wrapper.get('[data-testid="reply-letter"]')
    expect(letter.get('h3').text()).toBe('政府信息公开申请答复告知书')
    expect(letter.text()).toContain('张三：')
    expect(letter.html()).not.toContain('script')
    expect(letter.html()).not.toContain('onclick')
    expect(document.activeElement).toBe(letter.element)
  })
})
