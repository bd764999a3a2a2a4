/**
 * `npm run outbox`: the operator's view of the outbox and the way to retry or drop dead
 * letters. It prints ids, kinds, counts, ages and error codes, never a payload.
 * @module
 */
import type { OutboxStore } from '@/lib/outbox/store';
import { readOutboxStatus, type OutboxStatus } from '@/lib/outbox/status';

export const OUTBOX_USAGE = `usage: npm run outbox -- <command>
  status                 counts per kind and state, oldest pending age, dead letters
  retry <id>|--all-dead  put dead letters back in the queue with a fresh retry budget
  drop <id>|--all-dead   give up on items (pending or dead) and erase their payload`;

/** "3d 4h", "12m 5s", "800ms". */
export function formatAge(ms: number): string {
  const units: Array<[string, number]> = [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1_000],
  ];
  const parts: string[] = [];
  let rest = Math.max(0, Math.floor(ms));
  for (const [unit, size] of units) {
    if (rest >= size || parts.length > 0) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
    if (parts.length === 2) break;
  }
  return parts.length > 0 ? parts.join(' ') : `${rest}ms`;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd(),
  );
}

/** The status as text for a terminal. */
export function formatStatus(status: OutboxStatus): string {
  const lines: string[] = [];
  if (status.counts.length === 0) lines.push('The outbox is empty.');
  else
    lines.push(
      ...table([
        ['kind', 'state', 'count'],
        ...status.counts.map((c) => [c.kind, c.state, String(c.count)]),
      ]),
    );
  lines.push('');
  lines.push(
    status.oldestPendingAgeMs === undefined
      ? 'Nothing is waiting for delivery.'
      : `Oldest pending item: ${formatAge(status.oldestPendingAgeMs)} old.`,
  );
  if (status.retrying.length > 0) {
    const codes = status.retrying.map((entry) => `${entry.code} (${entry.count})`).join(', ');
    lines.push(`Retrying after: ${codes}.`);
  }
  lines.push('');
  if (status.deadLetters.length === 0) {
    lines.push('No dead letters.');
  } else {
    lines.push(`Dead letters (${status.deadLetters.length}):`);
    lines.push(
      ...table([
        ['id', 'kind', 'age', 'attempts', 'code', 'reason'],
        ...status.deadLetters.map((d) => [
          d.id,
          d.kind,
          formatAge(d.ageMs),
          String(d.attempts),
          d.code,
          d.reason,
        ]),
      ]),
    );
  }
  return `${lines.join('\n')}\n`;
}

export interface CommandResult {
  output: string;
  exitCode: number;
}

/** Runs one command (`argv` without the program name) on `store` at time `now`. */
export function runOutboxCommand(argv: string[], store: OutboxStore, now: number): CommandResult {
  const [command, target, ...extra] = argv;
  if (command === 'status' || command === undefined) {
    return { output: formatStatus(readOutboxStatus(store.db, now)), exitCode: 0 };
  }
  if ((command === 'retry' || command === 'drop') && target && extra.length === 0) {
    const isAll = target === '--all-dead';
    if (command === 'retry') {
      const count = isAll ? store.retryAllDead(now) : Number(store.retry(target, now));
      if (!isAll && count === 0)
        return { output: `No dead letter with id ${target}.\n`, exitCode: 1 };
      return { output: `Queued ${count} dead letter(s) for delivery.\n`, exitCode: 0 };
    }
    const count = isAll ? store.dropAllDead(now) : Number(store.drop(target, now));
    if (!isAll && count === 0)
      return { output: `No pending item or dead letter with id ${target}.\n`, exitCode: 1 };
    if (count > 0) store.checkpoint();
    return { output: `Dropped ${count} item(s); their payloads are erased.\n`, exitCode: 0 };
  }
  return { output: `${OUTBOX_USAGE}\n`, exitCode: 2 };
}
