// `npm run bench:exam-start`: BENCH_EXAM_LEARNERS (250) eligible learners start their course exam
// at the same moment against the production build on 127.0.0.1 (fresh embedded Postgres). Time to
// first question = POST /api/exams/attempts (start; the reply already carries the prompts) plus the
// first GET /api/exams/attempts/[id] the page would make; p50/p99 printed beside a same-run baseline:
// the same number of concurrent requests to the trivial /api/health route. Target: p99 < 2 s.
// Also printed: server and Postgres CPU ms per learner (from /proc), the figure a busy machine does not distort.
// BENCH_CPU_PROF=<dir> profiles the server (bench/submit-lib/server.ts); summarise the burst with
// `tsx bench/submit-lib/profile-summary.ts <file> 40 12`.
import os from "node:os";
import { performance } from "node:perf_hooks";
import { randomBytes } from "node:crypto";
import { curriculum } from "@/exercises/curriculum";
import { newMemory } from "@/lib/scheduling";
import type { Db } from "@/lib/server/db";
import { enrol } from "@/lib/server/learning";
import { COURSE_IDS } from "@/lib/server/skill-graph";
import { signUp } from "@/lib/server/users";
import { cpuSeconds } from "./submit-lib/cpu";
import { signIn } from "./submit-lib/learners";
import { startBenchServer } from "./submit-lib/server";

const n = Number(process.env.BENCH_EXAM_LEARNERS ?? 250);
const LEARNERS = Number.isInteger(n) && n > 0 ? n : 250;

interface Learner { cookie: string; course: string }

/** Every skill of the course answered right four times: learned (and mastered), so the exam is unlocked. */
async function makeEligible(db: Db, userId: string, course: string): Promise<void> {
  const now = new Date();
  const memory = (skillId: string) => ({
    ...newMemory(skillId, now), state: "review" as const, stability: 40, difficulty: 5, reps: 4, successes: 4, lastRating: "good" as const,
    lastReview: now.toISOString(), due: new Date(now.getTime() + 30 * 86_400_000).toISOString(), scheduledDays: 30,
  });
  const skills = curriculum.skills.filter((s) => s.course === course);
  await db.skillState.createMany({ data: skills.map((s) => ({ userId, skillId: s.id, memory: memory(s.id) })) });
}

async function prepare(db: Db, baseUrl: string, count: number): Promise<Learner[]> {
  const run = randomBytes(3).toString("hex");
  const password = `bench-password-${run}`;
  const out: Learner[] = [];
  // Small batches: sign-up and sign-in hash passwords (bcrypt), which is CPU-bound.
  for (let i = 0; i < count; i += 8) {
    const batch = await Promise.all(Array.from({ length: Math.min(8, count - i) }, async (_, k) => {
      const email = `exam-bench-${run}-${i + k}@example.com`;
      const course = COURSE_IDS[(i + k) % COURSE_IDS.length];
      const created = await signUp({ name: `Exam bench ${i + k}`, email, password });
      if (!created.ok) throw new Error(`sign-up failed: ${JSON.stringify(created.fieldErrors)}`);
      const enrolled = await enrol(created.user.id, [course]);
      if (!enrolled.ok) throw new Error(enrolled.message);
      await makeEligible(db, created.user.id, course);
      return { cookie: await signIn(baseUrl, email, password), course };
    }));
    out.push(...batch);
  }
  return out;
}

interface Timing { startMs: number; getMs: number; totalMs: number; startStatus: number; getStatus: number }

async function takeFirstQuestion(baseUrl: string, l: Learner): Promise<Timing> {
  const t0 = performance.now();
  const start = await fetch(`${baseUrl}/api/exams/attempts`, {
    method: "POST", headers: { "content-type": "application/json", cookie: l.cookie }, body: JSON.stringify({ course: l.course }),
  });
  const body = (await start.json()) as { exam?: { id: string; questions: unknown[] } };
  const t1 = performance.now();
  if (!body.exam) return { startMs: t1 - t0, getMs: 0, totalMs: t1 - t0, startStatus: start.status, getStatus: 0 };
  const get = await fetch(`${baseUrl}/api/exams/attempts/${body.exam.id}`, { headers: { cookie: l.cookie } });
  const view = (await get.json()) as { exam?: { questions: { prompt: string }[] } };
  const t2 = performance.now();
  const ok = get.status === 200 && (view.exam?.questions.length ?? 0) > 0 && view.exam!.questions[0].prompt.length > 0;
  return { startMs: t1 - t0, getMs: t2 - t1, totalMs: t2 - t0, startStatus: start.status, getStatus: ok ? 200 : -get.status };
}

