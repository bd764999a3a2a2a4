import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import * as formSchemas from '@/lib/forms/schemas';
import { SUBMISSION_DESTINATIONS } from '@/lib/submissions/destinations';
import { PAYLOAD_SCHEMAS } from '@/lib/submissions/schemas';

import { ADAPTER_SYSTEMS, systemsOfSamePort } from './adapter-systems';
import {
  findUndeclaredFormFields,
  findUndeclaredPayloadKeys,
  findUnlistedProcessors,
} from './coverage';
import { getActivity, getRegister, getStoreRetention } from './index';
import type { ActivityId, Register } from './types';

/** The activity each form of lib/forms/schemas.ts collects for. */
const FORM_ACTIVITIES: Record<string, ActivityId> = {
  contactSchema: 'contact',
  newsletterSchema: 'newsletter',
  jobApplicationSchema: 'job-applications',
};

function formSchemaEntries(): Array<[string, z.ZodObject]> {
  const entries: Array<[string, z.ZodObject]> = [];
  for (const [name, value] of Object.entries(formSchemas) as Array<[string, unknown]>) {
    if (value instanceof z.ZodObject) entries.push([name, value]);
  }
  return entries;
}

describe('the register and the forms', () => {
  it('knows the activity of every form schema', () => {
    const unknown = formSchemaEntries()
      .map(([name]) => name)
      .filter((name) => !(name in FORM_ACTIVITIES));
    expect(unknown, `form schemas with no activity here: ${unknown.join(', ')}`).toEqual([]);
  });

  it('declares every field every form sends, by its exact name', () => {
    const problems = formSchemaEntries().flatMap(([name, schema]) => {
      const activity = getActivity(FORM_ACTIVITIES[name] ?? 'contact');
      return findUndeclaredFormFields(
        activity,
        `lib/forms/schemas.ts ${name}`,
        Object.keys(schema.shape),
      );
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('declares every key of every outbox payload', () => {
    const problems = Object.entries(PAYLOAD_SCHEMAS).flatMap(([kind, schema]) => {
      const { activity } = SUBMISSION_DESTINATIONS[kind as keyof typeof SUBMISSION_DESTINATIONS];
      return findUndeclaredPayloadKeys(
        getActivity(activity),
        `The "${kind}" payload (lib/submissions/schemas.ts)`,
        Object.keys(schema.shape),
      );
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('the register and the outside systems', () => {
  it('lists, for each kind of submission, a processor for every system its port can reach', () => {
    const register = getRegister();
    const problems = Object.entries(SUBMISSION_DESTINATIONS).flatMap(([kind, destination]) =>
      findUnlistedProcessors(
        getActivity(destination.activity),
        `The "${kind}" submission`,
        systemsOfSamePort(destination.recipient),
        register,
      ),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('names, for each configurable adapter, the system it sends data to', () => {
    expect(ADAPTER_SYSTEMS.crm.salesforce).toBe('salesforce');
    expect(systemsOfSamePort('salesforce')).toEqual(['salesforce']);
    expect(systemsOfSamePort('smtp')).toEqual(['smtp']);
  });

  it('has only processors that some activity uses, and activities only name known processors', () => {
    const { processors, activities } = getRegister();
    const ids = new Set(processors.map((processor) => processor.id));
    const used = new Set(activities.flatMap((activity) => activity.processorIds));
    expect([...used].filter((id) => !ids.has(id))).toEqual([]);
    expect([...ids].filter((id) => !used.has(id))).toEqual([]);
  });

  it('gives every transfer outside the EEA a safeguard, and every agreement a date and a link', () => {
    for (const processor of getRegister().processors) {
      expect(processor.agreement.signedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(URL.canParse(processor.agreement.url)).toBe(true);
      for (const transfer of processor.transfers)
        expect(transfer.safeguard.length).toBeGreaterThan(10);
    }
  });
});

// The checks above pass on today's code; these show that they fail, and say what is missing,
// when the register falls behind.
describe('the checks, on a register that falls behind', () => {
  function without(
    register: Register,
    change: (activity: Register['activities'][number]) => Register['activities'][number],
  ): Register {
    return { ...register, activities: register.activities.map(change) };
  }

  it('names a form field the register lacks', () => {
    const register = without(getRegister(), (activity) =>
      activity.id === 'contact'
        ? { ...activity, fields: activity.fields.filter((field) => field.name !== 'phone') }
        : activity,
    );
    const contact = getActivity('contact', register);
    expect(
      findUndeclaredFormFields(
        contact,
        'contactSchema',
        Object.keys(formSchemas.contactSchema.shape),
      ),
    ).toEqual([
      'contactSchema sends the field "phone", which the register\'s activity "contact" does not declare: add it to its fields in lib/privacy/register/register-data.ts',
    ]);
  });

  it('names a payload key that is neither a field nor a storedAs name', () => {
    const contact = getActivity('contact');
    expect(
      findUndeclaredPayloadKeys(contact, 'The "contact" payload', ['email', 'birthday']),
    ).toEqual([expect.stringContaining('carries "birthday"')]);
  });

  it('names an outside system that no processor of the activity runs', () => {
    const register = without(getRegister(), (activity) =>
      activity.id === 'contact'
        ? { ...activity, processorIds: activity.processorIds.filter((id) => id !== 'salesforce') }
        : activity,
    );
    expect(
      findUnlistedProcessors(
        getActivity('contact', register),
        'The "contact" submission',
        ['salesforce'],
        register,
      ),
    ).toEqual([
      'The "contact" submission sends data to "salesforce", but no processor of the register\'s activity "contact" runs it: list that processor (with its agreement) in lib/privacy/register/register-data.ts',
    ]);
  });
});

describe('getStoreRetention', () => {
  it("keeps a shared store's records no longer than its shortest activity allows", () => {
    expect(getStoreRetention('outbox')).toEqual({ amount: 6, unit: 'months' });
    expect(getStoreRetention('local-crm')).toEqual({ amount: 24, unit: 'months' });
    expect(getStoreRetention('consent-log')).toEqual({ amount: 13, unit: 'months' });
  });
});
