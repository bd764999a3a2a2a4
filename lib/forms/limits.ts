/**
 * The longest value each form field accepts, in characters (UTF-16 code units, as
 * maxLength). Kept apart from the schemas so the forms' client code can read them without
 * shipping zod, whose start-up probe for `Function` the Content-Security-Policy reports.
 *
 * The CRM sets them: Salesforce refuses a Lead whose FirstName passes 40 characters, LastName
 * or Email 80 (lib/crm/lead-fields.ts), and a submission the form accepted must never be
 * turned away later. So an address may be a valid 254 characters (lib/forms/email.ts) and
 * still too long for these forms.
 */
export const LIMITS = {
  name: 80,
  firstName: 40,
  email: 80,
  company: 100,
  phone: 40,
  message: 5000,
} as const;
