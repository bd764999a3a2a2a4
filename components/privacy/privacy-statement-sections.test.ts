import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { describeDuration, getRegister, type Register } from '@/lib/privacy/register';
import { listConsentServices } from '@/lib/privacy/services';
import { scopeFragmentHref } from '@/lib/wordpress/html/element-ids';
import { loadWxrFile } from '@/lib/wordpress/local/wxr';
import { DEMO_EXPORT } from '@/tests/support/fixtures';

import { PrivacyStatementSections } from './privacy-statement-sections';

function render(register: Register): string {
  return renderToStaticMarkup(createElement(PrivacyStatementSections, { register }));
}

function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ');
}

describe('PrivacyStatementSections', () => {
  it("states every activity's purpose, legal basis, retention and processors", () => {
    const text = textOf(render(getRegister()));
    expect(text).toContain('Art. 6(1)(b) GDPR (contract)');
    expect(text).toContain('Art. 6(1)(a) GDPR (consent)');
    expect(text).toContain('24 months after your enquiry');
    expect(text).toContain('24 months after you unsubscribe');
    expect(text).toContain('6 months after the recruitment ends');
    expect(text).toContain('13 months after your choice');
    expect(text).toContain('14 days after the request');
    expect(text).toContain('Salesforce, Inc.');
    expect(text).toContain(
      'transferred to the United States, safeguarded by EU-U.S. Data Privacy Framework',
    );
    expect(text).toContain('privacy@example.com');
  });

  it('follows a change of the register, so the statement cannot drift from it', () => {
    const base = getRegister();
    const changed: Register = {
      ...base,
      processors: [
        ...base.processors,
        {
          id: 'acme',
          name: 'Acme Mailers Ltd',
          role: 'Sends mail',
          systems: ['smtp'],
          location: 'Iceland',
          agreement: { signedOn: '2026-01-01', url: 'https://acme.example/dpa' },
          transfers: [{ country: 'Iceland', safeguard: 'an adequacy decision' }],
        },
      ],
      activities: base.activities.map((activity) =>
        activity.id === 'contact'
          ? {
              ...activity,
              processorIds: [...activity.processorIds, 'acme'],
              retention: { ...activity.retention, period: { amount: 3, unit: 'days' } },
            }
          : activity,
      ),
    };
    const text = textOf(render(changed));
    expect(text).toContain('3 days after your enquiry');
    expect(text).not.toContain('24 months after your enquiry');
    expect(text).toContain('Acme Mailers Ltd (Iceland)');
  });
});

/** What a person reads in a WordPress page: text without tags, entities or line breaks. */
function readableText(html: string): string {
  return textOf(html.replace(/&amp;/g, '&').replace(/&nbsp;/g, ' ')).trim();
}

// Postcodes as written in the UK and the Netherlands: enough to see an address the register
// does not have.
const POSTCODE = /\b(?:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|\d{4} ?[A-Z]{2})\b/g;

// Claims that this website keeps no personal data itself, which every activity with a local
// store (outbox, mailbox, local CRM) contradicts.
const NOTHING_STORED = [
  /\b(?:does|do) not (?:store|keep|save)\b/i,
  /\bnever (?:store|keep|save)s?\b/i,
  /\bnot (?:stored|kept|saved) (?:on|by) this (?:website|site)\b/i,
  /\bnot (?:on|to) this (?:website|site)\b/i,
];

