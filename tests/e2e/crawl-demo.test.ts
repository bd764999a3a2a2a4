import { describeExportCrawl } from '@/tests/support/crawl-suite';
import { DEMO_EXPORT } from '@/tests/support/fixtures';

// The demo export as a visitor meets it: every published URL, titles, hosts, hidden items,
// the password-protected post, the sitemap and axe on every page.
describeExportCrawl({ name: 'the demo export', exportFile: DEMO_EXPORT });
