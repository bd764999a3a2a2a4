/**
 * The fake Salesforce's org: the objects and fields an org set up as the README describes
 * has, and the validation Salesforce applies when a record is saved (required fields,
 * lengths, emails, read-only fields, lookups), answered with Salesforce's error codes.
 */
import { newSalesforceStyleId } from '@/lib/crm/local/record-id';

type FieldType =
  | 'id'
  | 'string'
  | 'email'
  | 'textarea'
  | 'boolean'
  | 'datetime'
  | 'date'
  | 'double'
  | 'currency'
  | 'reference';

interface FieldSpec {
  type: FieldType;
  length?: number;
  isRequired?: boolean;
  isReadOnly?: boolean;
  isExternalId?: boolean;
  /** For lookups, the object they point at. */
  references?: string;
  label: string;
}

export interface ObjectSpec {
  keyPrefix: string;
  fields: Record<string, FieldSpec>;
  defaults: Record<string, unknown>;
  /** An auto-number field Salesforce fills on create, e.g. OrderNumber "00000107". */
  autoNumber?: { field: string; digits: number };
  /** Child relationships for sub-queries, e.g. Order's OrderItems: OrderItem by OrderId. */
  children?: Record<string, { sobject: string; field: string }>;
}

/** A record as the fake stores it: API field names to JSON values. */
export type FakeRecord = Record<string, unknown> & { Id: string };

/** One element of Salesforce's error array. */
export interface SalesforceErrorBody {
  message: string;
  errorCode: string;
  fields?: string[];
}

const common: Record<string, FieldSpec> = {
  Id: { type: 'id', isReadOnly: true, label: 'Record ID' },
  CreatedDate: { type: 'datetime', isReadOnly: true, label: 'Created Date' },
  LastModifiedDate: { type: 'datetime', isReadOnly: true, label: 'Last Modified Date' },
};

/**
 * The org's objects; `externalIdField` is the site's External ID field's API name. With
 * `isMultiCurrency`, Order and OrderItem have CurrencyIsoCode, as in a multi-currency org.
 */
export function describeOrg(
  externalIdField: string,
  isMultiCurrency = false,
): Record<string, ObjectSpec> {
  const submissionId: FieldSpec = {
    type: 'string',
    length: 255,
    isExternalId: true,
    label: 'Portico Submission Id',
  };
  return {
    Lead: {
      keyPrefix: '00Q',
      fields: {
        ...common,
        FirstName: { type: 'string', length: 40, label: 'First Name' },
        LastName: { type: 'string', length: 80, isRequired: true, label: 'Last Name' },
        Email: { type: 'email', length: 80, label: 'Email' },
        Company: { type: 'string', length: 255, isRequired: true, label: 'Company' },
        Phone: { type: 'string', length: 40, label: 'Phone' },
        Description: { type: 'textarea', length: 32_000, label: 'Description' },
        LeadSource: { type: 'string', length: 255, label: 'Lead Source' },
        Status: { type: 'string', length: 255, label: 'Status' },
        HasOptedOutOfEmail: { type: 'boolean', label: 'Email Opt Out' },
        IsConverted: { type: 'boolean', isReadOnly: true, label: 'Converted' },
        [externalIdField]: submissionId,
      },
      defaults: { Status: 'Open - Not Contacted', HasOptedOutOfEmail: false, IsConverted: false },
    },
    Contact: {
      keyPrefix: '003',
      fields: {
        ...common,
        AccountId: { type: 'reference', references: 'Account', label: 'Account ID' },
        FirstName: { type: 'string', length: 40, label: 'First Name' },
        LastName: { type: 'string', length: 80, isRequired: true, label: 'Last Name' },
        Email: { type: 'email', length: 80, label: 'Email' },
        Phone: { type: 'string', length: 40, label: 'Phone' },
        HasOptedOutOfEmail: { type: 'boolean', label: 'Email Opt Out' },
      },
      defaults: { HasOptedOutOfEmail: false },
    },
    ...customerObjects(externalIdField, isMultiCurrency),
    Portico_Newsletter_Consent__c: {
      keyPrefix: 'a0P',
      fields: {
        ...common,
        Name: { type: 'string', isReadOnly: true, label: 'Consent Number' },
        [externalIdField]: submissionId,
        Email__c: { type: 'email', length: 80, isRequired: true, label: 'Email' },
        Consent_Text__c: { type: 'textarea', length: 32_768, label: 'Consent Text' },
        Consent_Version__c: { type: 'string', length: 64, label: 'Consent Version' },
        Given_At__c: { type: 'datetime', label: 'Given At' },
        Lead__c: { type: 'reference', references: 'Lead', label: 'Lead' },
        Contact__c: { type: 'reference', references: 'Contact', label: 'Contact' },
      },
      defaults: {},
    },
  };
}

