/** Next calls this once when a server starts; Portico's start-up runs on Node.js only. */
export async function register(): Promise<void> {
  // NEXT_RUNTIME is Next's own marker of the runtime this module was loaded in; the positive
  // test lets the bundler leave the Node-only start-up out of the edge build.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startServer } = await import('@/lib/startup/start-server');
    await startServer();
  }
}
