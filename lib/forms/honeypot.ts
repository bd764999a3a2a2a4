/**
 * The honeypot: a field people never see (off-screen, hidden from assistive technology, out
 * of the tab order) that form-filling bots fill in. Its name looks like a real field so bots
 * want it; autocomplete is off so browsers leave it empty.
 * @module
 */

import { HONEYPOT_FIELD } from './field-names';

export { HONEYPOT_FIELD } from './field-names';

/** True when the post filled the field no person can see. */
export function isHoneypotFilled(formData: FormData): boolean {
  const value = formData.get(HONEYPOT_FIELD);
  return value !== null && (typeof value !== 'string' || value.trim() !== '');
}
