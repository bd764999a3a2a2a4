import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { SalesforceCrm } from '@/lib/crm/salesforce/salesforce-crm';

import { spawnFakeSalesforce, type FakeSalesforceProcess } from './fake-salesforce-control';

vi.stubEnv('LOG_LEVEL', 'error');

describe('the fake Salesforce as its own process', () => {
  let fake: FakeSalesforceProcess;
  beforeAll(async () => {
    fake = await spawnFakeSalesforce();
  });
  afterAll(async () => {
    await fake.stop();
  });

  it('serves jsforce, takes faults over HTTP and shows its records', async () => {
    const crm = new SalesforceCrm(
      {
        kind: 'salesforce',
        loginUrl: fake.url,
        clientId: fake.clientId,
        clientSecret: fake.clientSecret,
        user: { username: fake.username, password: fake.password },
        apiVersion: '62.0',
        externalIdField: fake.externalIdField,
        timeoutMs: 2000,
      },
      { backoffMs: [5] },
    );
    await fake.injectFault({ fault: 'unavailable', times: 1, pathIncludes: '/sobjects/Lead' });

    const { id } = await crm.createLead({
      submissionId: 'cli-1',
      lastName: 'Lovelace',
      email: 'ada@example.com',
      description: 'Hello',
    });

    expect((await fake.records('Lead')).map((record) => record.Id)).toEqual([id]);
    const statuses = (await fake.requests())
      .filter((request) => request.path.includes('/sobjects/Lead'))
      .map((request) => request.status);
    expect(statuses).toEqual([503, 201]);
  });
});
