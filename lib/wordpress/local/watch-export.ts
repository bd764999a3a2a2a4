import { unwatchFile, watchFile, type Stats } from 'node:fs';

/** Stops watching. */
export type StopWatching = () => void;

/**
 * Calls `onChange` after the export file changes on disk (a new modification time, a new
 * size, or the file reappearing after an editor's save-by-rename). Polls with stat rather
 * than fs.watch, which misses renames on some systems and platforms; the poll never keeps
 * the process alive. Changes during a running `onChange` coalesce into one more call.
 */
export function watchExportFile(
  file: string,
  onChange: () => Promise<void>,
  intervalMs = 1000,
): StopWatching {
  let running: Promise<void> | null = null;
  let isPending = false;

  const run = (): void => {
    if (running) {
      isPending = true;
      return;
    }
    running = onChange()
      .catch(() => undefined)
      .finally(() => {
        running = null;
        if (isPending) {
          isPending = false;
          run();
        }
      });
  };

  const listener = (current: Stats, previous: Stats): void => {
    if (current.mtimeMs === 0) return;
    if (current.mtimeMs !== previous.mtimeMs || current.size !== previous.size) run();
  };
  watchFile(file, { interval: intervalMs, persistent: false }, listener);
  return () => unwatchFile(file, listener);
}
