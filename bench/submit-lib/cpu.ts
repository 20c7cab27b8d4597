// CPU time used by the benchmark's own server processes (next start and the Postgres cluster), read
// from /proc: on a machine shared with other work, throughput and latency measure the neighbours
// too, while CPU milliseconds per request are this code's own cost.
import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the parenthesised command name: utime, stime, then cutime, cstime (fields 14–17),
    // the last two holding the CPU of children that already ended (a closed Postgres connection).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  } catch {
    return 0; // the process ended between listing and reading
  }
}

function childrenOf(pid: number): number[] {
  const all = readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map(Number);
  const parent = new Map<number, number>();
  for (const p of all) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      parent.set(p, Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [child, ppid] of parent) if (ppid === p) { out.push(child); walk(child); }
  };
  walk(pid);
  return out;
}

/** The postmaster of a cluster (first line of postmaster.pid in its data directory). */
export function postmasterPid(dataDir: string): number | null {
  try {
    return Number(readFileSync(`${dataDir}/postmaster.pid`, "utf8").split("\n")[0]) || null;
  } catch {
    return null;
  }
}

/** CPU seconds so far of each process tree (the root and every descendant alive now). */
export function cpuSeconds(roots: Record<string, number | null>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, pid] of Object.entries(roots)) {
    out[name] = pid ? [pid, ...childrenOf(pid)].reduce((sum, p) => sum + cpuTicks(p), 0) / TICKS_PER_SECOND : 0;
  }
  return out;
}
