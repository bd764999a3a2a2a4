/**
 * A Salesforce on loopback that speaks the real wire format, for the jsforce adapter's tests:
 * the OAuth 2 token endpoint (password and client-credentials grants), sObject create,
 * update by Id, upsert by External ID, SOQL queries (a subset), and Salesforce's error
 * bodies. Faults can be injected (fake-salesforce-faults.ts), in process or over HTTP at
 * /__fake/… when it runs as its own process (fake-salesforce-cli.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

import type { SampleOrder } from '@/lib/crm/sample-orders';

import {
  addFakeCustomer,
  type FakeCustomerInput,
  type FakeCustomerRef,
} from './fake-salesforce-customers';
import { FaultPlan, type Fault, type FaultSpec } from './fake-salesforce-faults';
import { createTokenEndpoint } from './fake-salesforce-oauth';
import type { FakeRecord } from './fake-salesforce-objects';
import { createFakeOrg, errorAnswer, notFound, type Answer } from './fake-salesforce-org';

export type { FakeRecord } from './fake-salesforce-objects';
export type { FakeCustomerInput, FakeCustomerRef } from './fake-salesforce-customers';
export type { Fault, FaultKind, FaultSpec } from './fake-salesforce-faults';

export interface FakeSalesforceOptions {
  clientId?: string;
  clientSecret?: string;
  username?: string;
  /** The password with the security token appended, as the password grant sends it. */
  password?: string;
  externalIdField?: string;
  /** Order and OrderItem have CurrencyIsoCode, as in a multi-currency org. */
  isMultiCurrency?: boolean;
  /** Records per query batch (Salesforce: up to 2,000); smaller to test paging. */
  batchSize?: number;
  /** Child records per sub-query result (Salesforce: 200); smaller to test paging. */
  childBatchSize?: number;
}

export interface FakeRequestLogEntry {
  method: string;
  path: string;
  /** The SOQL of a query. */
  soql?: string;
  /** The grant_type of a token request. */
  grantType?: string;
  /** The answer's status; 0 for a dropped connection. */
  status: number;
  fault?: string;
}

export interface FakeSalesforce {
  /** Both the login URL and the instance URL. */
  url: string;
  /** What the token endpoint accepts; change a value to play an admin who changed it. */
  credentials: Required<
    Omit<
      FakeSalesforceOptions,
      'externalIdField' | 'isMultiCurrency' | 'batchSize' | 'childBatchSize'
    >
  >;
  externalIdField: string;
  /** Copies of the records of one object, oldest first. */
  records(sobject: string): FakeRecord[];
  /** Adds a record as if made in Salesforce's UI; answers its Id. */
  insert(sobject: string, fields: Record<string, unknown>): string;
  /** Adds an Account, its Contact and the Account's Orders with their items. */
  addCustomer(customer: FakeCustomerInput, orders?: readonly SampleOrder[]): FakeCustomerRef;
  injectFault(fault: Fault): void;
  clearFaults(): void;
  /** Every access token issued so far stops working. */
  revokeTokens(): void;
  /** Every request received, in order (the /__fake/ control requests excepted). */
  requests: FakeRequestLogEntry[];
  close(): Promise<void>;
}

const MAINTENANCE_PAGE =
  '<html><head><title>Service Unavailable</title></head><body>Down for maintenance</body></html>';

