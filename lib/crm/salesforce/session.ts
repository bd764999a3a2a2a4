/**
 * One jsforce Connection with the rules every Salesforce call follows: log in lazily (OAuth 2
 * username-password or client-credentials), re-run the grant once per call when the session
 * is refused, a time limit on every request, and short back-off retries on limits, 5xx and
 * dropped connections. Every write the adapter makes is an upsert or an update by Id, so a
 * retry, or a late answer to a request given up on, cannot write twice.
 * @module
 */
import { AsyncLocalStorage } from 'node:async_hooks';

import { Connection, type HttpRequest } from 'jsforce';

import type { CrmConfig } from '@/lib/config';
import { CrmError } from '@/lib/crm/port';
import { isWorthRetryingNow, toCrmError, toLoginError } from '@/lib/crm/salesforce/errors';
import { isSoql, type Soql } from '@/lib/crm/soql';
import { getLogger } from '@/lib/log';

export type SalesforceConfig = Extract<CrmConfig, { kind: 'salesforce' }>;

export interface SessionOptions {
  /** Pauses before each in-call retry; their count is the number of retries. */
  backoffMs?: readonly number[];
}

interface CallState {
  refreshes: number;
  refreshError?: CrmError;
}

/** Per port call, so that a session refused again right after a re-login ends the call. */
const calls = new AsyncLocalStorage<CallState>();

type Transport = Connection['_transport'];

/** Salesforce's answer to a query: one batch of records, and where the next one is. */
export interface QueryResult<T> {
  totalSize: number;
  done: boolean;
  records: T[];
  nextRecordsUrl?: string;
}

/** A next batch is always a query locator under the REST API, never another host. */
const NEXT_RECORDS_URL = /^\/services\/data\/v\d+\.\d\/query\/[A-Za-z0-9-]+$/;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves as `pending` does, or rejects with a retryable TIMEOUT after `ms`. */
function withTimeout<T>(pending: Promise<T>, ms: number, operation: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new CrmError('TIMEOUT', `Salesforce ${operation}: no answer in ${ms} ms`, {
            retryable: true,
          }),
        ),
      ms,
    );
  });
  return Promise.race([pending, timeout]).finally(() => clearTimeout(timer));
}

export class SalesforceSession {
  private readonly conn: Connection;
  private readonly flow: 'username-password' | 'client-credentials';
  private readonly backoffMs: readonly number[];
  private login: Promise<void> | undefined;
  /** The last failed re-login, for calls that waited on another call's refresh. */
  private lastRefreshError: CrmError | undefined;

  constructor(
    private readonly config: SalesforceConfig,
    options: SessionOptions = {},
  ) {
    this.flow = config.user ? 'username-password' : 'client-credentials';
    this.backoffMs = options.backoffMs ?? [250, 1000];
    this.conn = new Connection({
      loginUrl: config.loginUrl,
      oauth2: {
        loginUrl: config.loginUrl,
        clientId: config.clientId,
        clientSecret: config.clientSecret,
      },
      // jsforce defaults to 50.0; the version is part of the contract with the org.
      version: config.apiVersion,
      // jsforce's own refresh would use a refresh token, which neither flow gets.
      refreshFn: (_conn, callback) => {
        this.refresh().then(
          (accessToken) => callback(null, accessToken),
          (error: unknown) => callback(error instanceof Error ? error : new Error('refresh')),
        );
      },
    });
  }

  /** Runs one port call: within it, a refused session is renewed at most once. */
  inCall<T>(work: () => Promise<T>): Promise<T> {
    return calls.run({ refreshes: 0 }, work);
  }

  /** A SOQL query built by `soql`; the first batch (the adapter's queries are LIMITed). */
  async query<T>(query: Soql, operation: string): Promise<T[]> {
    return (await this.queryResult<T>(query, operation)).records;
  }

  /** The first batch with Salesforce's totalSize, e.g. for `SELECT COUNT() FROM …`. */
  queryResult<T>(query: Soql, operation: string): Promise<QueryResult<T>> {
    if (!isSoql(query)) throw new TypeError('Salesforce queries must be built with soql``');
    return this.request<QueryResult<T>>(
      { method: 'GET', url: `/query?q=${encodeURIComponent(query.text)}` },
      operation,
    );
  }

  /** Every record of a query, following nextRecordsUrl batch after batch. */
  async queryAll<T>(query: Soql, operation: string): Promise<T[]> {
    return this.allRecords(await this.queryResult<T>(query, operation), operation);
  }

