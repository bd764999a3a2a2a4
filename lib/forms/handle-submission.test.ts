import { describe, expect, it, vi } from 'vitest';

import { MIN_FILL_MS, sealStartedAt, STARTED_AT_FIELD } from './fill-time';
import { handleSubmission } from './handle-submission';
import { HONEYPOT_FIELD } from './honeypot';
import { CONTACT_FIELDS, contactSchema } from './schemas';

const SECRET = 'a-test-secret-that-is-long-enough-for-iron';
const NOW = 1_800_000_000_000;
let address = 0;

async function post(fields: Record<string, string>, startedAt = NOW - MIN_FILL_MS) {
  const form = new FormData();
  form.set(STARTED_AT_FIELD, await sealStartedAt(SECRET, startedAt));
  const all = { name: 'Ann Lee', email: 'ann@example.com', message: 'Hi', ...fields };
  for (const [key, value] of Object.entries(all)) form.set(key, value);
  return form;
}

function run(form: FormData, clientAddress = `192.0.2.${(address += 1)}`) {
  const accept = vi.fn();
  const spec = { schema: contactSchema, fields: CONTACT_FIELDS, successMessage: 'Thanks', accept };
  const context = { form: 'contact', secret: SECRET, clientAddress, now: NOW };
  return { accept, result: handleSubmission(spec, form, context) };
}

describe('handleSubmission', () => {
  it('stores a good submission and thanks the visitor', async () => {
    const { accept, result } = run(await post({}));
    expect((await result).status).toBe('success');
    expect(accept).toHaveBeenCalledWith(expect.objectContaining({ email: 'ann@example.com' }));
  });

  it('answers a honeypot hit like a success and stores nothing', async () => {
    const { accept, result } = run(await post({ [HONEYPOT_FIELD]: 'http://spam' }));
    expect(await result).toMatchObject({ status: 'success', message: 'Thanks' });
    expect(accept).not.toHaveBeenCalled();
  });

  it('asks to send again when the form came back too fast, values kept', async () => {
    const { accept, result } = run(await post({ company: 'Acme' }, NOW - MIN_FILL_MS + 1));
    const state = await result;
    expect(state.status).toBe('retry');
    expect(state.message).toMatch(/send it again/);
    expect(state.values).toMatchObject({ name: 'Ann Lee', company: 'Acme' });
    expect(accept).not.toHaveBeenCalled();
  });

  it('refuses the sixth submission from one address in ten minutes', async () => {
    const form = await post({});
    const states = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      states.push(await run(form, '198.51.100.9').result);
    }
    expect(states.slice(0, 5).map((state) => state.status)).toEqual(Array(5).fill('success'));
    expect(states[5]).toMatchObject({ status: 'limited', values: { name: 'Ann Lee' } });
    expect(states[5]?.message).toMatch(/wait \d+ minutes/);
  });

  it('explains field errors and gives a fresh fill-time seal', async () => {
    const { accept, result } = run(await post({ email: 'nope' }));
    const state = await result;
    expect(state).toMatchObject({ status: 'invalid', fieldErrors: { email: expect.any(String) } });
    expect(state.message).toBe('Please correct 1 field, then send the form again.');
    expect(state.startedAt).not.toBe('');
    expect(accept).not.toHaveBeenCalled();
  });

  it('says so when the submission cannot be stored, values kept', async () => {
    const form = await post({});
    const spec = {
      schema: contactSchema,
      fields: CONTACT_FIELDS,
      successMessage: 'Thanks',
      accept: () => {
        throw new Error('SQLITE_BUSY');
      },
    };
    const state = await handleSubmission(spec, form, {
      form: 'contact',
      secret: SECRET,
      clientAddress: '203.0.113.1',
      now: NOW,
    });
    expect(state).toMatchObject({ status: 'unavailable', values: { email: 'ann@example.com' } });
  });
});
