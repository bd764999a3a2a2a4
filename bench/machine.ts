/**
 * The conditions of a bench run: hardware, versions, and how busy the machine was.
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';

/** What the machine was when the bench ran. */
export interface MachineConditions {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryTotalMb: number;
  memoryAvailableMb: number;
  node: string;
  next: string;
  autocannon: string;
  /** 1, 5 and 15-minute load averages. */
  loadAverage: [number, number, number];
}

function readMeminfoMb(field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(
    readFileSync('/proc/meminfo', 'utf8'),
  );
  return match?.[1] ? Math.round(Number.parseInt(match[1], 10) / 1024) : Number.NaN;
}

function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  return (require(`${name}/package.json`) as { version: string }).version;
}

/** The 1, 5 and 15-minute load averages. */
export function readLoadAverage(): [number, number, number] {
  const [one = 0, five = 0, fifteen = 0] = os.loadavg();
  return [one, five, fifteen];
}

/** Reads the machine's conditions now. */
export function readMachineConditions(): MachineConditions {
  const cpuModel = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1];
  return {
    date: new Date().toISOString(),
    cpus: os.availableParallelism(),
    cpuModel: cpuModel ?? os.cpus()[0]?.model ?? 'unknown',
    memoryTotalMb: readMeminfoMb('MemTotal'),
    memoryAvailableMb: readMeminfoMb('MemAvailable'),
    node: process.version,
    next: packageVersion('next'),
    autocannon: packageVersion('autocannon'),
    loadAverage: readLoadAverage(),
  };
}
