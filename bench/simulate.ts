// Simulated learners over 180 days under three schedulers, then the cost of computing a daily
// set for a learner with a year of history. Prints figures; asserts nothing.
// Usage: npm run bench:simulate [-- --learners 30 --days 180 --populations 1 --diagnose --no-timing --strategies a,b]
// (a) and (b) always run (the target compares them); --strategies without c leaves (c) out.
import { DESIRED_RETENTION, FSRS_PARAMS } from "../lib/scheduling";
import { loadCurriculumGraph } from "./simulate-lib/curriculum";
import { DEPTH_BUCKETS, PROBES, PROBE_SKILLS, simulate, type Run } from "./simulate-lib/run";
import { basis, fixedIntervals, plainFsrs, type Strategy } from "./simulate-lib/strategies";
import { benchDailySet } from "./simulate-lib/timing";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const flag = (name: string) => process.argv.includes(`--${name}`);
const LEARNERS = arg("learners", 30);
const DAYS = arg("days", 180);
const POPULATIONS = arg("populations", 1);

const graph = loadCurriculumGraph();
const courses = graph.courses;

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sem = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)) / Math.max(1, xs.length - 1));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const wanted = (process.argv[process.argv.indexOf("--strategies") + 1] ?? "").split(",");
const strategies = ([
  ["a", (id) => basis(graph, id)],
  ["b", () => plainFsrs(graph)],
  ["c", () => fixedIntervals(graph)],
] as [string, (id: string) => Strategy][]).filter(([key]) => key !== "c" || !flag("strategies") || wanted.includes("c"));
// Population 0 keeps the original seeds ("learner-0" …); population k > 0 prefixes "p<k>-".
const population = (k: number) => (k === 0 ? "" : `p${k}-`);
const runsOf = new Map<string, Run[]>();
for (const [key, make] of strategies) {
  const runs: Run[] = [];
  for (let k = 0; k < POPULATIONS; k++) {
    for (let i = 0; i < LEARNERS; i++) runs.push(simulate(graph, make(`learner-${i}`), population(k), i, DAYS));
  }
  runsOf.set(key, runs);
}

const n = LEARNERS * POPULATIONS;
console.log(`Simulation: ${POPULATIONS} population(s) × ${LEARNERS} learners × ${DAYS} days, ${graph.skills.length} skills, all courses; ` +
  `probe = mean P(correct) on ${PROBES}×${PROBE_SKILLS} random skills in the last third (0 for skills never met); ` +
  `desired retention (a) ${DESIRED_RETENTION}, (b) ${FSRS_PARAMS.request_retention} (FSRS default).`);
const header = ["strategy", "attempts", "reviews", "probe retention (± 2 s.e.)", ...courses.map((c) => `days to master ${c}`)];
const rows = strategies.map(([key, make]) => {
  const runs = runsOf.get(key)!;
  return [
    make("x").name,
    mean(runs.map((r) => r.attempts)).toFixed(0),
    mean(runs.map((r) => r.reviews)).toFixed(0),
    `${(100 * mean(runs.map((r) => r.probe))).toFixed(1)} % ± ${(200 * sem(runs.map((r) => r.probe))).toFixed(1)}`,
    ...courses.map((c) => {
      const days = runs.map((r) => r.mastered.get(c)).filter((d): d is number => d !== null);
      return days.length === 0 ? `not in ${DAYS} d (0/${n})` : `${mean(days).toFixed(0)} d (${days.length}/${n})`;
    }),
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
console.log([line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n"));

// Same learners, seeds and probes under (a) and (b): the per-learner difference is paired.
const a = runsOf.get("a")!;
const b = runsOf.get("b")!;
const ratio = sum(a.map((r) => r.reviews)) / sum(b.map((r) => r.reviews));
const diffs = a.map((r, i) => 100 * (r.probe - b[i].probe));
const d = mean(diffs);
const band = 2 * sem(diffs);
const fewer = 100 * (1 - ratio);
const sameRetention = d + band >= 0;
console.log(`(a) vs (b): ${fewer.toFixed(1)} % fewer reviews (target ≥ 30 %); retention difference ` +
  `${d >= 0 ? "+" : ""}${d.toFixed(2)} points ± ${band.toFixed(2)} (paired, mean ± 2 s.e. over ${n} learners).`);
console.log(`Target ${fewer >= 30 && sameRetention ? "MET" : "NOT met"}: reviews ${fewer >= 30 ? "≥" : "<"} 30 % fewer; ` +
  `retention ${sameRetention ? "not below (b) beyond 2 s.e." : "below (b) beyond 2 s.e."}`);

if (flag("diagnose")) {
  console.log("\nDiagnostics (per learner means):");
  for (const [key, make] of strategies) {
    const runs = runsOf.get(key)!;
    const per = (f: (r: Run) => number) => mean(runs.map(f));
    const probes = PROBES * PROBE_SKILLS;
    console.log(`${make("x").name}: reviews ${per((r) => r.reviews).toFixed(0)} ` +
      `(${per((r) => r.reviewsUnencompassed).toFixed(0)} of skills nothing encompasses), lapses ${per((r) => r.lapses).toFixed(0)}, ` +
      `early (true recall ≥ 0.95) ${per((r) => r.earlyReviews).toFixed(0)}; at reviews: predicted recall ` +
      `${per((r) => (100 * r.predictedAtReview) / r.reviews).toFixed(1)} %, true P(correct) ${per((r) => (100 * r.trueAtReview) / r.reviews).toFixed(1)} %, ` +
      `expected failures from own forgetting ${per((r) => r.failOwn).toFixed(0)}, from prerequisites ${per((r) => r.failPrereq).toFixed(0)}`);
    for (const [i, bucket] of DEPTH_BUCKETS.entries()) {
      const k = per((r) => r.probesPerBucket[i]);
      console.log(`  depth ${bucket.padEnd(3)}: ${(100 * k / probes).toFixed(0).padStart(2)} % of probes, reviews ${per((r) => r.reviewsPerBucket[i]).toFixed(0).padStart(3)}, ` +
        `loss own ${per((r) => r.lossOwn[i] / Math.max(1, r.probesPerBucket[i]) * 100).toFixed(1)} pts, ` +
        `prereq ${per((r) => r.lossPrereq[i] / Math.max(1, r.probesPerBucket[i]) * 100).toFixed(1)} pts, ` +
        `unmet ${per((r) => r.lossUnmet[i] / Math.max(1, r.probesPerBucket[i]) * 100).toFixed(1)} pts`);
    }
    const keys = Object.keys(runs[0].counters);
    if (keys.length > 0) console.log(`  ${keys.map((c) => `${c} ${per((r) => r.counters[c]).toFixed(0)}`).join(", ")}`);
  }
}

if (!flag("no-timing")) benchDailySet(graph);
