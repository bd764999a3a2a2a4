import { describe, expect, it, vi } from 'vitest';

import { openDatabase } from '@/lib/db';

import { MIN_FILL_MS, readStartedAt, sealStartedAt, STARTED_AT_FIELD } from './fill-time';
import { handleSubmission, type SubmissionSpec } from './handle-submission';
import { HONEYPOT_FIELD } from './honeypot';
import { createReceipts, type Receipts } from './receipts';
import { CONTACT_FIELDS, contactSchema, type ContactField } from './schemas';

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

type Spec = SubmissionSpec<typeof contactSchema, ContactField>;

function run(
  form: unknown,
  {
    clientAddress = `192.0.2.${(address += 1) % 250}`,
    receipts = createReceipts(openDatabase(':memory:')),
    spec = {},
  }: { clientAddress?: string; receipts?: Receipts; spec?: Partial<Spec> } = {},
) {
  const accept = vi.fn();
  const full: Spec = {
    schema: contactSchema,
    fields: CONTACT_FIELDS,
    successMessage: 'Thanks',
    accept,
    ...spec,
  };
  const context = { form: 'contact', secret: SECRET, clientAddress, receipts, now: NOW };
  return { accept, result: handleSubmission(full, form, context) };
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
    const states = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      states.push(await run(await post({}), { clientAddress: '198.51.100.9' }).result);
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
    const accept = () => {
      throw new Error('SQLITE_BUSY');
    };
    const state = await run(await post({}), { spec: { accept } }).result;
    expect(state).toMatchObject({ status: 'unavailable', values: { email: 'ann@example.com' } });
  });

  it.each([
    ['a plain object', { status: 'idle' }],
    ['a string', 'x'],
    ['null', null],
    ['nothing', undefined],
  ])('answers %s in place of the form with a clear invalid state', async (_name, argument) => {
    const { accept, result } = run(argument);
    const state = await result;
    expect(state).toMatchObject({ status: 'invalid', fieldErrors: {}, values: {} });
    expect(state.message).toMatch(/could not be read/);
    expect(accept).not.toHaveBeenCalled();
  });

  it('refuses a field sent twice instead of taking one of the values', async () => {
    const form = await post({});
    form.append('email', 'mallory@example.com');
    const { accept, result } = run(form);
    const state = await result;
    expect(state.status).toBe('invalid');
    expect(state.fieldErrors.email).toMatch(/sent more than once/);
    expect(accept).not.toHaveBeenCalled();
  });

  it('refuses a post with two seals as if it had none', async () => {
    const form = await post({});
    form.append(STARTED_AT_FIELD, await sealStartedAt(SECRET, NOW - MIN_FILL_MS));
    const { accept, result } = run(form);
    expect((await result).status).toBe('retry');
    expect(accept).not.toHaveBeenCalled();
  });
});

describe('handleSubmission, a post repeated', () => {
  it('stores it once and answers every copy with the same thank-you', async () => {
    const receipts = createReceipts(openDatabase(':memory:'));
    const form = await post({});
    const first = run(form, { receipts });
    const again = run(form, { receipts });
    expect(await first.result).toMatchObject({ status: 'success', message: 'Thanks' });
    expect(await again.result).toMatchObject({ status: 'success', message: 'Thanks' });
    expect(first.accept).toHaveBeenCalledOnce();
    expect(again.accept).not.toHaveBeenCalled();
  });

  it('stores one of many copies sent at the same moment', async () => {
    const receipts = createReceipts(openDatabase(':memory:'));
    const form = await post({});
    const runs = Array.from({ length: 20 }, () => run(form, { receipts }));
    const states = await Promise.all(runs.map((each) => each.result));
    expect(states.every((state) => state.status === 'success')).toBe(true);
    expect(runs.filter((each) => each.accept.mock.calls.length > 0)).toHaveLength(1);
  });

  it('does not count a repeat against the rate limit', async () => {
    const receipts = createReceipts(openDatabase(':memory:'));
    const form = await post({});
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const state = await run(form, { receipts, clientAddress: '198.51.100.10' }).result;
      expect(state.status).toBe('success');
    }
    const fresh = await run(await post({}), { receipts, clientAddress: '198.51.100.10' }).result;
    expect(fresh.status).toBe('success');
  });

  it('takes a second, different message sent with the same seal', async () => {
    const receipts = createReceipts(openDatabase(':memory:'));
    const form = await post({});
    expect((await run(form, { receipts }).result).status).toBe('success');
    form.set('message', 'And one more thing');
    const second = run(form, { receipts });
    expect((await second.result).status).toBe('success');
    expect(second.accept).toHaveBeenCalledOnce();
  });

  it('answers a fresh seal with a new form-instance id after a success', async () => {
    const form = await post({});
    const sent = await readStartedAt(form.get(STARTED_AT_FIELD), SECRET);
    const state = await run(form).result;
    const answered = await readStartedAt(state.startedAt, SECRET);
    expect(answered?.instanceId).toBeDefined();
    expect(answered?.instanceId).not.toBe(sent?.instanceId);
  });

  it('stores two visitors posting different data with one cached seal', async () => {
    const receipts = createReceipts(openDatabase(':memory:'));
    const seal = await sealStartedAt(SECRET, NOW - MIN_FILL_MS);
    const posts = await Promise.all(
      ['ann@example.com', 'bob@example.com'].map(async (email) => {
        const form = await post({ email });
        form.set(STARTED_AT_FIELD, seal);
        return run(form, { receipts });
      }),
    );
    for (const each of posts) {
      expect((await each.result).status).toBe('success');
      expect(each.accept).toHaveBeenCalledOnce();
    }
  });

  it('forgets the receipt when storing fails, so sending the same post again works', async () => {
    const receipts = createReceipts(openDatabase(':memory:'));
    const form = await post({});
    const failing = () => {
      throw new Error('SQLITE_BUSY');
    };
    const failed = await run(form, { receipts, spec: { accept: failing } }).result;
    expect(failed.status).toBe('unavailable');
    const retry = run(form, { receipts });
    expect((await retry.result).status).toBe('success');
    expect(retry.accept).toHaveBeenCalledOnce();
  });

  it('answers a refusal from the form itself with its message, values kept, nothing stored', async () => {
    const refuse = vi.fn(() => 'Not to this address today.');
    const { accept, result } = run(await post({}), { spec: { refuse } });
    expect(await result).toMatchObject({
      status: 'limited',
      message: 'Not to this address today.',
      values: { email: 'ann@example.com' },
    });
    expect(refuse).toHaveBeenCalledWith(expect.objectContaining({ email: 'ann@example.com' }));
    expect(accept).not.toHaveBeenCalled();
  });
});