/** Account, Product2, Order, OrderItem and Case: what a customer portal reads and writes. */
function customerObjects(
  externalIdField: string,
  isMultiCurrency: boolean,
): Record<string, ObjectSpec> {
  const currency: Record<string, FieldSpec> = isMultiCurrency
    ? { CurrencyIsoCode: { type: 'string', length: 3, label: 'Currency ISO Code' } }
    : {};
  return {
    Account: {
      keyPrefix: '001',
      fields: { ...common, Name: { type: 'string', length: 255, isRequired: true, label: 'Name' } },
      defaults: {},
    },
    Product2: {
      keyPrefix: '01t',
      fields: {
        ...common,
        Name: { type: 'string', length: 255, isRequired: true, label: 'Product Name' },
        IsActive: { type: 'boolean', label: 'Active' },
      },
      defaults: { IsActive: true },
    },
    Order: {
      keyPrefix: '801',
      fields: {
        ...common,
        ...currency,
        AccountId: {
          type: 'reference',
          references: 'Account',
          isRequired: true,
          label: 'Account ID',
        },
        BillToContactId: { type: 'reference', references: 'Contact', label: 'Bill To Contact ID' },
        OrderNumber: { type: 'string', isReadOnly: true, label: 'Order Number' },
        EffectiveDate: { type: 'date', isRequired: true, label: 'Order Start Date' },
        Status: { type: 'string', length: 40, isRequired: true, label: 'Status' },
        TotalAmount: { type: 'currency', isReadOnly: true, label: 'Order Amount' },
      },
      defaults: { Status: 'Draft' },
      autoNumber: { field: 'OrderNumber', digits: 8 },
      children: { OrderItems: { sobject: 'OrderItem', field: 'OrderId' } },
    },
    OrderItem: {
      keyPrefix: '802',
      fields: {
        ...common,
        ...currency,
        OrderId: { type: 'reference', references: 'Order', isRequired: true, label: 'Order ID' },
        Product2Id: { type: 'reference', references: 'Product2', label: 'Product ID' },
        OrderItemNumber: { type: 'string', isReadOnly: true, label: 'Order Product Number' },
        Quantity: { type: 'double', isRequired: true, label: 'Quantity' },
        UnitPrice: { type: 'currency', isRequired: true, label: 'Unit Price' },
        TotalPrice: { type: 'currency', isReadOnly: true, label: 'Total Price' },
      },
      defaults: {},
      autoNumber: { field: 'OrderItemNumber', digits: 10 },
    },
    Case: {
      keyPrefix: '500',
      fields: {
        ...common,
        CaseNumber: { type: 'string', isReadOnly: true, label: 'Case Number' },
        ContactId: { type: 'reference', references: 'Contact', label: 'Contact ID' },
        Subject: { type: 'string', length: 255, label: 'Subject' },
        Origin: { type: 'string', length: 40, label: 'Case Origin' },
        Status: { type: 'string', length: 40, label: 'Status' },
        Description: { type: 'textarea', length: 32_000, label: 'Description' },
        [externalIdField]: {
          type: 'string',
          length: 255,
          isExternalId: true,
          label: 'Portico Submission Id',
        },
      },
      defaults: { Status: 'New' },
      autoNumber: { field: 'CaseNumber', digits: 8 },
    },
  };
}

