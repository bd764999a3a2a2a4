/**
 * Shares one pending promise among callers asking for the same key at the same time, so a
 * burst of requests for an uncached page costs WordPress one query, not one per request.
 */
export function createSingleFlight<T>(): (key: string, load: () => Promise<T>) => Promise<T> {
  const pending = new Map<string, Promise<T>>();
  return (key, load) => {
    const running = pending.get(key);
    if (running) return running;
    const started = load().finally(() => pending.delete(key));
    pending.set(key, started);
    return started;
  };
}
