import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { describeDuration, getRegister, type Register } from '@/lib/privacy/register';
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
    expect(text).toContain('24 months after our last contact with you');
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
    expect(text).toContain('3 days after our last contact with you');
    expect(text).not.toContain('24 months after our last contact with you');
    expect(text).toContain('Acme Mailers Ltd (Iceland)');
  });
});

describe("the demo's WordPress privacy page", () => {
  it('states no retention period the register does not have', async () => {
    const demo = await loadWxrFile(DEMO_EXPORT);
    const page = demo.items.find((item) => item.id === demo.settings.pageForPrivacyPolicy);
    expect(page, 'the demo marks a page as the privacy policy').toBeDefined();
    const stated = [...(page?.content ?? '').matchAll(/(\d+) (days|months)/g)].map(
      ([, amount, unit]) => `${amount} ${unit}`,
    );
    const declared = getRegister().activities.map((activity) =>
      describeDuration(activity.retention.period),
    );
    expect(stated.length).toBeGreaterThan(0);
    for (const period of stated) {
      expect(
        declared,
        `the privacy page says "${period}"; the register has no such period`,
      ).toContain(period);
    }
  });
});
