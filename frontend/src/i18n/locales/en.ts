/**
 * English interface text. Loaded lazily: only users who choose English download it.
 * Catalogue content itself stays in Chinese; only the interface is translated.
 */
import type { MessageSchema } from './zh-Hans'

const messages: MessageSchema = {
  app: {
    name: 'Huludao Open Government · Gongkai',
    owner: 'Huludao Municipal People’s Government',
    tagline: 'Open government · Service guides · Information on request',
  },
  a11y: {
    skipToContent: 'Skip to main content',
    toolbarLabel: 'Accessibility tools',
    largeText: 'Larger text',
    highContrast: 'High contrast',
    navigatedTo: 'Page opened: {title}',
  },
  language: {
    label: 'Language',
    zhHans: '简体中文',
    zhHant: '繁體中文',
    en: 'English',
  },
  nav: {
    label: 'Main navigation',
    home: 'Home',
    services: 'Services',
    departments: 'Departments',
    console: 'Console',
  },
  auth: {
    login: 'Sign in',
    logout: 'Sign out',
    signedInAs: 'Signed in: {name}',
    working: 'Connecting to the sign-in service…',
    unavailable: 'The sign-in service cannot be reached right now. Please try again later.',
  },
  home: {
    title: 'Home',
    heading: 'Huludao Open Government',
    intro:
      'Look up the guides for government services, find how to contact each department, and learn how to request government information. What is published online is the same as in the service hall.',
    quickLinksHeading: 'Popular',
    servicesLinkTitle: 'Services',
    servicesLinkText:
      'Find a government service and read its conditions, required documents, steps, time limits and fees.',
    departmentsLinkTitle: 'Departments',
    departmentsLinkText:
      'Find the city departments, their addresses, telephone numbers and open-government guides.',
  },
  services: {
    title: 'Services',
    heading: 'Government service catalogue',
    placeholder: 'The service catalogue is being built and will be available soon.',
  },
  guide: {
    title: 'Service guide',
    heading: 'Service guide',
    itemId: 'Item number: {id}',
    placeholder: 'The service guide is being built and will be available soon.',
  },
  departments: {
    title: 'Departments',
    heading: 'Department directory',
    placeholder: 'The department directory is being built and will be available soon.',
  },
  console: {
    title: 'Console',
    heading: 'Console',
    placeholder: 'Catalogue editing and review are being built and will be available soon.',
    username: 'User name',
    department: 'Department',
    roles: 'Roles',
    none: 'None',
    noAccess:
      'Your account has no access to the console. The console is for department staff, reviewers and administrators.',
    unavailable: 'The sign-in service cannot be reached right now. Please try again later.',
    retry: 'Try again',
  },
  roles: {
    applicant: 'Applicant',
    staff: 'Staff',
    reviewer: 'Reviewer',
    admin: 'Administrator',
  },
  notFound: {
    title: 'Page not found',
    heading: 'Page not found',
    body: 'The page you asked for does not exist or has been removed. Check the address, or start again from the home page.',
    backHome: 'Go to the home page',
  },
  accessibility: {
    title: 'Accessibility statement',
    heading: 'Accessibility statement',
    body: 'This website is built to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA. The full accessibility statement is being written.',
    feedback: 'If something on this website is hard to use for you, please contact the site owner.',
  },
  footer: {
    accessibilityStatement: 'Accessibility statement',
    ownerLine: 'Run by {owner}',
    demoNotice:
      'This is a demonstration system: contact details and other data are for demonstration only.',
  },
}

export default messages
