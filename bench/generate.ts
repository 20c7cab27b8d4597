// `npm run bench:generate [-- <id-prefix>]`: p50/p99 time to generate a problem, and to check
// its own answer, per skill (all levels pooled). Target: generation p99 < 1 ms.
// Wall time includes being descheduled when other processes share the 2 cores, so the CPU time
// of this process (process.cpuUsage, µs resolution) is printed beside it as the steadier figure.
import { performance } from "node:perf_hooks";
import { generators } from "@/exercises/registry";

const SEEDS = 1000;
const prefix = process.argv[2] ?? "";

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const sorted = (xs: number[]) => xs.slice().sort((a, b) => a - b);
const ms = (x: number) => x.toFixed(3).padStart(8);
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

const rows: string[] = [];
let worst = { id: "", wall: 0, cpu: 0 };
for (const g of generators.filter((x) => x.id.startsWith(prefix))) {
  const wall: number[] = [];
  const cpu: number[] = [];
  const chk: number[] = [];
  for (const level of g.levels) for (let seed = 0; seed < 500; seed++) g.check(g.generate(seed, level), g.generate(seed, level).answer.text); // warm-up
  for (const level of g.levels)
    for (let seed = 1; seed <= SEEDS; seed++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const p = g.generate(seed, level);
      const t1 = performance.now();
      const c1 = process.cpuUsage(c0);
      g.check(p, p.answer.text);
      chk.push(performance.now() - t1);
      wall.push(t1 - t0);
      cpu.push(cpuMs(c1));
    }
  const [w, c, k] = [sorted(wall), sorted(cpu), sorted(chk)];
  const row = { wall: quantile(w, 0.99), cpu: quantile(c, 0.99) };
  if (row.cpu > worst.cpu) worst = { id: g.id, ...row };
  rows.push(`${g.id.padEnd(40)}${ms(quantile(w, 0.5))}${ms(row.wall)}${ms(row.cpu)}   ${ms(quantile(k, 0.5))}${ms(quantile(k, 0.99))}${row.cpu >= 1 ? "   over 1 ms" : ""}`);
}

console.log(`${"skill".padEnd(40)} gen p50 gen p99 cpu p99    chk p50 chk p99   (ms; ${SEEDS} seeds per level)`);
console.log(rows.join("\n"));
console.log(`\n${rows.length} skills; slowest generation p99 (CPU): ${worst.id} ${worst.cpu.toFixed(3)} ms (wall ${worst.wall.toFixed(3)} ms)`);