// Claims that no statistics or advertising runs, which a configured consent service of that
// category contradicts.
const NO_TRACKING = {
  statistics: /\b(?:do not|don't|never) use (?:any )?(?:analytics|statistics)\b/i,
  marketing: /\b(?:do not|don't|never) use (?:any )?(?:analytics or )?advertising\b/i,
};

describe("the demo's WordPress privacy page", async () => {
  const demo = await loadWxrFile(DEMO_EXPORT);
  const page = demo.items.find((item) => item.id === demo.settings.pageForPrivacyPolicy);
  const text = readableText(page?.content ?? '');
  const register = getRegister();

  it('is a page the demo marks as the privacy policy', () => {
    expect(page, 'the demo marks a page as the privacy policy').toBeDefined();
    expect(text.length).toBeGreaterThan(0);
  });

  it('states no retention period the register does not have', () => {
    const stated = [...text.matchAll(/(\d+) (days|months|years)/g)].map(
      ([, amount, unit]) => `${amount} ${unit}`,
    );
    const declared = register.activities.map((activity) =>
      describeDuration(activity.retention.period),
    );
    for (const period of stated) {
      expect(
        declared,
        `the privacy page says "${period}"; the register has no such period`,
      ).toContain(period);
    }
  });

  it("names the register's controller, with its address, wherever it names a controller", () => {
    const { name, address } = register.controller;
    const sentences = text.split(/(?<=\.)\s+(?=[A-Z"])/);
    const naming = sentences.filter((sentence) => /\bcontroller\b/i.test(sentence));
    expect(naming.length, 'the privacy page says who the controller is').toBeGreaterThan(0);
    for (const sentence of naming) {
      expect(sentence, 'the controller as the register names it').toContain(name);
      expect(sentence, "the controller's address as the register has it").toContain(address);
    }
  });

  it("gives no postcode other than the controller's", () => {
    const own: string[] = register.controller.address.match(POSTCODE) ?? [];
    const stated = text.match(POSTCODE) ?? [];
    expect(stated.filter((postcode) => !own.includes(postcode))).toEqual([]);
  });

  it('claims nothing the register contradicts', () => {
    const kept = register.activities.filter((activity) => activity.localStores.length > 0);
    if (kept.length > 0) {
      for (const claim of NOTHING_STORED) {
        expect(text, `the register keeps data of ${kept[0]?.name} on the site`).not.toMatch(claim);
      }
    }
    const services = listConsentServices({ analyticsId: 'G-CONFIGURED' });
    for (const [category, claim] of Object.entries(NO_TRACKING)) {
      if (services.some((service) => service.category === category)) {
        expect(text, `a ${category} service can be configured`).not.toMatch(claim);
      }
    }
  });

  it('leaves the facts to the generated sections below it, and links them', () => {
    const generatedIds = [...render(register).matchAll(/\bid="([^"]+)"/g)].map(([, id]) => id);
    const fragments = [...(page?.content ?? '').matchAll(/href="(#[^"]*)"/g)].map(
      ([, href]) => href ?? '',
    );
    expect(fragments).toContain('#what-we-collect');
    for (const href of fragments) {
      // The content sanitiser renames ids that could clobber globals, and its links with them.
      expect(scopeFragmentHref(href), `${href} survives the sanitiser`).toBe(href);
      expect(generatedIds, `${href} points at a generated section`).toContain(href.slice(1));
    }
  });
});

describe("the demo's other pages", async () => {
  const demo = await loadWxrFile(DEMO_EXPORT);
  const published = demo.items.filter(
    (item) => item.status === 'publish' && (item.type === 'page' || item.type === 'post'),
  );
  const { address } = getRegister().controller;

  it("give no postcode other than the controller's", () => {
    const own: string[] = address.match(POSTCODE) ?? [];
    const stray = published.flatMap((item) =>
      (readableText(item.content).match(POSTCODE) ?? [])
        .filter((postcode) => !own.includes(postcode))
        .map((postcode) => `${item.title}: ${postcode}`),
    );
    expect(stray).toEqual([]);
  });

  it('claim nowhere that this website stores nothing', () => {
    const claims = published.flatMap((item) =>
      NOTHING_STORED.filter((claim) => claim.test(readableText(item.content))).map(
        (claim) => `${item.title}: ${String(claim)}`,
      ),
    );
    expect(claims).toEqual([]);
  });
});
