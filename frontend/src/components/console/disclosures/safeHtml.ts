/**
 * A preview of a record's body (HTML typed by staff, or a draft shown to the reviewer) reduced
 * to an allow-list, like the server does on saving: no scripts, styles, frames, event handlers
 * or javascript: links ever run in the console. Unknown elements keep only their content.
 */
const ALLOWED_TAGS = new Set([
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'a',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'sub',
  'sup',
  'blockquote',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'span',
  'div',
  'img',
  'hr',
  'pre',
  'code',
])
/** Elements dropped with their content. */
const DROPPED_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
])
const ALLOWED_ATTRIBUTES = new Set(['href', 'title', 'src', 'alt', 'colspan', 'rowspan', 'scope'])
const SAFE_URL = /^(https?:|mailto:|\/|#|[^:]*$)/i

function clean(node: Node, doc: Document): Node[] {
  if (node.nodeType === Node.TEXT_NODE) return [doc.createTextNode(node.textContent ?? '')]
  if (!(node instanceof Element)) return []
  const tag = node.tagName.toLowerCase()
  if (DROPPED_TAGS.has(tag)) return []
  const children = [...node.childNodes].flatMap((child) => clean(child, doc))
  if (!ALLOWED_TAGS.has(tag)) return children
  const copy = doc.createElement(tag)
  for (const attribute of [...node.attributes]) {
    const name = attribute.name.toLowerCase()
    const value = attribute.value.trim()
    if (!ALLOWED_ATTRIBUTES.has(name)) continue
    if ((name === 'href' || name === 'src') && !SAFE_URL.test(value.replace(/\s+/g, ''))) continue
    copy.setAttribute(name, value)
  }
  if (tag === 'a') copy.setAttribute('rel', 'noopener noreferrer')
  copy.append(...children)
  return [copy]
}

export function safeHtml(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html')
  const out = document.implementation.createHTMLDocument('')
  const root = out.createElement('div')
  root.append(...[...doc.body.childNodes].flatMap((node) => clean(node, out)))
  return root.innerHTML
}
