/**
 * The fake Salesforce's data and REST resources: sObject create, update by Id, upsert by
 * External ID, GET by Id, and SOQL queries, answered as Salesforce answers them.
 */
import {
  describeOrg,
  formatDateTime,
  newRecord,
  validateSave,
  type FakeRecord,
  type ObjectSpec,
  type SalesforceErrorBody,
} from './fake-salesforce-objects';
import { createQueryEngine } from './fake-salesforce-query';
import { MalformedQueryError, parseSoql } from './fake-salesforce-soql';

/** An HTTP answer: JSON unless `contentType` says otherwise; no body for 204. */
export interface Answer {
  status: number;
  body?: unknown;
  contentType?: string;
}

export const errorAnswer = (status: number, errors: SalesforceErrorBody[]): Answer => ({
  status,
  body: errors,
});
export const notFound = (): Answer =>
  errorAnswer(404, [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]);

export type FakeOrg = ReturnType<typeof createFakeOrg>;

export interface FakeOrgOptions {
  /** Order and OrderItem have CurrencyIsoCode, as in a multi-currency org. */
  isMultiCurrency?: boolean;
  /** Records per query batch; Salesforce's is up to 2,000. */
  batchSize?: number;
  /** Child records per sub-query result before its nextRecordsUrl; Salesforce's is 200. */
  childBatchSize?: number;
}

/**
 * An org holding Lead, Contact, the consent object, and Account, Product2, Order, OrderItem
 * and Case; `externalIdField` as configured.
 */
