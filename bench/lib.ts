// Shared timing for the benchmarks: run a function over many inputs and report wall-clock and
// CPU percentiles, each beside a baseline measured in the same run. The baseline is timed in
// alternation with the measured code (one baseline sample before each measured sample), so both
// see the same machine: on two cores shared by several engineers absolute figures move with the
// load, ratios to the baseline much less.
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import seedrandom from "seedrandom";

export interface SectionResult {
  name: string;
  n: number;
  p50: number;
  p99: number;
  max: number;
  cpuP99: number;
  /** The baseline's wall p50/p99 over the samples interleaved with this section's. */
  baseP50: number;
  baseP99: number;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** A problem-shaped JSON payload (prompt, 3×3 data, answer, solution steps): about 1.5 kB. */
function payload(A: number[][]): string {
  const tex = `\\begin{bmatrix} ${A.map((r) => r.join(" & ")).join(" \\\\ ")} \\end{bmatrix}`;
  return JSON.stringify({
    skill: "baseline", seed: A[0][0], level: 1, version: 1,
    prompt: `Find the product $AB$ for $A = ${tex}$ and $B = A^\\top$. Give it as \`[[a, b, c], [d, e, f], [g, h, i]]\`.`,
    data: { A, B: A[0].map((_, j) => A.map((r) => r[j])) },
    expects: "matrix",
    answer: { text: JSON.stringify(A), latex: tex, numeric: A },
    solution: A.map((r, i) => `Row ${i + 1} of $A$ is $(${r.join(", ")})$; take its dot product with each column of $B$: $${tex}$.`),
    hints: ["Entry $(i, j)$ of $AB$ is row $i$ of $A$ dotted with column $j$ of $B$."],
  });
}

/**
 * The baseline: what every generator does at the least — seed a PRNG from a string, draw nine
 * small integers — then serialise and re-read a problem-sized JSON payload. No project code, so
 * it stays the same work as the code under test changes.
 */
export function baselineWork(i: number): number {
  const rand = seedrandom(`baseline:${i}:1`);
  const A = [0, 1, 2].map(() => [0, 1, 2].map(() => Math.floor(rand() * 19) - 9));
  return (JSON.parse(payload(A)) as { data: { A: number[][] } }).data.A[2][2];
}

/** Interleaved timing of `fn` and the baseline; `fn` may return a value, kept from dead-code removal. */
export class Timer {
  readonly wall: number[] = [];
  readonly cpu: number[] = [];
  readonly base: number[] = [];
  /** Sum of the baseline results, so the JIT cannot drop the baseline work. */
  sink = 0;

  time<T>(i: number, fn: () => T): T {
    const b0 = performance.now();
    this.sink += baselineWork(i);
    this.base.push(performance.now() - b0);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const out = fn();
    const t1 = performance.now();
    const c = process.cpuUsage(c0);
    this.wall.push(t1 - t0);
    this.cpu.push((c.user + c.system) / 1000);
    return out;
  }

  result(name: string): SectionResult {
    const [w, c, b] = [this.wall, this.cpu, this.base].map((xs) => xs.slice().sort((x, y) => x - y));
    return {
      name, n: w.length, p50: percentile(w, 50), p99: percentile(w, 99), max: w[w.length - 1],
      cpuP99: percentile(c, 99), baseP50: percentile(b, 50), baseP99: percentile(b, 99),
    };
  }
}

/** Times `fn(i)` for i = 0 … n-1 after a short warm-up; times are in milliseconds. */
export function benchSection(name: string, fn: (i: number) => unknown, n = 10_000): SectionResult {
  for (let i = 0; i < Math.min(500, n); i++) {
    fn(i);
    baselineWork(i);
  }
  const t = new Timer();
  for (let i = 0; i < n; i++) t.time(i, () => fn(i));
  return t.result(name);
}

/** "3.4×": a figure as a multiple of the baseline's figure from the same samples. */
export const ratio = (x: number, base: number): string => `${(x / base).toFixed(x < base ? 2 : 1)}×`;

/** One line on the machine and the baseline, printed above every table. */
export function machineLine(): string {
  const load = loadavg().map((x) => x.toFixed(2)).join(" ");
  return `machine: ${cpus().length} cores, load average ${load}. baseline = seedrandom seed + 9 draws + JSON round trip of a 1.5 kB problem-shaped payload, timed before each sample`;
}

export function printSections(title: string, rows: SectionResult[]): void {
  console.log(`${title} (times in ms; cpu p99 is process CPU time, 1 µs resolution; ×base = multiple of the baseline's p50 / p99 in the same samples)`);
  console.log(`${"kind".padEnd(32)}${["p50", "p99", "max", "cpu p99", "base p50", "base p99", "p50×base", "p99×base"].map((h) => h.padStart(10)).join("")}`);
  for (const r of rows) {
    const cells = [r.p50.toFixed(4), r.p99.toFixed(4), r.max.toFixed(2), r.cpuP99.toFixed(3), r.baseP50.toFixed(4), r.baseP99.toFixed(4), ratio(r.p50, r.baseP50), ratio(r.p99, r.baseP99)];
    console.log(`${r.name.padEnd(32)}${cells.map((c) => c.padStart(10)).join("")}`);
  }
}

/** `--n 20000` on the command line, else the default. */
export function argN(fallback = 10_000): number {
  const i = process.argv.indexOf("--n");
  const n = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
