/**
 * The custom object that holds newsletter consents in Salesforce, one record per confirmed
 * subscription. The README's CRM section lists how to create it. Its External ID field has
 * the same API name as Lead's (SALESFORCE_EXTERNAL_ID_FIELD) and holds the submission id,
 * which makes a redelivered subscription an update of the same record.
 */
export const CONSENT_OBJECT = 'Portico_Newsletter_Consent__c';

/** Field API names on the consent object. */
export const CONSENT_FIELDS = {
  email: 'Email__c',
  text: 'Consent_Text__c',
  version: 'Consent_Version__c',
  givenAt: 'Given_At__c',
  lead: 'Lead__c',
  contact: 'Contact__c',
} as const;
