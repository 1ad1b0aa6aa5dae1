import type { Channel, Department, ServiceDetail, TimeLimit } from '@/api/types'
import zhHans from '@/i18n/locales/zh-Hans'

/** The area every item of this portal serves. */
const AREA_SERVED = '葫芦岛市'

/**
 * An ISO 8601 duration for a time limit. Working days have no ISO unit: they are given as
 * days (the note in the guide says they are working days).
 */
export function isoDuration(limit: TimeLimit | null | undefined): string | undefined {
  if (!limit || !Number.isFinite(limit.value) || limit.value < 0) return undefined
  const value = Math.trunc(limit.value)
  return limit.unit === 'HOURS' ? `PT${value}H` : `P${value}D`
}

/** The first telephone number in a free text such as "咨询电话：0429-2123456". */
export function findPhone(text: string | null | undefined): string | undefined {
  if (!text) return undefined
  const match = /(?:\+?86[-\s]?)?(?:0\d{2,3}[-\s]?\d{7,8}|1[3-9]\d{9}|123\d{2})/.exec(text)
  return match?.[0]
}

type JsonLd = Record<string, unknown>

function compact<T extends JsonLd>(object: T): T {
  return Object.fromEntries(
    Object.entries(object).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as T
}

/**
 * schema.org GovernmentService for a guide page (JSON-LD), in the content's own language
 * (Simplified Chinese): name, serviceType, provider, areaServed, audience and one
 * ServiceChannel per way of applying, each with processingTime, serviceUrl, servicePhone
 * and serviceLocation where known.
 */
export function buildGovernmentServiceJsonLd(
  item: ServiceDetail,
  pageUrl: string,
  department?: Department | null,
): JsonLd {
  const guide = item.guide
  const handling = guide?.handling
  const online = guide?.online
  const enums = zhHans.enums
  const phone = findPhone(handling?.consultation) ?? department?.phone
  const processingTime = isoDuration(handling?.promisedTimeLimit ?? handling?.legalTimeLimit)
  const location = handling?.location
    ? compact({
        '@type': 'Place',
        name: handling.location,
        address: handling.location,
        ...(handling.hours ? { openingHours: handling.hours } : {}),
      })
    : undefined
  const servicePhone = phone
    ? compact({ '@type': 'ContactPoint', telephone: phone, contactType: '咨询' })
    : undefined

  const channelOf = (channel: Channel | undefined): JsonLd =>
    compact({
      '@type': 'ServiceChannel',
      name: channel ? enums.channel[channel] : undefined,
      processingTime,
      serviceUrl: channel === 'WINDOW' ? undefined : online?.url,
      servicePhone,
      serviceLocation: channel === 'ONLINE' ? undefined : location,
    })
  const channels = handling?.channels?.length
    ? handling.channels.map(channelOf)
    : [channelOf(undefined)]

  const provider = compact({
    '@type': 'GovernmentOrganization',
    name: department?.name ?? item.department?.name,
    identifier: department?.creditCode,
    telephone: department?.phone,
    email: department?.email,
    address: department?.address,
    url: department?.website,
  })

  return compact({
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    '@id': pageUrl,
    url: pageUrl,
    name: guide?.name,
    identifier: item.implementationCode,
    serviceType: guide?.type ? enums.itemType[guide.type] : undefined,
    inLanguage: 'zh-Hans',
    provider,
    areaServed: { '@type': 'City', name: AREA_SERVED },
    audience: guide?.audience
      ? { '@type': 'Audience', audienceType: enums.audience[guide.audience] }
      : undefined,
    availableChannel: channels,
    termsOfService: guide?.rightsAndObligations,
    dateModified: item.publishedAt,
  })
}

/** JSON for a <script type="application/ld+json">: "<" is escaped so no text can end the script. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
