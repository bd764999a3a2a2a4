import type { JobPostingLd } from '@/lib/jobs/job-posting';
import { serializeJsonLd } from '@/lib/jobs/job-posting';
import { getNonce } from '@/lib/security/nonce';

/**
 * The job's JobPosting as a JSON-LD data block. Browsers never run it; the nonce is there so
 * that a CSP report never names it. Its text is escaped so no value can end the element.
 */
export async function JobPostingScript({ posting }: { posting: JobPostingLd }) {
  const nonce = await getNonce();
  return (
    <script
      type="application/ld+json"
      nonce={nonce}
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(posting) }}
    />
  );
}
