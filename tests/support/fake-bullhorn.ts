/**
 * A Bullhorn career-portal REST API on loopback that speaks the wire format of
 * fixtures/bullhorn/API.md, for the Bullhorn adapter's tests: `GET /search/JobOrder` (a
 * Lucene subset), `GET /query/JobBoardPost?where=(id=N)` and the multipart
 * `POST /apply/{jobId}/raw`, under `/rest-services/{corpToken}`. Faults can be injected in
 * process or over HTTP at /__fake/… when it runs as its own process (fake-bullhorn-cli.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import {
  BullhornFaultPlan,
  faultTakesEffect,
  type BullhornFaultSpec,
} from './fake-bullhorn-faults';
import type { FakeJobOrder } from './fake-bullhorn-jobs';
import {
  FakeBullhornStore,
  type FakeBullhornAnswer,
  type FakeCandidate,
} from './fake-bullhorn-store';

export type { BullhornFaultKind, BullhornFaultSpec } from './fake-bullhorn-faults';
export type { FakeJobOrder } from './fake-bullhorn-jobs';
export type { FakeCandidate } from './fake-bullhorn-store';

export const FAKE_CORP_TOKEN = 'FAKE1';

export interface FakeBullhornRequest {
  method: string;
  /** The path only: an apply's query string holds the applicant's name and email. */
  path: string;
  /** The Lucene query of a search. */
  query?: string;
  /** The answer's status; 0 for a dropped connection. */
  status: number;
  fault?: string;
}

export interface FakeBullhorn {
  /** The server's root, e.g. http://127.0.0.1:40123. */
  url: string;
  /** What BULLHORN_REST_URL should be: `${url}/rest-services/FAKE1`. */
  restUrl: string;
  putJobs(jobs: readonly FakeJobOrder[]): void;
  candidates(): FakeCandidate[];
  injectFault(fault: BullhornFaultSpec): void;
  clearFaults(): void;
  /** Every request received, in order (the /__fake/ control requests excepted). */
  requests: FakeBullhornRequest[];
  close(): Promise<void>;
}

export interface FakeBullhornOptions {
  jobs?: readonly FakeJobOrder[];
  /** A fixed port, so that a test can stop the fake and bring it back at the same URL. */
  port?: number;
}

const MAINTENANCE_PAGE = '<html><body><h1>503 Service Unavailable</h1></body></html>';

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, answer: FakeBullhornAnswer, isMalformed = false): void {
  if (answer.html !== undefined) {
    response.writeHead(answer.status, { 'content-type': 'text/html' }).end(answer.html);
    return;
  }
  const json = JSON.stringify(answer.json ?? {});
  const body = isMalformed ? json.slice(0, Math.max(1, Math.floor(json.length / 2))) : json;
  response.writeHead(answer.status, { 'content-type': 'application/json' }).end(body);
}

/** Starts a fake Bullhorn on 127.0.0.1 (at a free port unless `port` is given). */
export async function startFakeBullhorn(options: FakeBullhornOptions = {}): Promise<FakeBullhorn> {
  const store = new FakeBullhornStore(options.jobs ?? []);
  const faults = new BullhornFaultPlan();
  const requests: FakeBullhornRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const prefix = `/rest-services/${FAKE_CORP_TOKEN}`;

  async function answerApi(
    method: string,
    url: URL,
    headers: Headers,
    body: Buffer,
  ): Promise<FakeBullhornAnswer> {
    const path = url.pathname.slice(prefix.length);
    if (method === 'GET' && path === '/search/JobOrder') return store.search(url.searchParams);
    if (method === 'GET' && path === '/query/JobBoardPost') {
      return store.queryJobBoardPost(url.searchParams);
    }
    const apply = /^\/apply\/(\d+)\/raw$/.exec(path);
    if (method === 'POST' && apply) {
      const request = new Request(url, { method, headers, body: new Uint8Array(body) });
      return store.apply(Number(apply[1]), url.searchParams, request);
    }
    return { status: 404, json: { errorMessage: 'Not found', errorCode: 404 } };
  }

  async function control(method: string, path: string, body: Buffer): Promise<FakeBullhornAnswer> {
    if (path === '/__fake/faults' && method === 'POST') {
      faults.add(JSON.parse(body.toString('utf8')) as BullhornFaultSpec);
      return { status: 200, json: {} };
    }
    if (path === '/__fake/faults' && method === 'DELETE') {
      faults.clear();
      return { status: 200, json: {} };
    }
    if (path === '/__fake/jobs' && method === 'POST') {
      store.putJobs(JSON.parse(body.toString('utf8')) as FakeJobOrder[]);
      return { status: 200, json: {} };
    }
    if (path === '/__fake/candidates' && method === 'GET') {
      return { status: 200, json: store.listCandidates() };
    }
    if (path === '/__fake/requests' && method === 'GET') return { status: 200, json: requests };
    return { status: 404, json: { errorMessage: 'No such control endpoint' } };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(request);
    if (url.pathname.startsWith('/__fake/')) {
      send(response, await control(method, url.pathname, body));
      return;
    }
    const entry: FakeBullhornRequest = { method, path: url.pathname, status: 0 };
    if (url.pathname.endsWith('/search/JobOrder'))
      entry.query = url.searchParams.get('query') ?? '';
    requests.push(entry);
    if (!url.pathname.startsWith(`${prefix}/`)) {
      entry.status = 404;
      send(response, { status: 404, json: { errorMessage: 'Unknown corporation' } });
      return;
    }

    const fault = faults.take(method, url.pathname);
    entry.fault = fault?.fault;
    if (fault?.fault === 'server-error' || fault?.fault === 'unavailable') {
      entry.status = fault.fault === 'server-error' ? 500 : 503;
      send(
        response,
        fault.fault === 'server-error'
          ? { status: 500, json: { errorMessage: 'Internal error', errorCode: 500 } }
          : { status: 503, html: MAINTENANCE_PAGE },
      );
      return;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const answer =
      fault && !faultTakesEffect(fault) ? undefined : await answerApi(method, url, headers, body);

    if (fault?.fault === 'drop') {
      request.socket.destroy();
      return;
    }
    const result = answer ?? { status: 200, json: {} };
    entry.status = result.status;
    if (fault?.fault === 'slow') {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!response.destroyed) send(response, result);
      }, fault.delayMs ?? 1000);
      timers.add(timer);
      return;
    }
    send(response, result, fault?.fault === 'malformed-json');
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((caught: unknown) => {
      if (!response.headersSent) {
        send(response, { status: 500, json: { errorMessage: String(caught) } });
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    restUrl: `${url}${prefix}`,
    putJobs: (jobs) => store.putJobs(jobs),
    candidates: () => store.listCandidates(),
    injectFault: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    requests,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
