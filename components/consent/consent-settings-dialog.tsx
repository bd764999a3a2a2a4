'use client';

import { useEffect, useRef, type FormEvent } from 'react';

import { normalizeCategories } from '@/lib/privacy/consent/categories';
import type { ServiceSummary, StoredItem } from '@/lib/privacy/services';

import { CHOICE_BUTTON, SECONDARY_BUTTON } from './button-styles';
import { CategoryFields } from './category-fields';
import {
  closeConsentSettings,
  getConsentSnapshot,
  saveConsent,
  type ConsentAction,
} from './consent-store';
import { useConsent } from './use-consent';

interface ConsentSettingsDialogProps {
  services: readonly ServiceSummary[];
  necessary: readonly StoredItem[];
}

/**
 * The choices per category, in a modal dialog: opened by "Choose" in the banner or by
 * "Cookie settings" in the footer, closed by Escape, and focus returns to what opened it.
 */
export function ConsentSettingsDialog({ services, necessary }: ConsentSettingsDialogProps) {
  const { isSettingsOpen, settingsOpenings, granted, isGpcOn, error } = useConsent();
  const dialogRef = useRef<HTMLDialogElement>(null);

  // settingsOpenings is a dependency too: a close and a reopening can reach React in one
  // batch, which leaves isSettingsOpen true before and after while the dialog itself closed.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (isSettingsOpen && !dialog.open) {
      dialog.showModal();
    } else if (!isSettingsOpen && dialog.open) {
      dialog.close();
    }
  }, [isSettingsOpen, settingsOpenings]);

  const finish = () => {
    if (!getConsentSnapshot().isSettingsOpen) return;
    const opener = closeConsentSettings();
    if (opener?.isConnected) opener.focus();
  };

  const save = async (action: ConsentAction, form?: HTMLFormElement) => {
    const chosen = form ? normalizeCategories(new FormData(form).getAll('categories')) : [];
    if (await saveConsent(action, chosen)) finish();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save('custom', event.currentTarget);
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="consent-settings-title"
      onClose={() => {
        // The close event is queued; if the dialog was opened again before it arrived, it is
        // stale.
        if (!dialogRef.current?.open) finish();
      }}
      className="m-auto max-h-[90vh] w-[calc(100%-2rem)] max-w-2xl overflow-y-auto rounded-lg bg-white p-6 text-ink backdrop:bg-black/60"
    >
      {/* A fresh form at each opening: the switches show the choice as it is now. */}
      <form key={settingsOpenings} onSubmit={onSubmit} className="space-y-4">
        <div className="flex items-start justify-between gap-4">
          <h2 id="consent-settings-title" className="text-xl font-bold">
            Cookie settings
          </h2>
          <button
            type="button"
            onClick={() => dialogRef.current?.close()}
            className="inline-flex min-h-11 items-center rounded-md border-2 border-ink px-3 font-semibold"
          >
            Close
          </button>
        </div>
        <p className="text-sm">
          Switch on what may run. Nothing optional runs until you allow it, and you can switch it
          off again here at any time.
        </p>
        <CategoryFields
          services={services}
          necessary={necessary}
          granted={granted}
          isGpcOn={isGpcOn}
          idPrefix="consent-dialog"
        />
        <p role="status" className="text-sm font-semibold text-red-800">
          {error}
        </p>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={SECONDARY_BUTTON}>
            Save my choices
          </button>
          <button type="button" className={CHOICE_BUTTON} onClick={() => void save('accept-all')}>
            Accept all
          </button>
          <button type="button" className={CHOICE_BUTTON} onClick={() => void save('reject-all')}>
            Reject all
          </button>
        </div>
      </form>
    </dialog>
  );
}