  /**
   * The records of a query result and of the batches after it: for a query's first batch,
   * or a child sub-query's result (Salesforce nests up to 200 child records per parent).
   */
  async allRecords<T>(first: QueryResult<T>, operation: string): Promise<T[]> {
    let result = first;
    const records = [...result.records];
    while (!result.done && result.nextRecordsUrl) {
      if (!NEXT_RECORDS_URL.test(result.nextRecordsUrl)) {
        throw new CrmError('UNEXPECTED', `Salesforce ${operation}: odd nextRecordsUrl`, {
          retryable: false,
        });
      }
      result = await this.request<QueryResult<T>>(
        { method: 'GET', url: result.nextRecordsUrl },
        operation,
      );
      records.push(...result.records);
    }
    return records;
  }

  /**
   * A REST call relative to /services/data/vXX.X (e.g. PATCH /sobjects/Lead/…), with the
   * time limit and the in-call retries. Answers the parsed body (undefined for 204).
   */
  async request<T>(request: HttpRequest, operation: string): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.requestOnce<T>(request, operation);
      } catch (error) {
        const pause = this.backoffMs[attempt];
        if (!(error instanceof CrmError) || !isWorthRetryingNow(error) || pause === undefined) {
          throw error;
        }
        await sleep(pause * (0.5 + Math.random()));
      }
    }
  }

  private async requestOnce<T>(request: HttpRequest, operation: string): Promise<T> {
    await this.ensureLoggedIn();
    let status: number | undefined;
    const transport = this.observeStatus((value) => (status = value));
    // jsforce writes Authorization and content-length into the headers object it is given.
    const fresh = { ...request, headers: { ...request.headers } };
    const pending = this.conn.request<T>(fresh, {
      transport,
      // The retries are ours (above), with short pauses; jsforce's would wait up to 31 s.
      retry: { maxRetries: 0 },
      // Lets jsforce abort the socket soon after our own limit has given up on it.
      timeout: this.config.timeoutMs + 1000,
    });
    try {
      return await withTimeout(Promise.resolve(pending), this.config.timeoutMs, operation);
    } catch (error) {
      throw this.classify(error, operation, status);
    }
  }

  /** jsforce's transport, noting the HTTP status of each answer for the error mapping. */
  private observeStatus(onStatus: (status: number) => void): Transport {
    const base = this.conn._transport;
    return {
      httpRequest: (request, options) => {
        const pending = base.httpRequest(request, options);
        pending.then(
          (response) => onStatus(response.statusCode),
          () => undefined,
        );
        return pending;
      },
    } as Transport;
  }

  private classify(error: unknown, operation: string, status: number | undefined): CrmError {
    const mapped = toCrmError(error, operation, status);
    // jsforce rethrows a failed refresh as a plain Error naming the cause only in its text.
    if (mapped.code === 'UNEXPECTED') {
      return calls.getStore()?.refreshError ?? this.lastRefreshError ?? mapped;
    }
    return mapped;
  }

  private ensureLoggedIn(): Promise<void> {
    this.login ??= this.grant().catch((error: unknown) => {
      this.login = undefined;
      throw error;
    });
    return this.login;
  }

  /** jsforce calls this when Salesforce answers 401 INVALID_SESSION_ID. */
  private async refresh(): Promise<string> {
    const call = calls.getStore();
    try {
      if (call && call.refreshes >= 1) {
        throw new CrmError('INVALID_SESSION_ID', 'Salesforce refused the renewed session', {
          retryable: true,
        });
      }
      if (call) call.refreshes += 1;
      await this.grant();
      if (!this.conn.accessToken) throw new Error('no access token after the grant');
      return this.conn.accessToken;
    } catch (error) {
      const crmError = toLoginError(error, this.flow);
      if (call) call.refreshError = crmError;
      this.lastRefreshError = crmError;
      throw crmError;
    }
  }

  /**
   * Runs the OAuth grant. The username-password flow calls loginByOAuth2, which is what
   * jsforce's login() runs once a client secret is set, minus login()'s own re-login hook:
   * that hook would replace ours and re-login without a limit or a time limit.
   */
  private async grant(): Promise<void> {
    const { user } = this.config;
    const granting = user
      ? this.conn.loginByOAuth2(user.username, user.password)
      : this.conn.authorize({ grant_type: 'client_credentials' });
    try {
      await withTimeout(granting, this.config.timeoutMs, `${this.flow} login`);
      this.lastRefreshError = undefined;
      getLogger().info({ flow: this.flow }, 'crm.salesforce.login');
    } catch (error) {
      const crmError = toLoginError(error, this.flow);
      getLogger().warn(
        { flow: this.flow, code: crmError.code, retryable: crmError.retryable },
        'crm.salesforce.login_failed',
      );
      throw crmError;
    }
  }
}
