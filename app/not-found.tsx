import { StatusPage } from '@/components/status-page';

export const metadata = { title: 'Page not found', robots: { index: false } };

// Next renders this boundary into every page's payload, so it must not ask WordPress for
// anything: a page costs at most one GraphQL round trip, and a 404 must render when
// WordPress is down.
export default function NotFound() {
  return (
    <StatusPage eyebrow="Error 404" title="Page not found">
      <p>There is nothing at this address. It may have moved, or it was never published.</p>
    </StatusPage>
  );
}
