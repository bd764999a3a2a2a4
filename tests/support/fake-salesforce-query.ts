/**
 * The fake Salesforce's query engine: runs a parsed SOQL query over the org's records and
 * answers in Salesforce's shape. Parent fields (`Product2.Name`) come back as nested objects
 * with their own attributes, or null; child sub-queries as `{totalSize, done, records}`, or
 * null without children; `COUNT()` as a totalSize with no records; more rows than a batch
 * holds as a first batch with a nextRecordsUrl.
 */
import type { FakeRecord, ObjectSpec, SalesforceErrorBody } from './fake-salesforce-objects';
import { matchesWhere, type ParsedSoql, type SoqlCondition } from './fake-salesforce-soql';

export interface QuerySource {
  org: Record<string, ObjectSpec>;
  recordsOf(sobject: string): FakeRecord[];
}

type OutputRecord = Record<string, unknown>;

/** A query's rows, or the error Salesforce would answer. */
export type QueryOutcome =
  { totalSize: number; records: OutputRecord[] } | { status: 400; errors: SalesforceErrorBody[] };

/** Salesforce's largest OFFSET. */
const MAX_OFFSET = 2000;
const RECORD_ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;

class QueryError extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
  }
}

interface ParentPath {
  relationship: string;
  referenceField: string;
  sobject: string;
  field: string;
}

function parentPath(source: QuerySource, spec: ObjectSpec, sobject: string, path: string) {
  const [relationship = '', field = ''] = path.split('.');
  const referenceField = relationship.endsWith('__r')
    ? relationship.replace(/__r$/, '__c')
    : `${relationship}Id`;
  const reference = spec.fields[referenceField];
  const target = reference?.references;
  if (reference?.type !== 'reference' || !target) {
    throw new QueryError(
      'INVALID_FIELD',
      `Didn't understand relationship '${relationship}' in field path on entity '${sobject}'.`,
    );
  }
  if (!source.org[target]?.fields[field]) {
    throw new QueryError('INVALID_FIELD', `No such column '${field}' on entity '${target}'.`);
  }
  return { relationship, referenceField, sobject: target, field } satisfies ParentPath;
}

function checkField(source: QuerySource, spec: ObjectSpec, sobject: string, path: string) {
  if (path.includes('.')) return parentPath(source, spec, sobject, path);
  if (!spec.fields[path]) {
    throw new QueryError('INVALID_FIELD', `No such column '${path}' on entity '${sobject}'.`);
  }
  return undefined;
}

/** Salesforce refuses a malformed id compared with an id or lookup field. */
function checkIdLiterals(spec: ObjectSpec, where: SoqlCondition[]) {
  for (const { field, value } of where) {
    const type = spec.fields[field]?.type;
    if (type !== 'id' && type !== 'reference') continue;
    const values = Array.isArray(value) ? value : [value];
    const bad = values.find((v) => typeof v === 'string' && !RECORD_ID.test(v));
    if (typeof bad === 'string') {
      throw new QueryError('INVALID_QUERY_FILTER_OPERATOR', `invalid ID field: ${bad}`);
    }
  }
}

