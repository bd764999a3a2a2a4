import { percentile } from './percentile';

/** One phase of a form benchmark: how many were accepted, how fast, and the latencies. */
export interface PhaseResult {
  name: string;
  accepted: number;
  refused: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/**
 * Runs `clients` clients for `seconds`, each sending again as soon as its answer is in (a
 * closed loop, as people submitting forms do). `prepare(client)` builds one request and
 * answers the call to time, which says whether the server accepted it; building is not timed.
 */
export async function runClosedLoop(
  name: string,
  { clients, seconds }: { clients: number; seconds: number },
  prepare: (client: number) => () => Promise<boolean>,
): Promise<PhaseResult> {
  const latencies: number[] = [];
  let refused = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < deadline) {
        const send = prepare(client);
        const before = performance.now();
        const accepted = await send();
        latencies.push(performance.now() - before);
        if (!accepted) refused += 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name,
    accepted: latencies.length - refused,
    refused,
    perSecond: (latencies.length - refused) / elapsed,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies.at(-1) ?? Number.NaN,
  };
}
