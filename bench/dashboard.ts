// `npm run bench:dashboard`: the cohort dashboard against the production build on 127.0.0.1 with a
// 10,000-learner cohort (bench/seed-large.ts, ~2 million attempts) in a fresh embedded Postgres.
// Each view is requested BENCH_DASHBOARD_REQUESTS times (sequentially, then 4 at a time) beside a
// trivial route (/api/health) in the same run, so the ratio survives a busy machine; then both CSV
// exports are downloaded whole, and the EXPLAIN (ANALYZE) of the slowest view's main query printed.
// Knobs (env): BENCH_COHORT_LEARNERS (10000), BENCH_ATTEMPTS_PER_LEARNER (200), BENCH_DASHBOARD_REQUESTS (30).
import os from "node:os";
import type { Db } from "@/lib/server/db";
import { atRiskSql } from "@/lib/server/dashboard/at-risk";
import { explainAnalyze } from "@/lib/server/dashboard/explain";
import { summarySql, windowStart } from "@/lib/server/dashboard/items";
import { memberPageSql } from "@/lib/server/dashboard/members";
import { membersQuery } from "@/lib/server/dashboard/params";
import { seedLargeCohort } from "./seed-large";
import { signIn } from "./submit-lib/learners";
import { startBenchServer } from "./submit-lib/server";

const intEnv = (name: string, fallback: number) => {
  const n = Number(process.env[name] ?? fallback);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};
const LEARNERS = intEnv("BENCH_COHORT_LEARNERS", 10_000);
const PER_LEARNER = intEnv("BENCH_ATTEMPTS_PER_LEARNER", 200);
const REQUESTS = intEnv("BENCH_DASHBOARD_REQUESTS", 30);

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

async function timeOne(url: string, cookie: string): Promise<number> {
  const t0 = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered HTTP ${response.status}`);
  return performance.now() - t0;
}

/**
 * The first request (cold: compiles the route and fills the cohort-wide snapshots), then `n`
 * requests one after another and `n` more from 4 concurrent clients; p50/p95/max of each.
 */
async function measure(url: string, cookie: string, n: number) {
  const first = await timeOne(url, cookie);
  const sequential: number[] = [];
  for (let i = 0; i < n; i++) sequential.push(await timeOne(url, cookie));
  const concurrent: number[] = [];
  let left = n;
  await Promise.all(Array.from({ length: 4 }, async () => {
    while (left-- > 0) concurrent.push(await timeOne(url, cookie));
  }));
  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return { p50: quantile(s, 0.5), p95: quantile(s, 0.95), max: s[s.length - 1] };
  };
  return { first, sequential: stats(sequential), concurrent: stats(concurrent) };
}

/** Downloads a CSV through the stream, counting rows and the time to the first and last byte. */
async function download(url: string, cookie: string) {
  const t0 = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  if (response.status !== 200 || !response.body) throw new Error(`${url} answered HTTP ${response.status}`);
  let firstByte = 0;
  let bytes = 0;
  let rows = 0;
  const decoder = new TextDecoder();
  for await (const chunk of response.body) {
    if (!firstByte) firstByte = performance.now() - t0;
    bytes += chunk.byteLength;
    rows += (decoder.decode(chunk, { stream: true }).match(/\r\n/g) ?? []).length;
  }
  return { firstByte, total: performance.now() - t0, bytes, rows: rows - 1 };
}

/** The main query behind a view, for EXPLAIN (ANALYZE); views without one of their own fall back to at-risk. */
function explainSlowest(db: Db, view: string, cohortId: string, now: Date): Promise<string> {
  if (view.startsWith("item analysis")) return explainAnalyze(db, summarySql(cohortId, windowStart("30", now), now));
  if (view.startsWith("members sorted by")) {
    const sort = view.endsWith("mastery") ? "mastery" : "overdue";
    return explainAnalyze(db, memberPageSql(cohortId, membersQuery.parse({ sort, dir: "desc" }), now));
  }
  return explainAnalyze(db, atRiskSql(cohortId, now));
}

const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;

async function main(): Promise<void> {
  console.log("Starting: build (if stale), embedded Postgres, next start on 127.0.0.1 …");
  const server = await startBenchServer();
  try {
    const t0 = Date.now();
    const seeded = await seedLargeCohort((sql, params = []) => server.db.$executeRawUnsafe(sql, ...params), {
      learners: LEARNERS, attemptsPerLearner: PER_LEARNER, now: new Date(), log: () => {},
    });
    console.log(`Seeded ${seeded.learners} learners, ${seeded.attempts} attempts, a skill state per skill each, in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    const cookie = await signIn(server.baseUrl, seeded.instructorEmail, seeded.instructorPassword);
    const base = `${server.baseUrl}/teach/cohorts/${seeded.cohortId}`;
    const views: [string, string][] = [
      ["/api/health (baseline)", `${server.baseUrl}/api/health`],
      ["cohort page (members, by name)", base],
      ["members sorted by mastery", `${base}?sort=mastery&dir=desc`],
      ["members sorted by overdue", `${base}?sort=overdue&dir=desc`],
      ["members searched 'learner 0042'", `${base}?q=Learner%200042`],
      ["heatmap", `${base}/heatmap`],
      ["at-risk", `${base}/at-risk`],
      ["item analysis (30 days)", `${base}/items`],
      ["item analysis + one skill", `${base}/items?skill=la.vectors.modulus`],
      ["charts", `${base}/charts`],
      ["exam results", `${base}/exams`],
      ["learner drill-down", `${base}/learners/sl-u-42`],
    ];
    const load = os.loadavg().map((l) => l.toFixed(2)).join(" ");
    console.log(`\n${REQUESTS} requests per view sequentially, then ${REQUESTS} from 4 concurrent clients; ${os.cpus().length} cores, load average ${load}`);
    let baseline = 0;
    const results: { name: string; p95: number }[] = [];
    for (const [name, url] of views) {
      const r = await measure(url, cookie, REQUESTS);
      if (!baseline) baseline = r.sequential.p95;
      results.push({ name, p95: r.sequential.p95 });
      console.log(`${name.padEnd(34)} sequential p50 ${ms(r.sequential.p50)}  p95 ${ms(r.sequential.p95)}  max ${ms(r.sequential.max)}   ` +
        `4 concurrent p50 ${ms(r.concurrent.p50)}  p95 ${ms(r.concurrent.p95)}   p95/baseline ×${(r.sequential.p95 / baseline).toFixed(1)}   first (cold) ${ms(r.first)}`);
    }
    for (const [name, url] of [["members CSV", `${base}/export/members`], ["attempts CSV (30 days)", `${base}/export/attempts?window=30`], ["attempts CSV (all)", `${base}/export/attempts`]]) {
      const d = await download(url, cookie);
      console.log(`${name.padEnd(34)} ${d.rows} rows, ${(d.bytes / 1e6).toFixed(1)} MB, first byte ${ms(d.firstByte)}, complete ${ms(d.total)}`);
    }
    const slowest = results.slice(1).sort((a, b) => b.p95 - a.p95)[0];
    console.log(`\nSlowest warm view: ${slowest?.name}; EXPLAIN (ANALYZE, BUFFERS) of its main query:`);
    console.log(await explainSlowest(server.db, slowest?.name ?? "", seeded.cohortId, new Date()));
    // The slowest query overall: the per-skill summary behind the item-analysis snapshot (cold path).
    console.log("\nEXPLAIN (ANALYZE, BUFFERS) of the item-analysis summary (30 days), computed for the snapshot:");
    console.log(await explainSlowest(server.db, "item analysis", seeded.cohortId, new Date()));
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:dashboard failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exit(1);
});
