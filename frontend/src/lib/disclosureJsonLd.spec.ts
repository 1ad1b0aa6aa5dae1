import { describe, expect, it } from 'vitest'
import { disclosureDetail, INTERPRETATION_ID, NEWER_ID, POLICY_ID } from '@/test/disclosureFixtures'
import { buildDisclosureJsonLd } from './disclosureJsonLd'

const URL = 'https://gongkai.example/disclosure/records/x'

describe('schema.org structured data of a record', () => {
  it('describes a normative document in force as Legislation with its 文号 and date', () => {
    const data = buildDisclosureJsonLd(disclosureDetail(), URL, [
      { id: 'f', fileName: 'a.pdf', mediaType: 'application/pdf', size: 10, url: 'https://api/f' },
    ])
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      '@id': URL,
      name: '关于规范户籍窗口服务的通知',
      legislationIdentifier: '葫公发〔2026〕7号',
      legislationDate: '2026-03-02',
      legislationLegalForce: 'https://schema.org/InForce',
      legislationType: '行政规范性文件',
      identifier: '11211400MB0000001X/2026-00007',
      datePublished: '2026-03-10',
      publisher: { '@type': 'GovernmentOrganization', name: '葫芦岛市公安局' },
      associatedMedia: [{ '@type': 'MediaObject', encodingFormat: 'application/pdf' }],
    })
  })

  it('says NotInForce once the document expired or was replaced', () => {
    expect(
      buildDisclosureJsonLd(
        disclosureDetail({ validity: 'REPEALED', validUntil: '2026-06-01' }),
        URL,
      ),
    ).toMatchObject({
      legislationLegalForce: 'https://schema.org/NotInForce',
      expires: '2026-06-01',
    })
    const replaced = disclosureDetail({
      supersededBy: { id: NEWER_ID, indexNumber: 'x', kind: 'POLICY', title: '新的通知' },
    })
    expect(buildDisclosureJsonLd(replaced, URL).legislationLegalForce).toBe(
      'https://schema.org/NotInForce',
    )
  })

  it('makes an interpretation an Article about its document, and a budget a DigitalDocument', () => {
    const interpretation = buildDisclosureJsonLd(
      disclosureDetail({
        id: INTERPRETATION_ID,
        kind: 'INTERPRETATION',
        documentNumber: null,
        interprets: { id: POLICY_ID, indexNumber: 'y', kind: 'NORMATIVE_DOCUMENT', title: '通知' },
      }),
      URL,
    )
    expect(interpretation['@type']).toBe('Article')
    expect(interpretation.about).toEqual({ '@type': 'Legislation', name: '通知', identifier: 'y' })
    expect(interpretation).not.toHaveProperty('legislationLegalForce')
    const budget = buildDisclosureJsonLd(disclosureDetail({ kind: 'BUDGET' }), URL)
    expect(budget['@type']).toBe('DigitalDocument')
    expect(budget.dateCreated).toBe('2026-03-02')
  })
})