/** Starts a fake Salesforce on 127.0.0.1 at a free port. */
export async function startFakeSalesforce(
  options: FakeSalesforceOptions = {},
): Promise<FakeSalesforce> {
  const credentials = {
    clientId: options.clientId ?? 'portico-test-client',
    clientSecret: options.clientSecret ?? 'portico-test-secret',
    username: options.username ?? 'integration@portico.test',
    password: options.password ?? 'correct-horse-battery-staple',
  };
  const externalIdField = options.externalIdField ?? 'Portico_Submission_Id__c';
  const org = createFakeOrg(externalIdField, options);
  const addCustomer = (customer: FakeCustomerInput, orders: readonly SampleOrder[] = []) =>
    addFakeCustomer(org.insert, org.find, customer, orders, options);
  const oauth = createTokenEndpoint(credentials, () => url);
  const faults = new FaultPlan();
  const requests: FakeRequestLogEntry[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let url = '';

  function api(method: string, path: string, search: URLSearchParams, raw: string, auth?: string) {
    const match = /^\/services\/data\/v(\d+\.\d)(\/.*)?$/.exec(path);
    if (!match) return notFound();
    const bearer = auth?.startsWith('Bearer ') ? auth.slice(7) : undefined;
    if (!bearer || !oauth.isValid(bearer)) {
      return errorAnswer(401, [
        { message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' },
      ]);
    }
    const version = match[1] ?? '';
    const rest = (match[2] ?? '').replace(/\/$/, '');
    if (rest === '/query' && method === 'GET') return org.query(search.get('q') ?? '', version);
    if (rest.startsWith('/query/') && method === 'GET') {
      return org.queryMore(rest.slice('/query/'.length), version);
    }
    if (!rest.startsWith('/sobjects/')) return notFound();
    let body: unknown = {};
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        return errorAnswer(400, [
          { errorCode: 'JSON_PARSER_ERROR', message: 'Unexpected character' },
        ]);
      }
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return errorAnswer(400, [{ errorCode: 'JSON_PARSER_ERROR', message: 'Expected an object' }]);
    }
    return org.sobjects(method, rest.slice('/sobjects/'.length).split('/'), body, version);
  }

  function faultAnswer(kind: string): Answer | undefined {
    switch (kind) {
      case 'invalid-session':
        oauth.revokeAll();
        return errorAnswer(401, [
          { message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' },
        ]);
      case 'request-limit':
        return errorAnswer(403, [
          { message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' },
        ]);
      case 'unavailable':
        return { status: 503, body: MAINTENANCE_PAGE, contentType: 'text/html' };
      case 'server-error':
        return errorAnswer(500, [
          {
            message: 'An unexpected error occurred. Please include this ErrorId: 1234-5678',
            errorCode: 'UNKNOWN_EXCEPTION',
          },
        ]);
      case 'validation-rule':
        return errorAnswer(400, [
          {
            message: 'Please enter a valid UK postcode.',
            errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
            fields: [],
          },
        ]);
      default:
        return undefined;
    }
  }

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const target = new URL(request.url ?? '/', url);
    const method = request.method ?? 'GET';
    const raw = await readBody(request);
    if (target.pathname.startsWith('/__fake/')) {
      send(response, control(method, target.pathname, raw));
      return;
    }

    const isOAuth = target.pathname === '/services/oauth2/token';
    const form = isOAuth ? new URLSearchParams(raw) : undefined;
    const entry: FakeRequestLogEntry = {
      method,
      path: target.pathname,
      ...(target.searchParams.has('q') ? { soql: target.searchParams.get('q') ?? '' } : {}),
      ...(form ? { grantType: form.get('grant_type') ?? '' } : {}),
      status: 0,
    };
    requests.push(entry);
    const run = (): Answer =>
      isOAuth && method === 'POST'
        ? oauth.answer(form ?? new URLSearchParams(), request.headers.authorization)
        : api(method, target.pathname, target.searchParams, raw, request.headers.authorization);

    const fault = faults.take({ method, path: target.pathname, isOAuth });
    entry.fault = fault?.fault;
    let answer: Answer | undefined;
    if (fault?.fault === 'drop') {
      if (fault.takesEffect) run();
      request.socket.destroy();
      return;
    }
    if (fault?.fault === 'slow') {
      if (fault.takesEffect !== false) answer = run();
      await sleep(fault.delayMs ?? 1000);
      if (response.destroyed) return;
    } else if (fault) {
      answer = faultAnswer(fault.fault);
    }
    answer ??= run();
    entry.status = answer.status;
    send(response, answer);
  }

  function control(method: string, path: string, raw: string): Answer {
    if (path === '/__fake/faults' && method === 'POST') {
      faults.add(JSON.parse(raw) as FaultSpec);
      return { status: 204 };
    }
    if (path === '/__fake/faults' && method === 'DELETE') {
      faults.clear();
      return { status: 204 };
    }
    if (path === '/__fake/revoke-tokens' && method === 'POST') {
      oauth.revokeAll();
      return { status: 204 };
    }
    if (path === '/__fake/requests' && method === 'GET') return { status: 200, body: requests };
    if (path === '/__fake/customers' && method === 'POST') {
      const { customer, orders } = JSON.parse(raw) as {
        customer: FakeCustomerInput;
        orders?: SampleOrder[];
      };
      return { status: 201, body: addCustomer(customer, orders) };
    }
    const records = /^\/__fake\/records\/([A-Za-z0-9_]+)$/.exec(path);
    if (records?.[1] && org.hasObject(records[1])) {
      if (method === 'GET') return { status: 200, body: org.records(records[1]) };
      if (method === 'POST') {
        return { status: 201, body: { id: org.insert(records[1], JSON.parse(raw)) } };
      }
    }
    return { status: 404, body: { error: 'no such control endpoint' } };
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        send(
          response,
          errorAnswer(500, [{ errorCode: 'UNKNOWN_EXCEPTION', message: String(error) }]),
        );
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fake Salesforce has no port');
  url = `http://127.0.0.1:${address.port}`;

  return {
    url,
    credentials,
    externalIdField,
    records: (sobject) => org.records(sobject).map((record) => ({ ...record })),
    insert: org.insert,
    addCustomer,
    injectFault: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    revokeTokens: () => oauth.revokeAll(),
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(response: ServerResponse, answer: Answer): void {
  if (response.destroyed) return;
  if (answer.body === undefined) {
    response.writeHead(answer.status).end();
    return;
  }
  const isText = typeof answer.body === 'string';
  response
    .writeHead(answer.status, {
      'content-type': answer.contentType ?? 'application/json;charset=UTF-8',
    })
    .end(isText ? answer.body : JSON.stringify(answer.body));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (data += chunk));
    request.on('end', () => resolve(data));
    request.on('error', reject);
  });
}
