/**
 * The parts of the report staff write are typed as plain paragraphs (one per line) and stored as
 * HTML paragraphs, which the server cleans again; nothing typed is ever read as markup.
 */
export function paragraphsToHtml(text: string): string {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => `<p>${escape(line)}</p>`)
    .join('')
}

/** The stored HTML as the paragraphs it holds, one per line. */
export function htmlToParagraphs(html: string | null | undefined): string {
  if (!html) return ''
  const body = new DOMParser().parseFromString(html, 'text/html').body
  const blocks = Array.from(body.querySelectorAll('p, li, h1, h2, h3, h4, td'))
  const texts = blocks.length ? blocks.map((b) => b.textContent ?? '') : [body.textContent ?? '']
  return texts
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .join('\n')
}

function escape(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}
