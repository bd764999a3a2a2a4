import { EventEmitter } from 'node:events';

// Next bundles instrumentation (where the worker starts) and the server actions (which
// enqueue) separately, each with its own copy of this module: the signal lives on globalThis
// so that both copies share it.
const KEY = Symbol.for('portico.outbox.wake');

function getSignal(): EventEmitter {
  const holder = globalThis as typeof globalThis & { [KEY]?: EventEmitter };
  holder[KEY] ??= new EventEmitter().setMaxListeners(0);
  return holder[KEY];
}

/** Tells this process's worker that an item is waiting. */
export function signalEnqueued(): void {
  getSignal().emit('enqueued');
}

/** Calls `listener` on each enqueue in this process; answers the unsubscribe function. */
export function onEnqueued(listener: () => void): () => void {
  const signal = getSignal();
  signal.on('enqueued', listener);
  return () => signal.off('enqueued', listener);
}
