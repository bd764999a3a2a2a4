/**
 * The processing register of Northwind Studio, the demo company: the one file to edit for
 * another company. Field names must be the exact names of the forms' payload fields
 * (lib/privacy/register/register.test.ts holds them to it), processors must cover every
 * outside system the code sends an activity's data to, and each retention period is what the
 * purge job enforces on the local stores.
 * @module
 */
import type { Register } from './types';

const TLS_AND_ACCESS = [
  'TLS 1.2 or later on every connection, HSTS',
  'Access limited to named staff, with two-factor authentication',
];

const ENCRYPTED_OUTBOX = 'Encrypted at rest (AES-256-GCM) while waiting in the outbox';

export const register: Register = {
  controller: {
    name: 'Northwind Studio B.V.',
    address: 'Keizersgracht 100, 1015 AA Amsterdam, the Netherlands',
    email: 'hello@example.com',
    dataProtectionOfficer: { name: 'Data protection officer', email: 'privacy@example.com' },
    supervisoryAuthority: {
      name: 'Autoriteit Persoonsgegevens',
      url: 'https://autoriteitpersoonsgegevens.nl/',
    },
  },
  updatedOn: '2026-12-04',
  processors: [
    {
      id: 'salesforce',
      name: 'Salesforce, Inc.',
      role: 'Customer relationship management (CRM): keeps enquiries and newsletter subscriptions',
      systems: ['salesforce'],
      location:
        'European Union (Hyperforce, Frankfurt), with support access from the United States',
      agreement: {
        signedOn: '2025-02-14',
        url: 'https://www.salesforce.com/company/legal/agreements/',
      },
      transfers: [
        {
          country: 'United States',
          safeguard:
            'EU-U.S. Data Privacy Framework certification, and standard contractual clauses (Commission Decision 2021/914)',
        },
      ],
    },
    {
      id: 'brevo',
      name: 'Sendinblue SAS (Brevo)',
      role: 'Sends our e-mail (confirmations, replies, newsletters) over SMTP',
      systems: ['smtp'],
      location: 'France and Germany',
      agreement: { signedOn: '2025-03-03', url: 'https://www.brevo.com/legal/termsofuse/' },
      transfers: [],
    },
    {
      id: 'bullhorn',
      name: 'Bullhorn, Inc.',
      role: 'Applicant tracking system (ATS): keeps job applications',
      systems: ['bullhorn'],
      location: 'European Union (Ireland), with support access from the United States',
      agreement: { signedOn: '2025-04-22', url: 'https://www.bullhorn.com/legal/' },
      transfers: [
        {
          country: 'United States',
          safeguard:
            'EU-U.S. Data Privacy Framework certification, and standard contractual clauses (Commission Decision 2021/914)',
        },
      ],
    },
    {
      id: 'hetzner',
      name: 'Hetzner Online GmbH',
      role: 'Hosts the website, its database and its server logs',
      systems: ['hosting'],
      location: 'Germany',
      agreement: {
        signedOn: '2025-01-10',
        url: 'https://www.hetzner.com/legal/privacy-policy/',
      },
      transfers: [],
    },
  ],
  activities: [
    {
      id: 'contact',
      name: 'Contact form',
      purpose: 'Answering your enquiry and, if you ask for it, preparing a proposal.',
      legalBasis: {
        point: 'b',
        explanation: 'Steps taken at your request before entering into a contract.',
      },
      dataSubjects: ['Prospective clients', 'Anyone who writes to us'],
      fields: [
        {
          name: 'name',
          description: 'Your name',
          isRequired: true,
          storedAs: ['firstName', 'lastName'],
        },
        { name: 'email', description: 'Your e-mail address, to answer you', isRequired: true },
        { name: 'company', description: 'Your company', isRequired: false },
        {
          name: 'phone',
          description: 'Your phone number, if you prefer a call',
          isRequired: false,
        },
        {
          name: 'message',
          description: 'Your message',
          isRequired: true,
          storedAs: ['description'],
        },
      ],
      recipients: ['Our account managers'],
      processorIds: ['salesforce', 'brevo', 'hetzner'],
      retention: {
        period: { amount: 24, unit: 'months' },
        from:
          'after your enquiry, or after you last joined or left our newsletter if that was ' +
          'later; while you subscribe, we keep the enquiry your subscription is filed with',
      },
      localStores: ['outbox', 'local-crm', 'mailbox'],
      securityMeasures: [...TLS_AND_ACCESS, ENCRYPTED_OUTBOX],
    },
    {
      id: 'newsletter',
      name: 'Newsletter',
      purpose: 'Sending you our newsletter, after you confirm your address (double opt-in).',
      legalBasis: {
        point: 'a',
        explanation: 'Your consent, which you withdraw with the link in every newsletter.',
      },
      dataSubjects: ['Newsletter subscribers'],
      fields: [
        {
          name: 'email',
          description: 'Your e-mail address',
          isRequired: true,
          storedAs: ['to'],
        },
        { name: 'firstName', description: 'Your first name, to greet you', isRequired: false },
        {
          name: 'lastName',
          description: 'Your last name, when you gave it to us in an enquiry',
          isRequired: false,
        },
        {
          name: 'consent',
          description: 'Your agreement: the ticked box, with its text, version and time',
          isRequired: true,
        },
        {
          name: 'unsubscribedAt',
          description: 'When you unsubscribed',
          isRequired: false,
          storedAs: ['at'],
        },
        {
          name: 'mails',
          description: 'The confirmation and welcome mails we send you',
          isRequired: false,
          storedAs: ['subject', 'text', 'html', 'headers'],
        },
      ],
      recipients: ['Our marketing team'],
      processorIds: ['salesforce', 'brevo', 'hetzner'],
      retention: {
        period: { amount: 24, unit: 'months' },
        from:
          'after you unsubscribe, with the proof of your consent and of its withdrawal; ' +
          'nothing is deleted while you subscribe',
      },
      localStores: ['outbox', 'local-crm', 'mailbox'],
      securityMeasures: [...TLS_AND_ACCESS, ENCRYPTED_OUTBOX],
    },
    {
      id: 'job-applications',
      name: 'Job applications',
      purpose: 'Assessing your application for a job with us.',
      legalBasis: {
        point: 'b',
        explanation: 'Steps taken at your request before entering into an employment contract.',
      },
      dataSubjects: ['Job applicants'],
      fields: [
        { name: 'firstName', description: 'Your first name', isRequired: true },
        { name: 'lastName', description: 'Your last name', isRequired: true },
        {
          name: 'email',
          description: 'Your e-mail address, to answer you',
          isRequired: true,
          storedAs: ['to'],
        },
        { name: 'phone', description: 'Your phone number', isRequired: false },
        { name: 'jobId', description: 'The job you apply for', isRequired: true },
        { name: 'motivation', description: 'Your motivation, in your words', isRequired: false },
        { name: 'resume', description: 'Your CV (a file)', isRequired: true },
        {
          name: 'consent',
          description: 'The ticked box: you read this statement before applying',
          isRequired: true,
        },
        {
          name: 'mails',
          description: 'The mail confirming that your application reached us',
          isRequired: false,
          storedAs: ['subject', 'text', 'html', 'headers'],
        },
      ],
      recipients: ['The hiring manager and our HR team'],
      processorIds: ['bullhorn', 'brevo', 'hetzner'],
      retention: {
        period: { amount: 6, unit: 'months' },
        from: 'after the recruitment ends, unless you agree to longer',
      },
      localStores: ['outbox', 'local-ats', 'mailbox'],
      securityMeasures: [...TLS_AND_ACCESS, ENCRYPTED_OUTBOX],
    },
    {
      id: 'customer-accounts',
      name: 'Customer accounts',
      purpose: 'Giving clients access to their project pages and invoices.',
      legalBasis: { point: 'b', explanation: 'Performing our contract with you.' },
      dataSubjects: ['Clients and their staff'],
      fields: [
        {
          name: 'email',
          description: 'Your e-mail address, to sign in',
          isRequired: true,
          storedAs: ['to'],
        },
        { name: 'name', description: 'Your name', isRequired: true },
        {
          name: 'signInLink',
          description: 'The one-time link we mail you to sign in (erased once sent)',
          isRequired: true,
          storedAs: ['url'],
        },
        {
          name: 'sessions',
          description: 'When you signed in, and until when each session lasts',
          isRequired: true,
        },
        {
          name: 'customerId',
          description: 'Your customer number in our CRM, to show your orders',
          isRequired: true,
        },
        {
          name: 'erasureRequest',
          description: 'When you confirmed that we should erase your data',
          isRequired: false,
          storedAs: ['confirmedAt'],
        },
        {
          name: 'mails',
          description: 'The mail confirming an erasure request',
          isRequired: false,
          storedAs: ['subject', 'text', 'html', 'headers'],
        },
      ],
      recipients: ['Our account managers', 'Our finance team'],
      processorIds: ['salesforce', 'brevo', 'hetzner'],
      retention: {
        period: { amount: 12, unit: 'months' },
        from: 'after your account is closed or last used',
      },
      localStores: ['outbox', 'mailbox', 'accounts'],
      securityMeasures: [
        ...TLS_AND_ACCESS,
        'Sessions in HttpOnly, Secure, SameSite cookies that end after 30 idle minutes or at sign-out; one-time sign-in links that expire after 15 minutes, stored only as hashes',
      ],
    },
    {
      id: 'consent-log',
      name: 'Cookie consent log',
      purpose: 'Proving which cookies and services you allowed, and when.',
      legalBasis: {
        point: 'c',
        explanation: 'Our legal obligation to demonstrate consent (Art. 7(1) GDPR).',
      },
      dataSubjects: ['Website visitors who make a cookie choice'],
      fields: [
        { name: 'consentId', description: 'A random id of your choice', isRequired: true },
        { name: 'decidedAt', description: 'When you made the choice', isRequired: true },
        {
          name: 'version',
          description: 'The version of the cookie list you saw',
          isRequired: true,
        },
        { name: 'categories', description: 'The categories you allowed', isRequired: true },
        {
          name: 'action',
          description: 'Accept all, reject all or your own choice',
          isRequired: true,
        },
        {
          name: 'isGpcOn',
          description: 'Whether your browser sent Global Privacy Control',
          isRequired: true,
        },
        {
          name: 'addressHash',
          description: 'A keyed hash of your network address, never the address itself',
          isRequired: false,
        },
      ],
      recipients: ['Our data protection officer'],
      processorIds: ['hetzner'],
      retention: { period: { amount: 13, unit: 'months' }, from: 'after your choice' },
      localStores: ['consent-log'],
      securityMeasures: [
        ...TLS_AND_ACCESS,
        'The network address is stored only as a keyed hash (HMAC-SHA-256)',
      ],
    },
    {
      id: 'server-logs',
      name: 'Server logs',
      purpose: 'Keeping the website running and secure: finding faults and stopping attacks.',
      legalBasis: {
        point: 'f',
        explanation: 'Our legitimate interest in a working and secure website.',
      },
      dataSubjects: ['Website visitors'],
      fields: [
        { name: 'time', description: 'When the request was made', isRequired: true },
        { name: 'path', description: 'The page asked for', isRequired: true },
        { name: 'status', description: 'The answer given', isRequired: true },
        {
          name: 'clientAddress',
          description: "Your network address, in the hosting provider's access log only",
          isRequired: true,
        },
      ],
      recipients: ['Our developers on call'],
      processorIds: ['hetzner'],
      retention: { period: { amount: 14, unit: 'days' }, from: 'after the request' },
      localStores: [],
      securityMeasures: [
        ...TLS_AND_ACCESS,
        "The site's own logs hold ids, counts and error codes, never personal data",
      ],
    },
  ],
};
