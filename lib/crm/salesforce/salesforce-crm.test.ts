import { afterEach, describe, expect, it, vi } from 'vitest';

import { describeCrmContract } from '@/lib/crm/contract';
import { CrmError, type LeadInput } from '@/lib/crm/port';
import { SalesforceCrm } from '@/lib/crm/salesforce/salesforce-crm';
import { SalesforceSession, type SalesforceConfig } from '@/lib/crm/salesforce/session';
import type { Soql } from '@/lib/crm/soql';
import { startFakeSalesforce, type FakeSalesforce } from '@/tests/support/fake-salesforce';

// Each fake starts with a login; their log lines would drown the test report.
vi.stubEnv('LOG_LEVEL', 'error');

type Flow = 'username-password' | 'client-credentials';

function configFor(fake: FakeSalesforce, flow: Flow, timeoutMs = 2000): SalesforceConfig {
  const { clientId, clientSecret, username, password } = fake.credentials;
  return {
    kind: 'salesforce',
    loginUrl: fake.url,
    clientId,
    clientSecret,
    user: flow === 'username-password' ? { username, password } : undefined,
    apiVersion: '62.0',
    externalIdField: fake.externalIdField,
    timeoutMs,
    currency: 'EUR',
  };
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

describeCrmContract('Salesforce through jsforce, on the fake', async () => {
  const fake = await startFakeSalesforce();
  const field = fake.externalIdField;
  return {
    crm: new SalesforceCrm(configFor(fake, 'username-password'), { backoffMs: [5, 10] }),
    addContact: async ({ lastName, email, hasOptedOutOfEmail }) =>
      fake.insert('Contact', {
        LastName: lastName,
        Email: email,
        HasOptedOutOfEmail: hasOptedOutOfEmail,
      }),
    addLead: async ({ lastName, email, hasOptedOutOfEmail }) =>
      fake.insert('Lead', {
        LastName: lastName,
        Email: email,
        Company: 'Trade fair',
        HasOptedOutOfEmail: hasOptedOutOfEmail,
      }),
    leads: async () =>
      fake.records('Lead').map((lead) => ({
        id: lead.Id,
        submissionId: text(lead[field]),
        firstName: text(lead.FirstName),
        lastName: String(lead.LastName),
        email: String(lead.Email),
        company: String(lead.Company),
        phone: text(lead.Phone),
        description: text(lead.Description),
        leadSource: text(lead.LeadSource),
        hasOptedOutOfEmail: lead.HasOptedOutOfEmail === true,
      })),
    contacts: async () =>
      fake.records('Contact').map((contact) => ({
        id: contact.Id,
        email: text(contact.Email),
        hasOptedOutOfEmail: contact.HasOptedOutOfEmail === true,
      })),
    consents: async () =>
      fake.records('Portico_Newsletter_Consent__c').map((consent) => ({
        submissionId: String(consent[field]),
        email: String(consent.Email__c),
        text: String(consent.Consent_Text__c),
        version: String(consent.Consent_Version__c),
        givenAt: new Date(String(consent.Given_At__c)),
        personId: String(consent.Lead__c ?? consent.Contact__c),
      })),
    close: () => fake.close(),
  };
});

describe('SalesforceCrm against the fake’s faults', () => {
  let fake: FakeSalesforce;
  let counter = 0;

  afterEach(async () => {
    await fake.close();
  });

  async function start(flow: Flow = 'username-password', timeoutMs = 2000) {
    fake = await startFakeSalesforce();
    return new SalesforceCrm(configFor(fake, flow, timeoutMs), { backoffMs: [5, 10] });
  }

  function lead(): LeadInput {
    counter += 1;
    return {
      submissionId: `fault-${counter}`,
      lastName: 'Lovelace',
      email: 'ada@example.com',
      description: 'Hello',
    };
  }

  const tokenRequests = () => fake.requests.filter((r) => r.path === '/services/oauth2/token');
  const leadWrites = () => fake.requests.filter((r) => r.path.includes('/sobjects/Lead/'));

  async function failure(pending: Promise<unknown>): Promise<CrmError> {
    const error = await pending.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(CrmError);
    return error as CrmError;
  }

  it('logs in with the username-password flow, once, and uses the configured API version', async () => {
    const crm = await start('username-password');
    await crm.createLead(lead());
    await crm.createLead(lead());

    expect(tokenRequests().map((r) => r.grantType)).toEqual(['password']);
    const apiPaths = fake.requests.filter((r) => r.path.startsWith('/services/data/'));
    expect(apiPaths.length).toBeGreaterThan(0);
    expect(apiPaths.every((r) => r.path.startsWith('/services/data/v62.0/'))).toBe(true);
  });

  it('logs in with the client-credentials flow', async () => {
    const crm = await start('client-credentials');
    const { id } = await crm.createLead(lead());

    expect(tokenRequests().map((r) => r.grantType)).toEqual(['client_credentials']);
    expect(fake.records('Lead').map((r) => r.Id)).toEqual([id]);
  });

  it('upserts the Lead on the External ID field with the submission id', async () => {
    const crm = await start();
    await crm.createLead({ ...lead(), submissionId: 'sub/with space' });

    expect(leadWrites().map((r) => [r.method, r.path])).toEqual([
      ['PATCH', '/services/data/v62.0/sobjects/Lead/Portico_Submission_Id__c/sub%2Fwith%20space'],
    ]);
    expect(fake.records('Lead')[0]?.Portico_Submission_Id__c).toBe('sub/with space');
  });

  it('finds the Id by query when an older API version answers an update with 204', async () => {
    fake = await startFakeSalesforce();
    const crm = new SalesforceCrm({ ...configFor(fake, 'username-password'), apiVersion: '45.0' });
    const input = lead();

    const first = await crm.createLead(input);
    const second = await crm.createLead(input);

    expect(second.id).toBe(first.id);
    expect(leadWrites().map((r) => r.status)).toEqual([201, 204]);
    expect(fake.requests.some((r) => r.soql?.includes('Portico_Submission_Id__c ='))).toBe(true);
  });

  it('re-runs the grant on INVALID_SESSION_ID and still makes the Lead once', async () => {
    const crm = await start();
    await crm.createLead(lead());
    fake.injectFault({ fault: 'invalid-session', times: 1 });

    const input = lead();
    const { id } = await crm.createLead(input);

    expect(tokenRequests()).toHaveLength(2);
    const made = fake
      .records('Lead')
      .filter((r) => r.Portico_Submission_Id__c === input.submissionId);
    expect(made.map((r) => r.Id)).toEqual([id]);
  });

  it('renews the session once for calls that were refused at the same time', async () => {
    const crm = await start('client-credentials');
    await crm.createLead(lead());
    fake.revokeTokens();

    await Promise.all([crm.createLead(lead()), crm.createLead(lead()), crm.createLead(lead())]);

    expect(tokenRequests()).toHaveLength(2);
    expect(fake.records('Lead')).toHaveLength(4);
  });

  it('ends with a retryable INVALID_SESSION_ID when the renewed session is refused too', async () => {
    const crm = await start();
    fake.injectFault({ fault: 'invalid-session' });

    const error = await failure(crm.createLead(lead()));

    expect(error).toMatchObject({ code: 'INVALID_SESSION_ID', retryable: true });
    expect(tokenRequests()).toHaveLength(2);
    expect(leadWrites()).toHaveLength(2);
  });

  it('backs off on REQUEST_LIMIT_EXCEEDED and succeeds when the limit clears', async () => {
    const crm = await start();
    fake.injectFault({ fault: 'request-limit', times: 2 });

    await crm.createLead(lead());

    expect(leadWrites().map((r) => r.status)).toEqual([403, 403, 201]);
    expect(fake.records('Lead')).toHaveLength(1);
  });

  it('backs off on 503 and succeeds when Salesforce is back', async () => {
    const crm = await start();
    fake.injectFault({ fault: 'unavailable', times: 1 });

    await crm.createLead(lead());

    expect(leadWrites().map((r) => r.status)).toEqual([503, 201]);
  });

  it('reports a lasting 503 as retryable after a few tries', async () => {
    const crm = await start();
    fake.injectFault({ fault: 'unavailable' });

    const error = await failure(crm.createLead(lead()));

    expect(error).toMatchObject({ code: 'ERROR_HTTP_503', retryable: true });
    expect(leadWrites()).toHaveLength(3);
  });

  it('reports a lasting REQUEST_LIMIT_EXCEEDED and a 500 as retryable', async () => {
    const crm = await start();
    fake.injectFault({ fault: 'request-limit', times: 3 });
    expect(await failure(crm.createLead(lead()))).toMatchObject({
      code: 'REQUEST_LIMIT_EXCEEDED',
      retryable: true,
    });

    fake.injectFault({ fault: 'server-error', times: 3 });
    expect(await failure(crm.createLead(lead()))).toMatchObject({
      code: 'UNKNOWN_EXCEPTION',
      retryable: true,
    });
    expect(fake.records('Lead')).toHaveLength(0);
  });

  it('gives up on a slow answer with a retryable TIMEOUT, and the late write makes no second Lead', async () => {
    const crm = await start('username-password', 300);
    await crm.createLead(lead());
    fake.injectFault({ fault: 'slow', delayMs: 1500, times: 1 });

    const input = lead();
    const error = await failure(crm.createLead(input));
    expect(error).toMatchObject({ code: 'TIMEOUT', retryable: true });

    // The slow request did reach Salesforce; the outbox's redelivery finds its Lead.
    const again = await crm.createLead(input);
    const made = fake
      .records('Lead')
      .filter((r) => r.Portico_Submission_Id__c === input.submissionId);
    expect(made.map((r) => r.Id)).toEqual([again.id]);
  });

  it('times out a login that does not answer, as retryable', async () => {
    const crm = await start('username-password', 300);
    fake.injectFault({ fault: 'slow', scope: 'oauth', delayMs: 1500, times: 1 });

    expect(await failure(crm.createLead(lead()))).toMatchObject({
      code: 'TIMEOUT',
      retryable: true,
    });
    await crm.createLead(lead());
    expect(fake.records('Lead')).toHaveLength(1);
  });

  it('retries a dropped connection within the call', async () => {
    const crm = await start();
    await crm.createLead(lead());
    fake.injectFault({ fault: 'drop', times: 1 });

    await crm.createLead(lead());

    expect(fake.records('Lead')).toHaveLength(2);
  });

  it('reports connections that keep dropping as retryable, and a redelivery writes once', async () => {
    const crm = await start();
    await crm.createLead(lead());
    fake.injectFault({ fault: 'drop', takesEffect: true, times: 3 });

    const input = lead();
    const error = await failure(crm.createLead(input));
    expect(error).toMatchObject({ code: 'CONNECTION_FAILED', retryable: true });

    await crm.createLead(input);
    const made = fake
      .records('Lead')
      .filter((r) => r.Portico_Submission_Id__c === input.submissionId);
    expect(made).toHaveLength(1);
  });

  it('does not retry a 400 from a validation rule and marks it not retryable', async () => {
    const crm = await start();
    fake.injectFault({ fault: 'validation-rule', times: 1 });

    const error = await failure(crm.createLead(lead()));

    expect(error).toMatchObject({ code: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', retryable: false });
    expect(leadWrites()).toHaveLength(1);
  });

  it('names the fields of a refused value but never quotes the value', async () => {
    const crm = await start();
    const error = await failure(crm.createLead({ ...lead(), email: 'not-an-email' }));

    expect(error).toMatchObject({ code: 'INVALID_EMAIL_ADDRESS', retryable: false });
    expect(error.message).toContain('Email');
    expect(error.message).not.toContain('not-an-email');
  });

  it('refuses a bad password clearly, as not retryable, without calling the API', async () => {
    fake = await startFakeSalesforce();
    const config = configFor(fake, 'username-password');
    const crm = new SalesforceCrm({
      ...config,
      user: { username: 'integration@portico.test', password: 'wrong' },
    });

    const error = await failure(crm.createLead(lead()));

    expect(error).toMatchObject({ code: 'invalid_grant', retryable: false });
    expect(error.message).toContain('SALESFORCE_PASSWORD');
    expect(fake.requests.filter((r) => r.path.startsWith('/services/data/'))).toHaveLength(0);
  });

  it('reports a re-login refused after the password changed as not retryable', async () => {
    const crm = await start();
    await crm.createLead(lead());
    fake.credentials.password = 'changed-by-an-admin';
    fake.revokeTokens();

    const error = await failure(crm.createLead(lead()));

    expect(error).toMatchObject({ code: 'invalid_grant', retryable: false });
    expect(tokenRequests().map((r) => r.status)).toEqual([200, 400]);
  });

  it('refuses a wrong client secret in the client-credentials flow as not retryable', async () => {
    fake = await startFakeSalesforce();
    const crm = new SalesforceCrm({
      ...configFor(fake, 'client-credentials'),
      clientSecret: 'nope',
    });

    expect(await failure(crm.createLead(lead()))).toMatchObject({
      code: 'invalid_client',
      retryable: false,
    });
  });

  it('retries a login that met a 503, and reports a lasting one as retryable', async () => {
    const crm = await start();
    fake.injectFault({ fault: 'unavailable', scope: 'oauth', times: 1 });
    await crm.createLead(lead());
    expect(tokenRequests().map((r) => r.status)).toEqual([503, 200]);

    const other = new SalesforceCrm(configFor(fake, 'client-credentials'), { backoffMs: [5] });
    fake.injectFault({ fault: 'unavailable', scope: 'oauth', times: 2 });
    expect(await failure(other.createLead(lead()))).toMatchObject({
      code: 'ERROR_HTTP_503',
      retryable: true,
    });
    expect(fake.records('Lead')).toHaveLength(1);
  });

  it('sends escaped SOQL for an email with quotes and wildcards', async () => {
    const crm = await start();
    const email = "o'brien%_\\@example.com";
    fake.insert('Contact', { LastName: "O'Brien", Email: email, HasOptedOutOfEmail: true });
    fake.insert('Contact', {
      LastName: 'Other',
      Email: 'obrien@example.com',
      HasOptedOutOfEmail: true,
    });

    await crm.unsubscribeFromNewsletter({
      submissionId: 'u-1',
      email: 'x@example.com',
      at: new Date(),
    });
    await crm.subscribeToNewsletter({
      submissionId: 's-1',
      email,
      consent: { text: 'Yes', version: '1', givenAt: new Date() },
    });

    const queries = fake.requests.flatMap((r) => (r.soql ? [r.soql] : []));
    expect(queries).toContain(
      "SELECT Id, HasOptedOutOfEmail FROM Contact WHERE Email = 'o\\'brien%_\\\\@example.com' ORDER BY CreatedDate LIMIT 200",
    );
    const optedIn = fake.records('Contact').filter((r) => r.HasOptedOutOfEmail === false);
    expect(optedIn.map((r) => r.LastName)).toEqual(["O'Brien"]);
  });
});

describe('SalesforceSession.query', () => {
  it('refuses a query that soql`` did not build', async () => {
    const session = new SalesforceSession({
      kind: 'salesforce',
      loginUrl: 'http://127.0.0.1:9',
      clientId: 'x',
      clientSecret: 'y',
      apiVersion: '62.0',
      externalIdField: 'Portico_Submission_Id__c',
      timeoutMs: 1000,
      currency: 'EUR',
    });
    const forged = { text: 'SELECT Id FROM Lead' } as unknown as Soql;

    await expect(session.query(forged, 'test')).rejects.toThrow(TypeError);
  });
});
