import { safeHtml } from '@/components/console/disclosures/safeHtml'

/**
 * The reply letter's content (告知书, an HTML page from the API) to show inside the console: its
 * main part only, reduced to the allow-list of safe elements (no scripts, styles or handlers).
 */
export function letterContent(page: string): string {
  const doc = new DOMParser().parseFromString(page, 'text/html')
  const main = doc.querySelector('main') ?? doc.body
  // the letter's title is a heading of the page that shows it, below the page's own h1 and h2
  for (const title of [...main.querySelectorAll('h1')]) {
    const heading = doc.createElement('h3')
    heading.append(...title.childNodes)
    title.replaceWith(heading)
  }
  return safeHtml(main.innerHTML)
}
