import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startFakeSalesforce, type FakeSalesforce } from '@/tests/support/fake-salesforce';
import { FIXTURES_DIR } from '@/tests/support/fixtures';

// The fake Salesforce is held to the samples in ../shared/fixtures/salesforce/examples (built
// from Salesforce's documentation): same status, same keys with the same JSON types, same
// error codes. Messages are not compared: the adapter never reads them.
const EXAMPLES = path.join(FIXTURES_DIR, 'salesforce/examples');
const hasExamples = existsSync(EXAMPLES);
if (!hasExamples)
  console.warn(`${EXAMPLES} is missing: the Salesforce wire-format checks are skipped`);

const VERSION = 'v62.0';
let fake: FakeSalesforce;

function example(name: string): unknown {
  return JSON.parse(readFileSync(path.join(EXAMPLES, name), 'utf8'));
}

/**
 * A value's shape: keys and JSON types, recursively; an array of objects by its first element,
 * any other array as 'array' (a `fields` list may be empty or name fields).
 */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    return typeof first === 'object' && first !== null ? [shape(first)] : 'array';
  }
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, inner]) => [key, shape(inner)]),
  );
}

async function token(grant: Record<string, string>): Promise<Response> {
  return fetch(`${fake.url}/services/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(grant),
  });
}

async function accessToken(): Promise<string> {
  const response = await token({
    grant_type: 'client_credentials',
    client_id: fake.credentials.clientId,
    client_secret: fake.credentials.clientSecret,
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

async function query(soql: string): Promise<Response> {
  return fetch(`${fake.url}/services/data/${VERSION}/query?q=${encodeURIComponent(soql)}`, {
    headers: { authorization: `Bearer ${await accessToken()}` },
  });
}

async function createLead(fields: Record<string, unknown>): Promise<Response> {
  return fetch(`${fake.url}/services/data/${VERSION}/sobjects/Lead`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await accessToken()}`, 'content-type': 'application/json' },
    body: JSON.stringify(fields),
  });
}

beforeAll(async () => {
  fake = await startFakeSalesforce();
});

afterAll(async () => {
  await fake?.close();
});

