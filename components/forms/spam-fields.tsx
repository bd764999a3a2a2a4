import { HONEYPOT_FIELD, STARTED_AT_FIELD } from '@/lib/forms/field-names';

/**
 * The hidden anti-spam fields: the sealed fill-time start and the honeypot. The honeypot sits
 * off-screen rather than display:none (which some bots skip), is hidden from assistive
 * technology and the tab order, and autocomplete stays off so browsers never fill it.
 */
export function SpamFields({ formId, startedAt }: { formId: string; startedAt: string }) {
  return (
    <>
      <input type="hidden" name={STARTED_AT_FIELD} value={startedAt} />
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={`${formId}-${HONEYPOT_FIELD}`}>Leave this field empty</label>
        <input
          id={`${formId}-${HONEYPOT_FIELD}`}
          type="text"
          name={HONEYPOT_FIELD}
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
    </>
  );
}
