import { describe, expect, it } from 'vitest'
import type { Department, ServiceDetail } from '@/api/types'
import { buildGovernmentServiceJsonLd, findPhone, isoDuration, serializeJsonLd } from './jsonLd'

const item: ServiceDetail = {
  id: '1b4c4e97-48e6-32e6-8e09-ca19de0653b0',
  implementationCode: '1121140001197357X7120100375598000001',
  department: { code: 'natural-resources', name: '葫芦岛市自然资源局' },
  status: 'ACTIVE',
  version: 2,
  publishedAt: '2025-04-24T07:21:37Z',
  guide: {
    name: '建设工程规划许可证核发（新办）',
    type: 'ADMINISTRATIVE_LICENSE',
    audience: 'LEGAL_ENTITY',
    handling: {
      legalTimeLimit: { value: 20, unit: 'WORKING_DAYS' },
      promisedTimeLimit: { value: 5, unit: 'WORKING_DAYS' },
      channels: ['WINDOW', 'ONLINE'],
      location: '葫芦岛市政务服务中心四楼A区',
      hours: '工作日 8:30—11:30',
      consultation: '咨询电话：0429-3096262（市自然资源局）；也可拨打12345',
    },
    online: { depth: 'IV', url: 'https://zwfw.huludao.example/item/120100375598' },
  },
}

const department: Department = {
  code: 'natural-resources',
  name: '葫芦岛市自然资源局',
  phone: '0429-2000000',
  address: '辽宁省葫芦岛市龙港区龙湾大街1号',
  creditCode: '11211400MB0000001X',
}

describe('schema.org GovernmentService JSON-LD', () => {
  const ld = buildGovernmentServiceJsonLd(item, 'https://gongkai.example/services/1', department)

  it('names the service, its type, the provider and the city it serves', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      name: '建设工程规划许可证核发（新办）',
      serviceType: '行政许可',
      url: 'https://gongkai.example/services/1',
      identifier: '1121140001197357X7120100375598000001',
      provider: {
        '@type': 'GovernmentOrganization',
        name: '葫芦岛市自然资源局',
        telephone: '0429-2000000',
        identifier: '11211400MB0000001X',
      },
      areaServed: { '@type': 'City', name: '葫芦岛市' },
      audience: { '@type': 'Audience', audienceType: '法人' },
    })
  })

  it('has one ServiceChannel per way of applying, with processing time, phone, place and URL', () => {
    const channels = ld.availableChannel as Record<string, unknown>[]
    expect(channels).toHaveLength(2)
    const [window, online] = channels
    expect(window).toMatchObject({
      '@type': 'ServiceChannel',
      name: '窗口办理',
      processingTime: 'P5D',
      servicePhone: { '@type': 'ContactPoint', telephone: '0429-3096262' },
      serviceLocation: { '@type': 'Place', address: '葫芦岛市政务服务中心四楼A区' },
    })
    expect(window).not.toHaveProperty('serviceUrl')
    expect(online).toMatchObject({
      name: '网上办理',
      serviceUrl: 'https://zwfw.huludao.example/item/120100375598',
      processingTime: 'P5D',
    })
    expect(online).not.toHaveProperty('serviceLocation')
  })

  it('falls back to the department phone and to one generic channel', () => {
    const bare: ServiceDetail = {
      ...item,
      guide: { name: '户口迁移', type: 'PUBLIC_SERVICE', audience: 'PERSON', handling: {} },
    }
    const channels = buildGovernmentServiceJsonLd(bare, 'u', department)
      .availableChannel as object[]
    expect(channels).toEqual([
      {
        '@type': 'ServiceChannel',
        servicePhone: { '@type': 'ContactPoint', telephone: '0429-2000000', contactType: '咨询' },
      },
    ])
  })

  it('writes time limits as ISO 8601 durations', () => {
    expect(isoDuration({ value: 10, unit: 'WORKING_DAYS' })).toBe('P10D')
    expect(isoDuration({ value: 3, unit: 'CALENDAR_DAYS' })).toBe('P3D')
    expect(isoDuration({ value: 4, unit: 'HOURS' })).toBe('PT4H')
    expect(isoDuration({ value: 0, unit: 'WORKING_DAYS' })).toBe('P0D')
    expect(isoDuration(undefined)).toBeUndefined()
  })

  it('finds telephone numbers in free text', () => {
    expect(findPhone('咨询电话：0429-3096262；12345热线')).toBe('0429-3096262')
    expect(findPhone('拨打12345政务服务便民热线')).toBe('12345')
    expect(findPhone('无')).toBeUndefined()
  })

  it('cannot be broken out of its script element', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' })
    expect(json).not.toContain('</script>')
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' })
  })
})
