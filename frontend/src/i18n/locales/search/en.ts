/** The site search page in English (the content found stays in Chinese). */
import type { MessageSchema } from '../zh-Hans'

const siteSearch: MessageSchema['siteSearch'] = {
  title: 'Search',
  heading: 'Search services and government information',
  intro:
    'One search over the government service items and the records of the disclosure catalogue.',
  label: 'Search for',
  placeholder: 'e.g. 规划许可, 部门预算, "最低生活保障"',
  button: 'Search',
  hint: 'Simplified or Traditional Chinese; separate words with spaces (all must occur); quote a phrase to find it as written.',
  suggestions: 'Title suggestions',
  count: '{total} results',
  countAbout: 'About {total} results',
  didYouMean: 'Searched for “{query}”.',
  results: 'Search results',
  facets: 'Narrow the results',
  facet: {
    kind: 'Type',
    department: 'Department',
    domain: 'Key domain',
    subItem: 'Key-domain sub-item',
    year: 'Year',
    category: 'Five disclosures',
    validity: 'Validity',
  },
  all: 'All',
  clear: 'Clear all filters',
  remove: 'Remove filter: {value}',
  serviceItem: 'Service item',
  notInForce: 'Not in force',
  published: 'Published',
  empty: 'No results',
  emptyHint: 'Try another word, or fewer filters.',
  deep: 'Only the first 1,000 results are shown; narrow the search with the filters.',
  year: '{year}',
  error: 'Search is not available right now',
}

export default siteSearch
