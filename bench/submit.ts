// `npm run bench:submit`: autocannon against the production build on 127.0.0.1 — a trivial route
// (/api/health) and signed-in learners submitting answers (POST /api/problems/[id]/attempts), in
// the same run, against a fresh embedded Postgres. Then the daily-set timing of bench/simulate.ts.
// Knobs (env): BENCH_LEARNERS (50), BENCH_MORE_PRACTICE (4 rounds of 5), BENCH_PROBLEMS_PER_LEARNER (80,
// topped up with free-practice problems), BENCH_CONNECTIONS (50), BENCH_DURATION (12 s),
// BENCH_CPU_PROF=<dir> (V8 profile of next start; read it with bench/submit-lib/profile-summary.ts).
// Besides req/s and latency it prints the CPU milliseconds per request that next start and Postgres
// spent on each route: on this shared machine that ratio is the one other people's load cannot skew.
// proxy.ts redirects anonymous requests to every non-public path, so /api/health is requested with a
// learner's session cookie too: both routes pass the same proxy; health does no session lookup.
import os from "node:os";
import autocannon, { type Result } from "autocannon";
import { loadCurriculumGraph } from "./simulate-lib/curriculum";
import { benchDailySet } from "./simulate-lib/timing";
import { cpuSeconds } from "./submit-lib/cpu";
import { prepareLearners, type Submission } from "./submit-lib/learners";
import { startBenchServer } from "./submit-lib/server";

const intEnv = (name: string, fallback: number) => {
  const n = Number(process.env[name] ?? fallback);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};
const LEARNERS = intEnv("BENCH_LEARNERS", 50);
const MORE_PRACTICE = intEnv("BENCH_MORE_PRACTICE", 4);
const CONNECTIONS = intEnv("BENCH_CONNECTIONS", 50);
const DURATION = intEnv("BENCH_DURATION", 12);
const PER_LEARNER = intEnv("BENCH_PROBLEMS_PER_LEARNER", 80);

function summary(name: string, r: Result): string {
  return `${name.padEnd(8)} ${r.requests.average.toFixed(0).padStart(6)} req/s   latency p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  max ${r.latency.max} ms   ` +
    `requests ${r.requests.total}  errors ${r.errors}  timeouts ${r.timeouts}  non-2xx ${r.non2xx}`;
}

async function submitRun(baseUrl: string, queue: Submission[]) {
  let next = 0;
  const statuses = new Map<number, number>();
  const result = await autocannon({
    url: baseUrl, connections: CONNECTIONS, duration: DURATION,
    requests: [{
      method: "POST",
      // Every request takes the next issued problem with its own client id; once all are used the
      // queue starts again, and those requests are idempotent replays of recorded attempts.
      setupRequest: (req) => {
        const s = queue[next++ % queue.length];
        return { ...req, path: `/api/problems/${s.problemId}/attempts`, body: s.body, headers: { "content-type": "application/json", cookie: s.cookie } };
      },
      onResponse: (status) => void statuses.set(status, (statuses.get(status) ?? 0) + 1),
    }],
  });
  return { result, statuses, sent: next };
}

