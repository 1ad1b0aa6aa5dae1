import type { FieldError } from '@/api/types'

/**
 * Field paths name a place in a guide the way the API's errors do: `handling.visits`,
 * `materials[2].copies`, `authority.legalBasis`. The draft form gives each input (or list,
 * or group) the DOM id `fieldId(path)`; an error is shown at the nearest field the form has
 * for its path (the field itself, else the list item, the list or the group around it).
 */

/** The DOM id of the input for a path: `materials[2].copies` → `field-materials-2-copies`. */
export function fieldId(path: string): string {
  return `field-${path.replace(/\[(\d+)\]/g, '-$1').replace(/[^A-Za-z0-9-]+/g, '-')}`
}

/** The path with list indices removed: `materials[2].copies` → `materials[].copies`. */
export function pathPattern(path: string): string {
  return path.replace(/\[\d+\]/g, '[]')
}

/** One level up: `materials[2].copies` → `materials[2]` → `materials` → null. */
export function parentPath(path: string): string | null {
  if (path.endsWith(']')) {
    const at = path.lastIndexOf('[')
    return at > 0 ? path.slice(0, at) : null
  }
  const at = path.lastIndexOf('.')
  return at > 0 ? path.slice(0, at) : null
}

/** The nearest path, from the path itself upwards, that the form shows; null if none. */
export function anchorPath(path: string, isShown: (path: string) => boolean): string | null {
  for (let p: string | null = path; p; p = parentPath(p)) {
    if (isShown(p)) return p
  }
  return null
}

export interface PlacedError extends FieldError {
  /** Where the message is shown (a path the form has), or null: only in the summary. */
  anchor: string | null
}

/** A test for "the form shows this path", from the patterns of its fields and lists. */
export function shownBy(patterns: Iterable<string>): (path: string) => boolean {
  const set = new Set(patterns)
  return (path) => set.has(pathPattern(path))
}

/** True when `path` is `prefix` or inside it (`materials[1].name` is inside `materials`). */
export function isWithin(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`)
}
