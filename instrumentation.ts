/**
 * Runs once when the server starts: reads and checks the configuration (a bad one stops
 * start-up with the variable's name), says which backend each port uses, and loads the
 * embedded WordPress so that a broken export file is reported now, naming file and place.
 */
export async function register(): Promise<void> {
  // NEXT_RUNTIME is Next's own marker of the runtime this module was loaded in.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;

  const { ConfigError, describeBackends, getConfig } = await import('@/lib/config');
  const { createLogger, getLogger } = await import('@/lib/log');
  let config;
  try {
    config = getConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // The logger's level comes from the configuration that just failed: use a plain one.
    createLogger('info').fatal({ reason: error.message }, 'portico.config_invalid');
    process.exit(1);
  }
  const logger = getLogger();
  logger.info({ backends: describeBackends(config) }, 'portico.started');

  if (config.content.kind === 'export') {
    const { exportFile } = config.content;
    const { getLocalSchema } = await import('@/lib/wordpress/local/load-schema');
    try {
      await getLocalSchema(exportFile);
    } catch (error) {
      // Keep serving: pages answer with the error page, and fixing the file takes effect
      // without a restart (the watcher rebuilds the schema and revalidates the pages).
      logger.error({ err: (error as Error).message }, 'content.export_unreadable');
    }
    // The positive test lets the bundler drop these Node-only modules from the edge build.
    if (process.env.NEXT_RUNTIME === 'nodejs') {
      const { startEmbeddedEditorial } = await import('@/lib/wordpress/local/start-editorial');
      await startEmbeddedEditorial(exportFile, config.siteUrl);
    }
  }
}
