import { ConfigError, describeBackends, getConfig } from '@/lib/config';
import { ensureDataDir } from '@/lib/data-dir';
import { createLogger, getLogger, type Logger } from '@/lib/log';
import { startOutboxWorker } from '@/lib/outbox';
import { startRetentionPurge } from '@/lib/privacy/retention';
import { createDeliveryHandlers } from '@/lib/submissions/handlers';
import { getLocalSchema } from '@/lib/wordpress/local/load-schema';
import { startEmbeddedEditorial } from '@/lib/wordpress/local/start-editorial';

/**
 * What the Node.js server does once at start: reads and checks the configuration (a bad one
 * stops start-up with the variable's name), says which backend each port uses, starts the
 * outbox's delivery worker, and loads the embedded WordPress so that a broken export file is
 * reported now, naming file and place.
 */
export async function startServer(): Promise<void> {
  let config;
  try {
    config = getConfig();
    ensureDataDir(config.dataDir);
  } catch (error) {
    // The logger's level comes from the configuration that just failed: use a plain one.
    stopStartUp(createLogger('info'), error);
  }
  const logger = getLogger();
  logger.info({ backends: describeBackends(config) }, 'portico.started');
  try {
    startOutboxWorker(createDeliveryHandlers());
    startRetentionPurge();
  } catch (error) {
    // A server that cannot keep submissions must not take them.
    stopStartUp(logger, error);
  }
  if (config.content.kind !== 'export') return;

  const { exportFile } = config.content;
  try {
    await getLocalSchema(exportFile);
  } catch (error) {
    // Keep serving: pages answer with the error page, and fixing the file takes effect
    // without a restart (the watcher rebuilds the schema and revalidates the pages).
    logger.error({ err: (error as Error).message }, 'content.export_unreadable');
  }
  await startEmbeddedEditorial(exportFile, config.siteUrl);
}

/**
 * Ends the process: a server whose configuration or local stores are unusable would answer
 * every request with an error page instead of saying once what is wrong.
 */
function stopStartUp(logger: Logger, error: unknown): never {
  if (error instanceof ConfigError) {
    logger.fatal({ reason: error.message }, 'portico.config_invalid');
  } else {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    logger.fatal({ reason: `${name}: ${message}` }, 'portico.start_failed');
  }
  process.exit(1);
}