async function trivial(baseUrl: string, l: Learner): Promise<number> {
  const t0 = performance.now();
  const r = await fetch(`${baseUrl}/api/health`, { headers: { cookie: l.cookie } });
  await r.arrayBuffer();
  return performance.now() - t0;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
const line = (name: string, v: number[]) => `${name.padEnd(26)} p50 ${fmt(quantile(v, 0.5)).padStart(8)}   p99 ${fmt(quantile(v, 0.99)).padStart(8)}   max ${fmt(Math.max(...v)).padStart(8)}`;

async function main(): Promise<void> {
  // A production server refuses to start without a certificate signing key; a throwaway one will do here.
  console.log("Starting: build (if stale), embedded Postgres, next start on 127.0.0.1 …");
  const server = await startBenchServer();
  try {
    const t0 = Date.now();
    const [warm, ...learners] = await prepare(server.db, server.baseUrl, LEARNERS + 1);
    console.log(`${LEARNERS} eligible learners (courses round-robin) signed in in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    // Warm-up (not measured): one exam start and read, and the trivial route, compile the code paths.
    const w = await takeFirstQuestion(server.baseUrl, warm);
    if (w.startStatus !== 201 || w.getStatus !== 200) throw new Error(`warm-up start answered ${w.startStatus}/${w.getStatus}`);
    await trivial(server.baseUrl, warm);

    const load = os.loadavg().map((x) => x.toFixed(2)).join(" ");
    console.log(`\n${LEARNERS} concurrent requests each; ${os.cpus().length} cores, load average ${load}`);
    const cpu0 = cpuSeconds(server.pids);
    const baseline = await Promise.all(learners.map((l) => trivial(server.baseUrl, l)));
    const cpu1 = cpuSeconds(server.pids);
    const timings = await Promise.all(learners.map((l) => takeFirstQuestion(server.baseUrl, l)));
    const cpu2 = cpuSeconds(server.pids);

    const failures = timings.filter((x) => x.startStatus !== 201 || x.getStatus !== 200);
    const attempts = await server.db.examAttempt.count();
    const items = await server.db.examItem.count();
    console.log(line("trivial GET /api/health", baseline));
    console.log(line("start (POST, with prompts)", timings.map((x) => x.startMs)));
    console.log(line("first GET of the attempt", timings.map((x) => x.getMs)));
    console.log(line("time to first question", timings.map((x) => x.totalMs)));
    console.log(`attempts created: ${attempts} (${LEARNERS} + 1 warm-up), exam items: ${items}; failed starts/reads: ${failures.length}` +
      (failures.length ? ` (e.g. ${failures[0].startStatus}/${failures[0].getStatus})` : ""));
    const p99 = quantile(timings.map((x) => x.totalMs), 0.99);
    console.log(`ratio time-to-first-question / trivial: p50 ${(quantile(timings.map((x) => x.totalMs), 0.5) / quantile(baseline, 0.5)).toFixed(1)}×, ` +
      `p99 ${(p99 / quantile(baseline, 0.99)).toFixed(1)}×`);
    // CPU ms of the server and of Postgres per learner (one start + one read, or one trivial request):
    // this code's own cost, robust to a busy machine where latency mostly measures the neighbours.
    const per = (a: Record<string, number>, b: Record<string, number>) => Object.keys(a).map((k) => `${k} ${((1000 * (b[k] - a[k])) / LEARNERS).toFixed(1)} ms`).join(" + ");
    console.log(`CPU per learner: trivial ${per(cpu0, cpu1)}; start + first read ${per(cpu1, cpu2)}`);
    console.log(`target p99 < 2 s: ${p99 < 2000 ? "met" : "NOT met"} (${fmt(p99)})`);
  } finally {
    await server.stop();
  }
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(`bench:exam-start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
