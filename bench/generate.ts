// `npm run bench:generate [-- <id-prefix>]`: p50/p99 time to generate a problem, and to check
// its own answer, per skill (all levels pooled). Target: generation p99 < 1 ms.
import { performance } from "node:perf_hooks";
import { generators } from "@/exercises/registry";

const SEEDS = 1000;
const prefix = process.argv[2] ?? "";

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const ms = (x: number) => x.toFixed(3).padStart(7);

const rows: string[] = [];
let worst = { id: "", p99: 0 };
for (const g of generators.filter((x) => x.id.startsWith(prefix))) {
  const gen: number[] = [];
  const chk: number[] = [];
  for (const level of g.levels) for (let seed = 0; seed < 500; seed++) g.check(g.generate(seed, level), g.generate(seed, level).answer.text); // warm-up
  for (const level of g.levels)
    for (let seed = 1; seed <= SEEDS; seed++) {
      const t0 = performance.now();
      const p = g.generate(seed, level);
      const t1 = performance.now();
      g.check(p, p.answer.text);
      const t2 = performance.now();
      gen.push(t1 - t0);
      chk.push(t2 - t1);
    }
  gen.sort((a, b) => a - b);
  chk.sort((a, b) => a - b);
  const p99 = quantile(gen, 0.99);
  if (p99 > worst.p99) worst = { id: g.id, p99 };
  rows.push(`${g.id.padEnd(40)} ${ms(quantile(gen, 0.5))} ${ms(p99)}   ${ms(quantile(chk, 0.5))} ${ms(quantile(chk, 0.99))}${p99 >= 1 ? "   over 1 ms" : ""}`);
}

console.log(`${"skill".padEnd(40)} gen p50 gen p99   chk p50 chk p99   (ms, ${SEEDS} seeds per level)`);
console.log(rows.join("\n"));
console.log(`\n${rows.length} skills; slowest generation p99: ${worst.id} ${worst.p99.toFixed(3)} ms`);
