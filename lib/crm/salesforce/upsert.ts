import { CrmError } from '@/lib/crm/port';
import type { SalesforceSession } from '@/lib/crm/salesforce/session';
import { soql, soqlIdentifier } from '@/lib/crm/soql';

interface UpsertResult {
  id?: string;
  created?: boolean;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
/** Lets an "alert" duplicate rule save anyway; a web submission must not be lost to a warning. */
const SAVE_DESPITE_DUPLICATES = { 'Sforce-Duplicate-Rule-Header': 'allowSave=true' };

/**
 * PATCH /sobjects/<type>/<External ID field>/<submission id>: creates the record, or
 * updates the one an earlier delivery made. Answers its Id.
 */
export async function upsertBySubmissionId(
  session: SalesforceSession,
  externalIdField: string,
  sobject: string,
  submissionId: string,
  fields: object,
): Promise<string> {
  const result = await session.request<UpsertResult | undefined>(
    {
      method: 'PATCH',
      url: `/sobjects/${sobject}/${externalIdField}/${encodeURIComponent(submissionId)}`,
      body: JSON.stringify(fields),
      headers: { ...JSON_HEADERS, ...SAVE_DESPITE_DUPLICATES },
    },
    `upsert ${sobject}`,
  );
  if (result?.id) return result.id;

  // Before API 46.0 an update by upsert answered 204 without the Id.
  const [found] = await session.query<{ Id: string }>(
    soql`SELECT Id FROM ${soqlIdentifier(sobject)} WHERE ${soqlIdentifier(externalIdField)} = ${submissionId} LIMIT 1`,
    `find ${sobject}`,
  );
  if (!found) {
    throw new CrmError('NOT_FOUND', `Salesforce upsert ${sobject}: no record afterwards`, {
      retryable: true,
    });
  }
  return found.Id;
}
