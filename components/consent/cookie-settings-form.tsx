import type { ConsentState } from '@/lib/privacy/consent';
import { CATEGORY_TEXT } from '@/lib/privacy/consent/categories';
import type { ServiceSummary, StoredItem } from '@/lib/privacy/services';

import { CHOICE_BUTTON, SECONDARY_BUTTON } from './button-styles';
import { CategoryFields } from './category-fields';

interface CookieSettingsFormProps {
  state: ConsentState;
  services: readonly ServiceSummary[];
  necessary: readonly StoredItem[];
  isSaved: boolean;
}

/**
 * The settings page's body: the current choice and a plain form to change it, which works
 * without JavaScript (it posts to /api/consent/ and comes back here).
 */
export function CookieSettingsForm({
  state,
  services,
  necessary,
  isSaved,
}: CookieSettingsFormProps) {
  const decidedOn = state.decidedAt
    ? new Date(state.decidedAt * 1000).toISOString().slice(0, 10)
    : null;
  return (
    <section aria-labelledby="cookie-settings-title" className="space-y-6">
      <h1 id="cookie-settings-title" className="text-3xl font-bold">
        Cookie settings
      </h1>
      {isSaved ? (
        <p
          role="status"
          className="rounded-md border-2 border-green-800 p-3 font-semibold text-green-900"
        >
          Your choices are saved.
        </p>
      ) : null}
      <p>
        {decidedOn
          ? `You chose on ${decidedOn}. Allowed now: ${
              state.granted.length > 0
                ? state.granted.map((category) => CATEGORY_TEXT[category].label).join(', ')
                : 'only what is necessary'
            }.`
          : 'You have not made a choice yet, so only what is necessary runs.'}{' '}
        Without JavaScript nothing optional can run on this site at all: videos, maps and statistics
        load only through scripts, after your consent.
      </p>
      <form method="post" action="/api/consent/" className="space-y-4">
        <CategoryFields
          services={services}
          necessary={necessary}
          granted={state.granted}
          isGpcOn={state.isGpcOn}
          idPrefix="consent-page"
        />
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="action" value="custom" className={SECONDARY_BUTTON}>
            Save my choices
          </button>
          <button type="submit" name="action" value="accept-all" className={CHOICE_BUTTON}>
            Accept all
          </button>
          <button type="submit" name="action" value="reject-all" className={CHOICE_BUTTON}>
            Reject all
          </button>
        </div>
      </form>
    </section>
  );
}
