/**
 * Resident memory of a process and all its descendants, read from Linux's /proc.
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';

/** One process's memory, in kibibytes as /proc reports it. */
export interface ProcessMemory {
  pid: number;
  command: string;
  rssKb: number;
  peakRssKb: number;
}

/** The parent pid from the text of /proc/<pid>/stat, whose command may hold spaces or ')'. */
export function parseParentPid(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number.parseInt(fields[1] ?? '', 10);
}

/** A `Name:  123 kB` field of /proc/<pid>/status, in kB, or 0 when absent. */
export function readStatusKb(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
  return match?.[1] ? Number.parseInt(match[1], 10) : 0;
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOrNull(`/proc/${entry}/stat`);
    if (stat === null) continue;
    const parent = parseParentPid(stat);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  return children;
}

/** `rootPid` and every descendant still alive, with their current and peak RSS. */
export function readProcessTreeMemory(rootPid: number): ProcessMemory[] {
  const children = childrenByParent();
  const found: ProcessMemory[] = [];
  const queue = [rootPid];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    const status = readOrNull(`/proc/${pid}/status`);
    if (status === null) continue;
    const command = (readOrNull(`/proc/${pid}/cmdline`) ?? '').split('\0').join(' ').trim();
    found.push({
      pid,
      command,
      rssKb: readStatusKb(status, 'VmRSS'),
      peakRssKb: readStatusKb(status, 'VmHWM'),
    });
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}
