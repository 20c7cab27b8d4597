// Simulated learners over 180 days under three schedulers, then the cost of computing a daily
// set for a learner with a year of history. Prints figures; asserts nothing.
// Usage: npm run bench:simulate [-- --learners 30 --days 180]
import seedrandom from "seedrandom";
import { loadCurriculumGraph } from "./simulate-lib/curriculum";
import { SimLearner, TRUE_MASTERY_DAYS } from "./simulate-lib/learner";
import { basis, fixedIntervals, plainFsrs, type Strategy } from "./simulate-lib/strategies";
import { benchDailySet } from "./simulate-lib/timing";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const LEARNERS = arg("learners", 30);
const DAYS = arg("days", 180);
const PROBES = 5;
const PROBE_SKILLS = 20;
const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 6);

const graph = loadCurriculumGraph();
const courses = graph.courses;

interface Run { attempts: number; reviews: number; probe: number; mastered: Map<string, number | null> }

function simulate(make: (learnerId: string) => Strategy, learnerIndex: number): Run {
  const learnerId = `learner-${learnerIndex}`;
  const strategy = make(learnerId);
  const learner = new SimLearner(graph, learnerId);
  // Probe times and skills come from their own stream so every strategy is probed identically.
  const probeRand = seedrandom(`probe-${learnerIndex}`);
  const probes = Array.from({ length: PROBES }, () => ({
    day: Math.floor(DAYS * (2 / 3) + probeRand() * (DAYS / 3)),
    skills: Array.from({ length: PROBE_SKILLS }, () => graph.skills[Math.floor(probeRand() * graph.skills.length)].id),
  }));
  const run: Run = { attempts: 0, reviews: 0, probe: 0, mastered: new Map(courses.map((c) => [c, null])) };
  for (let day = 0; day < DAYS; day++) {
    const now = new Date(START + day * DAY + 18 * 3_600_000);
    strategy.today(now).forEach(({ skillId, isNew }, k) => {
      const at = new Date(now.getTime() + k * 60_000);
      const { correct, timeFactor } = learner.answer(skillId, at.getTime());
      strategy.record(skillId, correct, timeFactor, at);
      run.attempts += 1;
      if (!isNew) run.reviews += 1;
    });
    const probeAt = now.getTime() + 5 * 3_600_000;
    for (const p of probes.filter((q) => q.day === day)) {
      for (const id of p.skills) run.probe += learner.introduced(id) ? learner.pCorrect(id, probeAt) : 0;
    }
    for (const c of courses) {
      if (run.mastered.get(c) !== null) continue;
      const all = graph.skills.filter((s) => s.course === c).every((s) => learner.trueStability(s.id) >= TRUE_MASTERY_DAYS);
      if (all) run.mastered.set(c, day + 1);
    }
  }
  run.probe /= PROBES * PROBE_SKILLS;
  return run;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sem = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)) / xs.length);

const strategies: [string, (id: string) => Strategy][] = [
  ["a", (id) => basis(graph, id)],
  ["b", () => plainFsrs(graph)],
  ["c", () => fixedIntervals(graph)],
];
console.log(`Simulation: ${LEARNERS} learners × ${DAYS} days, ${graph.skills.length} skills, all courses; ` +
  `probe = mean P(correct) on ${PROBES}×${PROBE_SKILLS} random skills in the last third (0 for skills never met).`);
const header = ["strategy", "attempts", "reviews", "probe retention", ...courses.map((c) => `days to master ${c}`)];
const rows: string[][] = [];
const summary = new Map<string, { reviews: number; probe: number }>();
for (const [key, make] of strategies) {
  const runs = Array.from({ length: LEARNERS }, (_, i) => simulate(make, i));
  const name = make("x").name;
  const reviews = mean(runs.map((r) => r.reviews));
  const probe = mean(runs.map((r) => r.probe));
  summary.set(key, { reviews, probe });
  rows.push([
    name,
    mean(runs.map((r) => r.attempts)).toFixed(0),
    reviews.toFixed(0),
    `${(100 * probe).toFixed(1)} % ± ${(100 * sem(runs.map((r) => r.probe))).toFixed(1)}`,
    ...courses.map((c) => {
      const days = runs.map((r) => r.mastered.get(c)).filter((d): d is number => d !== null);
      return days.length === 0 ? `not in ${DAYS} d (0/${LEARNERS})` : `${mean(days).toFixed(0)} d (${days.length}/${LEARNERS})`;
    }),
  ]);
}
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
console.log([line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n"));
const a = summary.get("a")!;
const b = summary.get("b")!;
console.log(`(a) vs (b): ${(100 * (1 - a.reviews / b.reviews)).toFixed(1)} % fewer reviews (target ≥ 30 %), ` +
  `retention ${(100 * (a.probe - b.probe)).toFixed(1)} points ${a.probe >= b.probe ? "higher" : "lower"}.`);

benchDailySet(graph);
