import type { z } from 'zod';

// A value echoed back into the form is the visitor's own, but an oversized one would bloat
// every answer; past this it is cut (the field's error already says it is too long).
const KEPT_VALUE_MAX = 20_000;

export type ReadResult<T, F extends string> =
  | { success: true; data: T; values: Partial<Record<F, string>> }
  | { success: false; fieldErrors: Partial<Record<F, string>>; values: Partial<Record<F, string>> };

/** What a field sent twice gets: no form of ours sends one, so which value was meant is unknown. */
export const DUPLICATE_FIELD_MESSAGE =
  'This field was sent more than once. Please fill it in once and send the form again.';

/**
 * Reads `fields` from a form post and validates them with `schema`: the data, or one message
 * per invalid field. The text values come back either way, to fill the form again.
 */
export function readForm<S extends z.ZodObject, F extends string & keyof z.infer<S>>(
  schema: S,
  fields: readonly F[],
  formData: FormData,
): ReadResult<z.infer<S>, F> {
  const collected = collect(fields, formData);
  return settle(collected, schema.safeParse(collected.raw));
}

/**
 * readForm for a schema with asynchronous checks (such as reading an uploaded file's bytes);
 * it serves synchronous schemas as well.
 */
export async function readFormAsync<S extends z.ZodObject, F extends string & keyof z.infer<S>>(
  schema: S,
  fields: readonly F[],
  formData: FormData,
): Promise<ReadResult<z.infer<S>, F>> {
  const collected = collect(fields, formData);
  return settle(collected, await schema.safeParseAsync(collected.raw));
}

interface Collected<F extends string> {
  raw: Record<string, FormDataEntryValue | null>;
  values: Partial<Record<F, string>>;
  fieldErrors: Partial<Record<F, string>>;
}

function collect<F extends string>(fields: readonly F[], formData: FormData): Collected<F> {
  const raw: Record<string, FormDataEntryValue | null> = {};
  const values: Partial<Record<F, string>> = {};
  const fieldErrors: Partial<Record<F, string>> = {};
  for (const field of fields) {
    const [value = null, ...others] = formData.getAll(field);
    raw[field] = value;
    if (typeof value === 'string') values[field] = value.slice(0, KEPT_VALUE_MAX);
    if (others.length > 0) fieldErrors[field] = DUPLICATE_FIELD_MESSAGE;
  }
  return { raw, values, fieldErrors };
}

function settle<T, F extends string>(
  { values, fieldErrors }: Collected<F>,
  parsed: z.ZodSafeParseResult<T>,
): ReadResult<T, F> {
  if (parsed.success && Object.keys(fieldErrors).length === 0) {
    return { success: true, data: parsed.data, values };
  }
  if (parsed.success) return { success: false, fieldErrors, values };

  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as F;
    fieldErrors[field] ??= issue.message;
  }
  return { success: false, fieldErrors, values };
}
