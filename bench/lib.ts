// Shared timing for the benchmarks: run a function over many inputs and report wall-clock and
// CPU percentiles (CPU time is robust to other processes on the two shared cores).
export interface SectionResult { name: string; n: number; p50: number; p99: number; max: number; cpuP99: number }

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Times `fn(i)` for i = 0 … n-1 after a short warm-up; times are in milliseconds. */
export function benchSection(name: string, fn: (i: number) => unknown, n = 10_000): SectionResult {
  for (let i = 0; i < Math.min(500, n); i++) fn(i);
  const wall: number[] = new Array(n);
  const cpu: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn(i);
    wall[i] = performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpu[i] = (c.user + c.system) / 1000;
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { name, n, p50: percentile(wall, 50), p99: percentile(wall, 99), max: wall[n - 1], cpuP99: percentile(cpu, 99) };
}

export function printSections(title: string, rows: SectionResult[]): void {
  console.log(`${title} (times in ms; cpu p99 is process CPU time, 1 µs resolution)`);
  console.log(`${"kind".padEnd(32)}${["p50", "p99", "max", "cpu p99"].map((h) => h.padStart(10)).join("")}`);
  for (const r of rows) {
    const cells = [r.p50.toFixed(4), r.p99.toFixed(4), r.max.toFixed(2), r.cpuP99.toFixed(3)];
    console.log(`${r.name.padEnd(32)}${cells.map((c) => c.padStart(10)).join("")}`);
  }
}

/** `--n 20000` on the command line, else the default. */
export function argN(fallback = 10_000): number {
  const i = process.argv.indexOf("--n");
  const n = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
