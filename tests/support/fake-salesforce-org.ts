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
import { matchesWhere, MalformedQueryError, parseSoql } from './fake-salesforce-soql';

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

/** An org holding Lead, Contact and the consent object; `externalIdField` as configured. */
export function createFakeOrg(externalIdField: string) {
  const org = describeOrg(externalIdField);
  const store = new Map<string, FakeRecord[]>(Object.keys(org).map((name) => [name, []]));
  const recordsOf = (sobject: string): FakeRecord[] => store.get(sobject) ?? [];
  const exists = (sobject: string, id: string) => recordsOf(sobject).some((r) => r.Id === id);

  function query(soql: string, version: string): Answer {
    let parsed;
    try {
      parsed = parseSoql(soql);
    } catch (error) {
      if (!(error instanceof MalformedQueryError)) throw error;
      return errorAnswer(400, [{ errorCode: 'MALFORMED_QUERY', message: error.message }]);
    }
    const spec = org[parsed.sobject];
    if (!spec) {
      return errorAnswer(400, [
        {
          errorCode: 'INVALID_TYPE',
          message: `sObject type '${parsed.sobject}' is not supported.`,
        },
      ]);
    }
    const named = [...parsed.fields, ...parsed.where.map((c) => c.field)];
    if (parsed.orderBy) named.push(parsed.orderBy.field);
    const unknown = named.find((field) => !spec.fields[field]);
    if (unknown) {
      return errorAnswer(400, [
        {
          errorCode: 'INVALID_FIELD',
          message: `No such column '${unknown}' on entity '${parsed.sobject}'.`,
        },
      ]);
    }
    let rows = recordsOf(parsed.sobject).filter((record) => matchesWhere(record, parsed.where));
    const { orderBy } = parsed;
    if (orderBy) {
      rows = [...rows].sort((a, b) => {
        const order = String(a[orderBy.field] ?? '').localeCompare(String(b[orderBy.field] ?? ''));
        return orderBy.descending ? -order : order;
      });
    }
    if (parsed.limit !== undefined) rows = rows.slice(0, parsed.limit);
    return {
      status: 200,
      body: {
        totalSize: rows.length,
        done: true,
        records: rows.map((record) => ({
          attributes: {
            type: parsed.sobject,
            url: `/services/data/v${version}/sobjects/${parsed.sobject}/${record.Id}`,
          },
          ...Object.fromEntries(parsed.fields.map((field) => [field, record[field] ?? null])),
        })),
      },
    };
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
    const record = newRecord(spec, fields);
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
    const record = newRecord(spec, fields);
    recordsOf(sobject).push(record);
    return record.Id;
  }

  return {
    hasObject: (sobject: string) => sobject in org,
    records: recordsOf,
    insert,
    query,
    sobjects,
  };
}
