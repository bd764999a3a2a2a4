import { getSelfOrigin } from '@/lib/config';
import { getLogger } from '@/lib/log';

import { getRevalidateSecret, newEventId, sendWebhook } from '../webhook';
import { getLocalSchema } from './load-schema';
import { watchExportFile, type StopWatching } from './watch-export';

/**
 * Watches the embedded WordPress's export file: on a change it rebuilds the schema and sends
 * this server a signed `content.reloaded` webhook, which revalidates every page. The webhook
 * goes over loopback because Next revalidates only inside a request.
 */
export function watchExportAndRevalidate(exportFile: string): StopWatching {
  const logger = getLogger();
  return watchExportFile(exportFile, async () => {
    const started = Date.now();
    try {
      await getLocalSchema(exportFile);
    } catch (error) {
      logger.error({ err: (error as Error).message }, 'content.export_unreadable');
      return;
    }
    const secret = getRevalidateSecret();
    if (!secret) return;
    const endpoint = `${getSelfOrigin()}/api/revalidate/`;
    try {
      const response = await sendWebhook(
        endpoint,
        { id: newEventId(), event: 'content.reloaded' },
        secret,
      );
      logger.info({ status: response.status, ms: Date.now() - started }, 'content.export_reloaded');
    } catch (error) {
      logger.error({ err: (error as Error).message, endpoint }, 'content.export_reload_failed');
    }
  });
}
