import type { AttachmentRef, DisclosureDetail, DisclosureKind } from '@/api/types'
import disclosureMessages from '@/i18n/locales/disclosure/zh-Hans'

/** The jurisdiction of every record of this portal. */
const JURISDICTION = '葫芦岛市'

type JsonLd = Record<string, unknown>

/** Kinds that are legislation in schema.org's sense: rules with a legal force. */
const LEGISLATION: readonly DisclosureKind[] = ['REGULATION', 'NORMATIVE_DOCUMENT', 'POLICY']

export function isLegislation(kind: DisclosureKind | undefined): boolean {
  return kind !== undefined && LEGISLATION.includes(kind)
}

function compact<T extends JsonLd>(object: T): T {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length),
    ),
  ) as T
}

/** In force: valid and not replaced by a newer record. */
export function inForce(record: DisclosureDetail): boolean {
  return record.validity === 'VALID' && !record.supersededBy
}

/**
 * schema.org structured data for a record page (JSON-LD), in the content's language
 * (Simplified Chinese). Regulations, normative documents and policies are `Legislation`
 * (文号 as legislationIdentifier, 成文日期 as legislationDate, InForce / NotInForce);
 * interpretations are `Article`s about the document they interpret; everything else
 * (budgets, gazette issues, replies, other information) is a `DigitalDocument`.
 */
export function buildDisclosureJsonLd(
  record: DisclosureDetail,
  pageUrl: string,
  attachments: readonly (AttachmentRef & { url: string })[] = [],
): JsonLd {
  const kind = record.kind
  const publisher = record.department?.name
    ? { '@type': 'GovernmentOrganization', name: record.department.name }
    : undefined
  const common = {
    '@context': 'https://schema.org',
    '@id': pageUrl,
    url: pageUrl,
    name: record.title,
    identifier: record.indexNumber,
    inLanguage: 'zh-Hans',
    datePublished: record.publishedOn,
    dateModified: record.publishedAt,
    publisher,
    keywords: record.keywords?.length ? record.keywords.join(',') : undefined,
    genre: kind ? disclosureMessages.enums.kind[kind] : undefined,
    version: record.version,
    associatedMedia: attachments.map((a) =>
      compact({
        '@type': 'MediaObject',
        name: a.fileName,
        encodingFormat: a.mediaType,
        contentSize: a.size === undefined ? undefined : `${a.size} B`,
        contentUrl: a.url,
      }),
    ),
  }

  if (isLegislation(kind)) {
    return compact({
      ...common,
      '@type': 'Legislation',
      legislationIdentifier: record.documentNumber,
      legislationDate: record.writtenOn,
      legislationLegalForce: inForce(record)
        ? 'https://schema.org/InForce'
        : 'https://schema.org/NotInForce',
      legislationJurisdiction: { '@type': 'City', name: JURISDICTION },
      legislationPassedBy: publisher,
      legislationType: kind ? disclosureMessages.enums.kind[kind] : undefined,
      expires: record.validity === 'VALID' ? undefined : record.validUntil,
    })
  }
  return compact({
    ...common,
    '@type': kind === 'INTERPRETATION' ? 'Article' : 'DigitalDocument',
    dateCreated: record.writtenOn,
    about: record.interprets?.title
      ? compact({
          '@type': isLegislation(record.interprets.kind) ? 'Legislation' : 'CreativeWork',
          name: record.interprets.title,
          identifier: record.interprets.indexNumber,
        })
      : undefined,
  })
}
