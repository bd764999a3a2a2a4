'use client';

import { StatusPage } from '@/components/status-page';

// Shown when a page cannot be rendered, typically because WordPress did not answer and the
// page was not cached yet.
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <StatusPage
      title="This page is not available right now"
      actions={
        <button type="button" onClick={reset} className="underline">
          Try again
        </button>
      }
    >
      <p>
        The content could not be loaded. It is probably a short interruption; please try again in a
        minute.
      </p>
    </StatusPage>
  );
}
