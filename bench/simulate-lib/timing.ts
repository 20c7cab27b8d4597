// Daily-set computation time for a learner with a year of history on every skill, against a
// baseline measured in the same run (sorting the same memories by due date).
import { performance } from "node:perf_hooks";
import {
  applyAttempt, dailySet, memoryMap, type GraphIndex, type ReviewLogEntry, type SkillMemory,
} from "../../lib/scheduling";
import seedrandom from "seedrandom";

const DAY = 86_400_000;
const ITERATIONS = 2000;
const WARMUP = 200;

/** A year of answers on every skill (one every 1–20 days, 85 % right), ending today. */
function yearOfHistory(graph: GraphIndex, today: number): { memories: Map<string, SkillMemory>; log: ReviewLogEntry[] } {
  const rand = seedrandom("year-of-history");
  const memories = memoryMap([]);
  const events: { at: number; id: string }[] = [];
  for (const s of graph.skills) {
    for (let t = today - 365 * DAY + rand() * 5 * DAY; t < today; t += (1 + rand() * 19) * DAY) events.push({ at: t, id: s.id });
  }
  events.sort((x, y) => x.at - y.at);
  const log: ReviewLogEntry[] = [];
  for (const e of events) {
    const r = applyAttempt(graph, memories, e.id, { correct: rand() < 0.85, usedHint: false, timeTakenMs: 60_000 }, new Date(e.at));
    for (const m of r.updated) memories.set(m.skillId, m);
    if (e.at > today - 2 * DAY) log.push(...r.log);
  }
  return { memories, log };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Timing { p50: number; p99: number; cpuP50: number; cpuP99: number }

/**
 * Wall-clock and CPU time per call. CPU time (this process only) is printed beside wall time
 * because on a shared 2-core machine the wall-clock tail mostly measures other processes.
 */
function time(run: (i: number) => unknown): Timing {
  for (let i = 0; i < WARMUP; i++) run(i);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run(i);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  wall.sort((x, y) => x - y);
  cpu.sort((x, y) => x - y);
  return { p50: percentile(wall, 50), p99: percentile(wall, 99), cpuP50: percentile(cpu, 50), cpuP99: percentile(cpu, 99) };
}

export function benchDailySet(graph: GraphIndex): void {
  const today = Date.UTC(2026, 5, 1, 12);
  const { memories, log } = yearOfHistory(graph, today);
  const courses = graph.courses;
  const list = [...memories.values()];
  // Each call uses a different minute of the day, so nothing can be memoised between calls.
  const set = time((i) => dailySet({
    learnerId: "bench", now: new Date(today + (i % 600) * 60_000), timeZone: "Pacific/Tongatapu",
    graph, courses, memories, log,
  }));
  const sort = time((i) => list.slice().sort((x, y) => Date.parse(x.due) - Date.parse(y.due) || i));
  const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
  console.log(`\nDaily set, ${memories.size} skills with a year of history (${log.length} log entries from the last 2 days), ${ITERATIONS} runs:`);
  console.log(`  dailySet        wall p50 ${fmt(set.p50)}  p99 ${fmt(set.p99)}  (target p99 < 20 ms)   cpu p50 ${fmt(set.cpuP50)}  p99 ${fmt(set.cpuP99)}`);
  console.log(`  baseline sort   wall p50 ${fmt(sort.p50)}  p99 ${fmt(sort.p99)}   cpu p50 ${fmt(sort.cpuP50)}  p99 ${fmt(sort.cpuP99)}`);
  console.log(`  ratio           wall p50 ×${(set.p50 / sort.p50).toFixed(1)}  p99 ×${(set.p99 / sort.p99).toFixed(1)}`);
}