describe.skipIf(!hasExamples)('the fake Salesforce answers as the documented samples', () => {
  it('issues a password-flow token with the documented fields', async () => {
    const response = await token({
      grant_type: 'password',
      client_id: fake.credentials.clientId,
      client_secret: fake.credentials.clientSecret,
      username: fake.credentials.username,
      password: fake.credentials.password,
    });
    expect(response.status).toBe(200);
    expect(shape(await response.json())).toEqual(shape(example('oauth-token-password.json')));
  });

  it('issues a client-credentials token with the documented fields', async () => {
    const response = await token({
      grant_type: 'client_credentials',
      client_id: fake.credentials.clientId,
      client_secret: fake.credentials.clientSecret,
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    const sample = example('oauth-token-client-credentials.json') as Record<string, unknown>;
    // Newer orgs may add api_instance_url; everything the sample has must be there.
    expect(shape(body)).toMatchObject(shape(sample) as object);
  });

  it('refuses a wrong password as invalid_grant, with a 400', async () => {
    const response = await token({
      grant_type: 'password',
      client_id: fake.credentials.clientId,
      client_secret: fake.credentials.clientSecret,
      username: fake.credentials.username,
      password: 'wrong',
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    const sample = example('oauth-error-invalid-grant.json') as { error: string };
    expect(shape(body)).toEqual(shape(sample));
    expect((body as { error: string }).error).toBe(sample.error);
  });

  it('answers a created Lead as the 201 sample', async () => {
    const response = await createLead({ LastName: 'Ørsted', Company: 'Northwind' });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string };
    expect(shape(body)).toEqual(shape(example('lead-create-201.json')));
    expect(body.id).toMatch(/^00Q[0-9A-Za-z]{15}$/);
  });

  it('answers a Lead without its required fields as the REQUIRED_FIELD_MISSING sample', async () => {
    const response = await createLead({ FirstName: 'Ada' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as Array<{ errorCode: string; fields: string[] }>;
    const [sample] = example('error-400-required-field-missing.json') as typeof body;
    expect(shape(body)).toEqual(shape([sample]));
    expect(body[0]?.errorCode).toBe(sample?.errorCode);
    expect(body[0]?.fields).toContain('LastName');
  });

  it.each([
    ['invalid-session', 401, 'error-401-invalid-session-id.json'],
    ['request-limit', 403, 'error-403-request-limit-exceeded.json'],
    ['validation-rule', 400, 'error-400-field-custom-validation.json'],
  ] as const)('answers the %s fault as its sample (%i)', async (fault, status, file) => {
    const bearer = await accessToken();
    fake.injectFault({ fault, times: 1 });
    const response = await fetch(`${fake.url}/services/data/${VERSION}/sobjects/Lead`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
      body: JSON.stringify({ LastName: 'Lovelace', Company: 'Analytical Engines' }),
    });
    expect(response.status).toBe(status);
    const body = (await response.json()) as Array<{ errorCode: string }>;
    const sample = example(file) as typeof body;
    expect(shape(body)).toEqual(shape(sample));
    expect(body[0]?.errorCode).toBe(sample[0]?.errorCode);
  });

  it('answers the orders-with-items query as its sample: nested items, Product2, a null child', async () => {
    const sample = example('soql-orders-with-items.json') as { records: unknown[] };
    const { contactId } = fake.addCustomer({ lastName: 'Okafor', email: 'okafor@example.com' }, [
      {
        effectiveDate: '2025-03-14',
        status: 'Activated',
        currency: 'EUR',
        lines: [
          { productName: 'Annual Maintenance Plan', quantity: 3, unitPriceCents: 24_950 },
          { productName: 'On-site Installation', quantity: 1, unitPriceCents: 50_100 },
        ],
      },
      { effectiveDate: '2025-04-02', status: 'Draft', currency: 'EUR', lines: [] },
    ]);

    const response = await query(
      'SELECT Id, OrderNumber, Status, EffectiveDate, TotalAmount, AccountId, BillToContactId, ' +
        '(SELECT Id, Quantity, UnitPrice, TotalPrice, Product2.Name FROM OrderItems) ' +
        `FROM Order WHERE BillToContactId = '${contactId}' ORDER BY EffectiveDate`,
    );

    expect(response.status).toBe(200);
    const body = (await response.json()) as { records: Array<Record<string, unknown>> };
    expect(shape(body)).toEqual(shape(sample));
    expect(body.records.map(shape)).toEqual(sample.records.map(shape));
    expect(body.records[0]).toMatchObject({ TotalAmount: 1249.5, Status: 'Activated' });
    expect(body.records[0]?.OrderItems).toMatchObject({
      totalSize: 2,
      done: true,
      records: [
        {
          Quantity: 3,
          UnitPrice: 249.5,
          TotalPrice: 748.5,
          Product2: { Name: 'Annual Maintenance Plan' },
        },
        {
          Quantity: 1,
          UnitPrice: 501,
          TotalPrice: 501,
          Product2: { Name: 'On-site Installation' },
        },
      ],
    });
    expect(body.records[1]).toMatchObject({ TotalAmount: 0, OrderItems: null });
  });

  it('answers a query beyond 2,000 rows in batches, as the first-page sample', async () => {
    const sample = example('soql-contacts-page1-not-done.json') as { totalSize: number };
    const accountId = fake.insert('Account', { Name: 'Northwind Traders Ltd' });
    for (let index = 0; index < sample.totalSize; index += 1) {
      fake.insert('Contact', {
        FirstName: 'Ada',
        LastName: `Batch ${index}`,
        Email: `batch-${index}@example.com`,
        Phone: '+44 20 7946 0018',
        AccountId: accountId,
      });
    }

    const response = await query(
      `SELECT Id, FirstName, LastName, Email, Phone, AccountId, Account.Name FROM Contact WHERE AccountId = '${accountId}'`,
    );
    const first = (await response.json()) as {
      records: unknown[];
      nextRecordsUrl: string;
      totalSize: number;
    };
    expect(shape(first)).toEqual(shape(sample));
    expect(first.records).toHaveLength(2000);
    expect(first.totalSize).toBe(sample.totalSize);
    expect(first.nextRecordsUrl).toMatch(/^\/services\/data\/v62\.0\/query\/01g[0-9A-Za-z]+-2000$/);

    const rest = await fetch(`${fake.url}${first.nextRecordsUrl}`, {
      headers: { authorization: `Bearer ${await accessToken()}` },
    });
    const second = (await rest.json()) as { done: boolean; records: unknown[] };
    expect(second.done).toBe(true);
    expect(second.records).toHaveLength(sample.totalSize - 2000);
    expect(second).not.toHaveProperty('nextRecordsUrl');
  });

  it('answers COUNT() with the totalSize and no records', async () => {
    const { accountId } = fake.addCustomer(
      { lastName: 'Counted', email: 'counted@example.com' },
      [1, 2, 3].map((day) => ({
        effectiveDate: `2025-01-0${day}`,
        status: 'Activated' as const,
        currency: 'EUR',
        lines: [],
      })),
    );

    const response = await query(`SELECT COUNT() FROM Order WHERE AccountId = '${accountId}'`);

    expect(await response.json()).toEqual({ totalSize: 3, done: true, records: [] });
  });

  it('refuses a malformed id in a filter as Salesforce does', async () => {
    const response = await query("SELECT Id FROM Order WHERE Id = 'nope'");

    expect(response.status).toBe(400);
    const [error] = (await response.json()) as Array<{ errorCode: string }>;
    expect(error?.errorCode).toBe('INVALID_QUERY_FILTER_OPERATOR');
  });
});
