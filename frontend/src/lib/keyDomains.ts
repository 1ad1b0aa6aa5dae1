import type { KeyDomain } from '@/api/types'

/** A key-domain sub-item with the domain it belongs to (信息分类 shows both). */
export interface SubItemEntry {
  code: string
  name: string
  domainCode: string
  domainName: string
}

/** Every sub-item by its code. */
export function subItemIndex(domains: readonly KeyDomain[]): Map<string, SubItemEntry> {
  const index = new Map<string, SubItemEntry>()
  for (const domain of domains) {
    for (const item of domain.subItems ?? []) {
      index.set(item.code, {
        code: item.code,
        name: item.name,
        domainCode: domain.code ?? '',
        domainName: domain.name ?? '',
      })
    }
  }
  return index
}

/** The number of sub-items of all domains (33 in the city's column). */
export function countSubItems(domains: readonly KeyDomain[]): number {
  return domains.reduce((sum, domain) => sum + (domain.subItems?.length ?? 0), 0)
}

/** The domain of a sub-item ('' when unknown). */
export function domainOfSubItem(domains: readonly KeyDomain[], subItem: string): string {
  return subItemIndex(domains).get(subItem)?.domainCode ?? ''
}