/** Salesforce's datetime format in JSON answers, e.g. 2026-03-14T09:30:00.000+0000. */
export function formatDateTime(date: Date): string {
  return date.toISOString().replace('Z', '+0000');
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/**
 * Checks `values` for a save (`isCreate`: required fields too), as Salesforce would, and
 * answers the field values to store, or Salesforce's errors.
 */
export function validateSave(
  sobject: string,
  spec: ObjectSpec,
  values: Record<string, unknown>,
  isCreate: boolean,
  exists: (type: string, id: string) => boolean,
): { errors: SalesforceErrorBody[]; fields: Record<string, unknown> } {
  const errors: SalesforceErrorBody[] = [];
  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const field = spec.fields[name];
    if (!field) {
      errors.push({
        message: `No such column '${name}' on sobject of type ${sobject}`,
        errorCode: 'INVALID_FIELD',
        fields: [],
      });
      continue;
    }
    if (field.isReadOnly) {
      errors.push({
        message: `Unable to create/update fields: ${name}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
        errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
        fields: [name],
      });
      continue;
    }
    const problem = checkValue(name, field, value, exists);
    if (problem) errors.push(problem);
    else fields[name] = normalise(field, value);
  }
  if (isCreate) {
    const missing = Object.entries(spec.fields)
      .filter(([name, field]) => field.isRequired && isBlank(values[name]))
      .map(([name]) => name);
    if (missing.length > 0) {
      errors.push({
        message: `Required fields are missing: [${missing.join(', ')}]`,
        errorCode: 'REQUIRED_FIELD_MISSING',
        fields: missing,
      });
    }
  }
  return { errors, fields };
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value === '');
}

function checkValue(
  name: string,
  field: FieldSpec,
  value: unknown,
  exists: (type: string, id: string) => boolean,
): SalesforceErrorBody | undefined {
  if (value === null) return undefined;
  if (field.type === 'boolean') {
    if (typeof value === 'boolean') return undefined;
    return jsonError(`Cannot deserialize instance of boolean from ${typeof value} value`);
  }
  if (field.type === 'double' || field.type === 'currency') {
    if (typeof value === 'number' && Number.isFinite(value)) return undefined;
    return jsonError(`Cannot deserialize instance of double from ${typeof value} value`);
  }
  if (typeof value !== 'string') {
    return jsonError(`Cannot deserialize instance of string from ${typeof value} value`);
  }
  if (field.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return jsonError(`Cannot deserialize instance of date from VALUE_STRING value ${value}`);
  }
  if (field.length !== undefined && value.length > field.length) {
    return {
      message: `${field.label}: data value too large: ${value} (max length=${field.length})`,
      errorCode: 'STRING_TOO_LONG',
      fields: [name],
    };
  }
  if (field.type === 'email' && value !== '' && !EMAIL.test(value)) {
    return {
      message: `${field.label}: invalid email address: ${value}`,
      errorCode: 'INVALID_EMAIL_ADDRESS',
      fields: [name],
    };
  }
  if (field.type === 'datetime' && Number.isNaN(Date.parse(value))) {
    return jsonError(`Cannot deserialize instance of datetime from VALUE_STRING value ${value}`);
  }
  if (field.type === 'reference' && !exists(field.references ?? '', value)) {
    return {
      message: `${field.label}: id value of incorrect type: ${value}`,
      errorCode: 'FIELD_INTEGRITY_EXCEPTION',
      fields: [name],
    };
  }
  return undefined;
}

function jsonError(message: string): SalesforceErrorBody {
  return { message, errorCode: 'JSON_PARSER_ERROR' };
}

function normalise(field: FieldSpec, value: unknown): unknown {
  if (field.type === 'datetime' && typeof value === 'string') {
    return formatDateTime(new Date(value));
  }
  if (value === '') return null;
  return value;
}

/** A new record's system fields and defaults. */
export function newRecord(spec: ObjectSpec, fields: Record<string, unknown>): FakeRecord {
  const now = formatDateTime(new Date());
  const record: FakeRecord = {
    ...spec.defaults,
    ...fields,
    Id: newSalesforceStyleId(spec.keyPrefix),
    CreatedDate: now,
    LastModifiedDate: now,
  };
  if (spec.fields.Name?.isReadOnly) record.Name = `C-${record.Id.slice(-6)}`;
  return record;
}