export function createFakeOrg(externalIdField: string, orgOptions: FakeOrgOptions = {}) {
  const options = {
    batchSize: orgOptions.batchSize ?? 2000,
    childBatchSize: orgOptions.childBatchSize ?? 200,
  };
  const org = describeOrg(externalIdField, orgOptions.isMultiCurrency);
  const store = new Map<string, FakeRecord[]>(Object.keys(org).map((name) => [name, []]));
  const recordsOf = (sobject: string): FakeRecord[] => store.get(sobject) ?? [];
  const exists = (sobject: string, id: string) => recordsOf(sobject).some((r) => r.Id === id);
  const engine = createQueryEngine({ org, recordsOf }, (records, version) =>
    batchBody(records, records.length, 0, version, options.childBatchSize),
  );
  const cursors = new Map<string, { records: object[]; totalSize: number; size: number }>();
  const autoNumbers = new Map<string, number>();
  let cursorCount = 0;

  function query(soql: string, version: string): Answer {
    let parsed;
    try {
      parsed = parseSoql(soql);
    } catch (error) {
      if (!(error instanceof MalformedQueryError)) throw error;
      return errorAnswer(400, [{ errorCode: 'MALFORMED_QUERY', message: error.message }]);
    }
    const outcome = engine.run(parsed, version);
    if ('errors' in outcome) return errorAnswer(outcome.status, outcome.errors);
    return batch(outcome.records, outcome.totalSize, 0, version);
  }

  function batch(records: object[], totalSize: number, start: number, version: string): Answer {
    return { status: 200, body: batchBody(records, totalSize, start, version, options.batchSize) };
  }

  /** One batch of a query's records; the rest wait under a query locator. */
  function batchBody(
    records: object[],
    totalSize: number,
    start: number,
    version: string,
    size: number,
  ): Record<string, unknown> {
    const end = start + size;
    const body: Record<string, unknown> = {
      totalSize,
      done: end >= records.length,
      records: records.slice(start, end),
    };
    if (end < records.length) {
      const locator = `01g${String((cursorCount += 1)).padStart(15, '0')}`;
      cursors.set(locator, { records, totalSize, size });
      body.nextRecordsUrl = `/services/data/v${version}/query/${locator}-${end}`;
    }
    return body;
  }

  /** GET /query/<locator>-<start>: the next batch of an earlier query. */
  function queryMore(locatorAndStart: string, version: string): Answer {
    const match = /^(01g[0-9A-Za-z]+)-(\d+)$/.exec(locatorAndStart);
    const cursor = match?.[1] ? cursors.get(match[1]) : undefined;
    if (!match || !cursor) {
      return errorAnswer(400, [
        { errorCode: 'INVALID_QUERY_LOCATOR', message: 'invalid query locator' },
      ]);
    }
    const start = Number(match[2]);
    return {
      status: 200,
      body: batchBody(cursor.records, cursor.totalSize, start, version, cursor.size),
    };
  }

  /** GET /sobjects/<type>/describe, the part the adapter reads: the field names and types. */
  function describe(sobject: string): Answer {
    const spec = org[sobject];
    if (!spec) return notFound();
    return {
      status: 200,
      body: {
        name: sobject,
        keyPrefix: spec.keyPrefix,
        fields: Object.entries(spec.fields).map(([name, field]) => ({
          name,
          type: field.type,
          label: field.label,
          externalId: field.isExternalId === true,
        })),
      },
    };
  }

  /** Fills the object's auto-number field, as Salesforce does on create. */
  function numbered(sobject: string, spec: ObjectSpec, record: FakeRecord): FakeRecord {
    if (!spec.autoNumber) return record;
    const next = (autoNumbers.get(sobject) ?? 100) + 1;
    autoNumbers.set(sobject, next);
    record[spec.autoNumber.field] = String(next).padStart(spec.autoNumber.digits, '0');
    return record;
  }

  function save(
    sobject: string,
    spec: ObjectSpec,
    values: Record<string, unknown>,
    existing: FakeRecord | undefined,
  ): { errors: SalesforceErrorBody[]; record?: FakeRecord } {
    const { errors, fields } = validateSave(sobject, spec, values, !existing, exists);
    if (errors.length > 0) return { errors };
    if (existing) {
      Object.assign(existing, fields, { LastModifiedDate: formatDateTime(new Date()) });
      return { errors, record: existing };
    }
    const record = numbered(sobject, spec, newRecord(spec, fields));
    recordsOf(sobject).push(record);
    return { errors, record };
  }

  function sobjects(method: string, segments: string[], body: unknown, version: string): Answer {
    const [sobject = '', idOrField, externalValue] = segments.map(decodeURIComponent);
    const spec = org[sobject];
    if (!spec) return notFound();
    const values = body as Record<string, unknown>;

    if (method === 'POST' && idOrField === undefined) {
      if ('Id' in values) {
        return errorAnswer(400, [
          { errorCode: 'INVALID_FIELD', message: 'Unable to create/update fields: Id.' },
        ]);
      }
      const { errors, record } = save(sobject, spec, values, undefined);
      if (!record) return errorAnswer(400, errors);
      return { status: 201, body: { id: record.Id, success: true, errors: [] } };
    }
    if (idOrField === undefined) return notFound();
    if (idOrField === 'describe' && externalValue === undefined && method === 'GET') {
      return describe(sobject);
    }

    if (externalValue === undefined) {
      const record = recordsOf(sobject).find((r) => r.Id === idOrField);
      if (!record) return notFound();
      if (method === 'GET') return { status: 200, body: { ...record } };
      if (method !== 'PATCH') return notFound();
      const { errors } = save(sobject, spec, values, record);
      return errors.length > 0 ? errorAnswer(400, errors) : { status: 204 };
    }

    if (method !== 'PATCH' || !spec.fields[idOrField]?.isExternalId) return notFound();
    if (idOrField in values) {
      return errorAnswer(400, [
        {
          errorCode: 'INVALID_FIELD',
          message: `The ${idOrField} field should not be specified in the sobject data.`,
        },
      ]);
    }
    const matching = recordsOf(sobject).filter((r) => r[idOrField] === externalValue);
    if (matching.length > 1) return { status: 300, body: matching.map((r) => r.Id) };
    const existing = matching[0];
    const { errors, record } = save(
      sobject,
      spec,
      existing ? values : { ...values, [idOrField]: externalValue },
      existing,
    );
    if (!record) return errorAnswer(400, errors);
    if (!existing) {
      return { status: 201, body: { id: record.Id, success: true, errors: [], created: true } };
    }
    // Since API 46.0 an update by upsert answers 200 with a body; before, 204 without.
    if (Number(version) < 46) return { status: 204 };
    return { status: 200, body: { id: record.Id, success: true, errors: [], created: false } };
  }

  /** Adds a record without validation, as if made in Salesforce's UI. */
  function insert(sobject: string, fields: Record<string, unknown>): string {
    const spec = org[sobject];
    if (!spec) throw new Error(`the fake org has no ${sobject}`);
    const record = numbered(sobject, spec, newRecord(spec, fields));
    recordsOf(sobject).push(record);
    return record.Id;
  }

  /** The Id of the first record whose field equals `value`, if any. */
  function find(sobject: string, field: string, value: unknown): string | undefined {
    return recordsOf(sobject).find((record) => record[field] === value)?.Id;
  }

  return {
    find,
    hasObject: (sobject: string) => sobject in org,
    records: recordsOf,
    insert,
    query,
    queryMore,
    sobjects,
  };
}