function compareValues(a: unknown, b: unknown, descending: boolean): number {
  // Salesforce puts nulls first when ascending and last when descending.
  if (a === b) return 0;
  if (a === null || a === undefined) return descending ? 1 : -1;
  if (b === null || b === undefined) return descending ? -1 : 1;
  const order =
    typeof a === 'number' && typeof b === 'number'
      ? a - b
      : String(a).toLowerCase() < String(b).toLowerCase()
        ? -1
        : String(a).toLowerCase() > String(b).toLowerCase()
          ? 1
          : 0;
  return descending ? -order : order;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * `childBatch` answers a sub-query's records as Salesforce nests them: the first batch, with
 * a nextRecordsUrl for the rest when there are more than a child batch holds.
 */
export function createQueryEngine(
  source: QuerySource,
  childBatch: (records: OutputRecord[], version: string) => Record<string, unknown>,
) {
  const byId = (sobject: string, id: unknown) =>
    source.recordsOf(sobject).find((record) => record.Id === id);

  /** A field as Salesforce computes it: the roll-up and formula fields included. */
  function valueOf(sobject: string, record: FakeRecord, field: string): unknown {
    if (sobject === 'OrderItem' && field === 'TotalPrice') {
      return round2(Number(record.Quantity ?? 0) * Number(record.UnitPrice ?? 0));
    }
    if (sobject === 'Order' && field === 'TotalAmount') {
      const items = source.recordsOf('OrderItem').filter((item) => item.OrderId === record.Id);
      return round2(
        items.reduce((sum, item) => sum + Number(valueOf('OrderItem', item, 'TotalPrice')), 0),
      );
    }
    return record[field] ?? null;
  }

  function attributes(sobject: string, id: string, version: string) {
    return { type: sobject, url: `/services/data/v${version}/sobjects/${sobject}/${id}` };
  }

  function select(
    query: ParsedSoql,
    sobject: string,
    version: string,
    within?: (record: FakeRecord) => boolean,
  ): { totalSize: number; records: OutputRecord[] } {
    const spec = source.org[sobject];
    if (!spec) {
      throw new QueryError('INVALID_TYPE', `sObject type '${sobject}' is not supported.`);
    }
    const paths = [
      ...query.fields,
      ...query.where.map((condition) => condition.field),
      ...query.orderBy.map((order) => order.field),
    ];
    const parents = new Map<string, ParentPath>();
    for (const path of paths) {
      const parent = checkField(source, spec, sobject, path);
      if (parent) parents.set(path, parent);
    }
    checkIdLiterals(spec, query.where);
    const children = query.subqueries.map((subquery) => {
      const child = spec.children?.[subquery.sobject];
      if (!child) {
        throw new QueryError(
          'INVALID_TYPE',
          `Didn't understand relationship '${subquery.sobject}' in FROM part of query call.`,
        );
      }
      return { name: subquery.sobject, subquery, ...child };
    });
    if (query.offset !== undefined && query.offset > MAX_OFFSET) {
      throw new QueryError(
        'NUMBER_OUTSIDE_VALID_RANGE',
        `Maximum SOQL offset allowed is ${MAX_OFFSET}`,
      );
    }

    const read = (record: FakeRecord, path: string) => {
      const parent = parents.get(path);
      if (!parent) return valueOf(sobject, record, path);
      const target = byId(parent.sobject, record[parent.referenceField]);
      return target ? valueOf(parent.sobject, target, parent.field) : null;
    };
    let rows = source
      .recordsOf(sobject)
      .filter((record) => (within ? within(record) : true))
      .filter((record) => matchesWhere((field) => read(record, field), query.where));
    rows.sort((a, b) => {
      for (const { field, descending } of query.orderBy) {
        const order = compareValues(read(a, field), read(b, field), descending);
        if (order !== 0) return order;
      }
      return 0;
    });
    const totalSize = rows.length;
    if (query.isCount) return { totalSize, records: [] };
    rows = rows.slice(query.offset ?? 0);
    if (query.limit !== undefined) rows = rows.slice(0, query.limit);

    const records = rows.map((record) => {
      const output: OutputRecord = { attributes: attributes(sobject, record.Id, version) };
      for (const path of query.fields) {
        const parent = parents.get(path);
        if (!parent) {
          output[path] = valueOf(sobject, record, path);
          continue;
        }
        const target = byId(parent.sobject, record[parent.referenceField]);
        const nested = output[parent.relationship] as OutputRecord | null | undefined;
        if (!target) output[parent.relationship] = null;
        else {
          output[parent.relationship] = {
            ...(nested ?? { attributes: attributes(parent.sobject, target.Id, version) }),
            [parent.field]: valueOf(parent.sobject, target, parent.field),
          };
        }
      }
      for (const child of children) {
        const result = select(
          child.subquery,
          child.sobject,
          version,
          (item) => item[child.field] === record.Id,
        );
        output[child.name] =
          result.records.length === 0 ? null : childBatch(result.records, version);
      }
      return output;
    });
    return { totalSize: records.length, records };
  }

  /** Runs a parsed top-level query. */
  function run(query: ParsedSoql, version: string): QueryOutcome {
    try {
      return select(query, query.sobject, version);
    } catch (error) {
      if (!(error instanceof QueryError)) throw error;
      return { status: 400, errors: [{ errorCode: error.errorCode, message: error.message }] };
    }
  }

  return { run };
}
