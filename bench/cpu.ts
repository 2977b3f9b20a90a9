/**
 * Where a benchmark's CPU went, on Linux with the database on this machine: the whole machine's busy time
 * (`/proc/stat`), PostgreSQL's processes' (`/proc/<pid>/stat` of every `postgres` process) and this Node
 * process's (`process.cpuUsage`, all its threads). Read before and after a run; the difference is the run's (a process
 * that ended meanwhile — pgbench's connections — is in the machine's figure only).
 * Elsewhere (no `/proc`) the figures are null and nothing is printed.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface CpuSample {
  at: number;
  /** Seconds of CPU, summed over the machine's cores: busy, and PostgreSQL's processes'. */
  machineBusy: number | null;
  postgres: number | null;
  node: number;
}

const TICK = 100; // USER_HZ: clock ticks per second of /proc on Linux

function machineBusySeconds(): number | null {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
    // user nice system idle iowait irq softirq steal …: busy is everything but idle and iowait.
    const busy = cpu.reduce((a, b) => a + b, 0) - (cpu[3] ?? 0) - (cpu[4] ?? 0);
    return busy / TICK;
  } catch {
    return null;
  }
}

function processSeconds(command: string): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      if (stat.slice(stat.indexOf('(') + 1, close) !== command) {
        continue;
      }
      const fields = stat.slice(close + 2).split(' ');
      // After the command: state(0) … utime(11) stime(12).
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / TICK;
}

export function cpuSample(): CpuSample {
  const u = process.cpuUsage();
  return {
    at: performance.now(),
    machineBusy: machineBusySeconds(),
    postgres: processSeconds('postgres'),
    node: (u.user + u.system) / 1e6,
  };
}

/** Milliseconds of CPU per operation between two samples, and the machine's busy cores. */
export function cpuPerOperation(a: CpuSample, b: CpuSample, operations: number) {
  const per = (x: number | null, y: number | null) => (x === null || y === null ? null : ((y - x) * 1000) / operations);
  const busy = per(a.machineBusy, b.machineBusy);
  const postgres = per(a.postgres, b.postgres);
  return {
    busyCores: a.machineBusy === null || b.machineBusy === null ? null : (b.machineBusy - a.machineBusy) / ((b.at - a.at) / 1000),
    machine: busy,
    postgres,
    node: per(a.node, b.node),
  };
}

export const ms = (x: number | null) => (x === null ? '?' : x.toFixed(2));
