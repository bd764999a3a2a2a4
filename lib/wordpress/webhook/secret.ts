import { getConfig } from '@/lib/config';
import { readOrCreateSecret } from '@/lib/secret';

const SECRET_FILE = 'revalidate-secret';

/**
 * The webhook's HMAC key: REVALIDATE_SECRET, or with the embedded WordPress one generated into
 * the data directory (the export watcher signs with it). Undefined: webhooks are switched off.
 */
export function getRevalidateSecret(): string | undefined {
  const { editorial, content, dataDir } = getConfig();
  if (editorial.revalidateSecret) return editorial.revalidateSecret;
  return content.kind === 'export' ? readOrCreateSecret(dataDir, SECRET_FILE) : undefined;
}
