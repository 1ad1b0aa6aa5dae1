import type { SearchHighlight } from '@/api/types'

export interface TextSegment {
  text: string
  marked: boolean
}

/**
 * Splits a search fragment into plain and highlighted runs. Offsets are UTF-16 code units
 * (JavaScript string indices), as the API documents. Spans are sorted, clamped to the text,
 * merged where they overlap or touch, and never split a surrogate pair; empty and inverted
 * spans are dropped. The result is text only: it is rendered with text interpolation and
 * <mark>, never as HTML.
 */
export function splitHighlights(
  text: string,
  highlights: readonly SearchHighlight[] | null | undefined,
): TextSegment[] {
  if (!text) return []
  const length = text.length
  const isLowSurrogate = (i: number) => {
    const c = text.charCodeAt(i)
    return c >= 0xdc00 && c <= 0xdfff
  }
  // keep boundaries off the middle of a surrogate pair
  const snap = (i: number, forward: boolean) =>
    i > 0 && i < length && isLowSurrogate(i) ? (forward ? i + 1 : i - 1) : i

  const spans = (highlights ?? [])
    .map((h) => {
      const start = Math.max(0, Math.min(length, Math.trunc(h.start ?? 0)))
      const end = Math.max(0, Math.min(length, Math.trunc(h.end ?? 0)))
      return { start: snap(start, false), end: snap(end, true) }
    })
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start)
    .sort((a, b) => a.start - b.start)

  const merged: { start: number; end: number }[] = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({ ...span })
  }

  const segments: TextSegment[] = []
  let at = 0
  for (const { start, end } of merged) {
    if (start > at) segments.push({ text: text.slice(at, start), marked: false })
    segments.push({ text: text.slice(start, end), marked: true })
    at = end
  }
  if (at < length) segments.push({ text: text.slice(at), marked: false })
  return segments
}