async function main(): Promise<void> {
  console.log("Starting: build (if stale), embedded Postgres, next start on 127.0.0.1 …");
  const server = await startBenchServer();
  try {
    const t0 = Date.now();
    const queue = await prepareLearners(server.db, server.baseUrl, LEARNERS, MORE_PRACTICE, PER_LEARNER);
    console.log(`${LEARNERS} learners signed in, ${queue.length} problems issued (daily set + ${MORE_PRACTICE}× more practice, topped up to ${PER_LEARNER} each with free practice) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    // Warm-up (not measured): compile both routes' code paths once.
    const first = queue.shift()!;
    const healthHeaders = { cookie: first.cookie };
    await autocannon({ url: `${server.baseUrl}/api/health`, connections: 10, duration: 2, headers: healthHeaders });
    const check = await fetch(`${server.baseUrl}/api/problems/${first.problemId}/attempts`, {
      method: "POST", headers: { "content-type": "application/json", cookie: first.cookie }, body: first.body,
    });
    if (check.status !== 201) throw new Error(`warm-up submission answered HTTP ${check.status}: ${await check.text()}`);

    // autocannon, next start and Postgres share this machine's cores with whatever else runs on it.
    const load = os.loadavg().map((l) => l.toFixed(2)).join(" ");
    console.log(`\nautocannon: ${CONNECTIONS} connections, ${DURATION} s each, 127.0.0.1; ${os.cpus().length} cores, load average ${load}`);
    const cpu0 = cpuSeconds(server.pids);
    const trivial = await autocannon({ url: `${server.baseUrl}/api/health`, connections: CONNECTIONS, duration: DURATION, headers: healthHeaders });
    const cpu1 = cpuSeconds(server.pids);
    const submit = await submitRun(server.baseUrl, queue);
    const cpu2 = cpuSeconds(server.pids);
    const fresh = submit.statuses.get(201) ?? 0;
    const replays = submit.statuses.get(200) ?? 0;
    const attempts = await server.db.attempt.count();

    console.log(summary("trivial", trivial));
    console.log(summary("submit", submit.result));
    console.log(`submit statuses: ${[...submit.statuses].map(([s, n]) => `${s}×${n}`).join(", ")}  ` +
      `(201 = new attempt recorded, 200 = idempotent replay of an already-used client id; ${queue.length} distinct submissions available)`);
    console.log(`attempts in the database: ${attempts} (${fresh} 201s counted + 1 warm-up; requests in flight when autocannon stopped can still commit)`);
    const ratio = submit.result.requests.average / trivial.requests.average;
    const ok = (b: boolean) => (b ? "met" : "NOT met");
    console.log(`ratio submit/trivial throughput: ${(100 * ratio).toFixed(1)} % (target ≥ 50 %: ${ok(ratio >= 0.5)}); ` +
      `submit p99 ${submit.result.latency.p99} ms (target < 150 ms: ${ok(submit.result.latency.p99 < 150)}); ` +
      `errors+non-2xx ${submit.result.errors + submit.result.timeouts + submit.result.non2xx} (target 0: ${ok(submit.result.errors + submit.result.timeouts + submit.result.non2xx === 0)})`);
    // CPU per request of the server and of Postgres: this code's own cost, whatever else runs here.
    const perRequest = (a: Record<string, number>, b: Record<string, number>, r: Result) =>
      Object.fromEntries(Object.keys(a).map((k) => [k, (1000 * (b[k] - a[k])) / Math.max(1, r.requests.total)]));
    const cpuTrivial = perRequest(cpu0, cpu1, trivial);
    const cpuSubmit = perRequest(cpu1, cpu2, submit.result);
    const ms = (x: number) => `${x.toFixed(2)} ms`;
    console.log(`CPU per request: trivial server ${ms(cpuTrivial.server)} + postgres ${ms(cpuTrivial.postgres)}; ` +
      `submit server ${ms(cpuSubmit.server)} + postgres ${ms(cpuSubmit.postgres)}; ` +
      `trivial/submit CPU ratio ${(100 * (cpuTrivial.server + cpuTrivial.postgres) / (cpuSubmit.server + cpuSubmit.postgres)).toFixed(1)} % ` +
      "(the throughput ratio a CPU-bound machine with nothing else running would show, autocannon's own CPU aside)");
    if (replays > 0) console.log(`note: ${replays} of the submit requests were replays (problems ran out); raise BENCH_MORE_PRACTICE for more fresh attempts.`);
  } finally {
    await server.stop();
  }
  // After the server is gone, so the timing does not share the CPU with it.
  benchDailySet(loadCurriculumGraph());
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(`bench:submit: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
