// One simulated learner under one strategy for a number of days, with the instrumentation that
// explains the headline figures: where reviews go and where retention is lost.
import seedrandom from "seedrandom";
import type { GraphIndex } from "../../lib/scheduling";
import { SimLearner, TRUE_MASTERY_DAYS } from "./learner";
import type { Strategy } from "./strategies";

const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 6);
export const PROBES = 5;
export const PROBE_SKILLS = 20;
/** Depth buckets (longest prerequisite chain below a skill) for the per-depth diagnostics. */
export const DEPTH_BUCKETS = ["0-2", "3-5", "6-8", "9+"] as const;
const bucketOf = (depth: number) => (depth <= 2 ? 0 : depth <= 5 ? 1 : depth <= 8 ? 2 : 3);

export interface Run {
  attempts: number;
  reviews: number;
  /** Explicit reviews answered wrongly. */
  lapses: number;
  /** Reviews at which the learner's own true recall was ≥ 0.95 (mostly wasted). */
  earlyReviews: number;
  /** Mean P(correct) over the probe (0 for a skill never met). */
  probe: number;
  /** Mean P(correct) over every skill at the end of every day of the last third (a dense probe). */
  dense: number;
  /** Probe loss split: own forgetting, forgotten prerequisites, never met; per depth bucket. */
  lossOwn: number[];
  lossPrereq: number[];
  lossUnmet: number[];
  probesPerBucket: number[];
  reviewsPerBucket: number[];
  /** Reviews of skills no other skill encompasses: implicit credit can never save these. */
  reviewsUnencompassed: number;
  mastered: Map<string, number | null>;
  /** At explicit reviews: Σ predicted recall, Σ true P(correct), failure mass from own forgetting and from prerequisites. */
  predictedAtReview: number;
  trueAtReview: number;
  failOwn: number;
  failPrereq: number;
  counters: Record<string, number>;
  /** Per strategy-given label, at explicit reviews: count, Σ predicted recall, Σ true P(correct). */
  calibration: Record<string, { n: number; predicted: number; truth: number; own: number }>;
  /** The same per label at probe times. */
  probeCalibration: Record<string, { n: number; predicted: number; truth: number; own: number }>;
}

export function depths(graph: GraphIndex): Map<string, number> {
  const d = new Map<string, number>();
  for (const s of graph.skills) d.set(s.id, s.prereqs.length === 0 ? 0 : 1 + Math.max(...s.prereqs.map((p) => d.get(p)!)));
  return d;
}

export function simulate(graph: GraphIndex, strategy: Strategy, population: string, learnerIndex: number, days: number): Run {
  const learner = new SimLearner(graph, `${population}learner-${learnerIndex}`);
  const depth = depths(graph);
  const encompassed = new Set(graph.skills.flatMap((s) => [...graph.flow.get(s.id)!.keys()]));
  // Probe times and skills come from their own stream so every strategy is probed identically.
  const probeRand = seedrandom(`${population}probe-${learnerIndex}`);
  const probes = Array.from({ length: PROBES }, () => ({
    day: Math.floor(days * (2 / 3) + probeRand() * (days / 3)),
    skills: Array.from({ length: PROBE_SKILLS }, () => graph.skills[Math.floor(probeRand() * graph.skills.length)].id),
  }));
  const zeros = () => DEPTH_BUCKETS.map(() => 0);
  const run: Run = {
    attempts: 0, reviews: 0, lapses: 0, earlyReviews: 0, probe: 0, dense: 0,
    reviewsUnencompassed: 0, lossOwn: zeros(), lossPrereq: zeros(), lossUnmet: zeros(), probesPerBucket: zeros(), reviewsPerBucket: zeros(),
    mastered: new Map(graph.courses.map((c) => [c, null])), counters: {},
    predictedAtReview: 0, trueAtReview: 0, failOwn: 0, failPrereq: 0, calibration: {}, probeCalibration: {},
  };
  for (let day = 0; day < days; day++) {
    const now = new Date(START + day * DAY + 18 * 3_600_000);
    strategy.today(now).forEach(({ skillId, isNew }, k) => {
      const at = new Date(now.getTime() + k * 60_000);
      const own = learner.recall(skillId, at.getTime());
      const pc = learner.pCorrect(skillId, at.getTime());
      const predicted = strategy.predict?.(skillId, at) ?? 0;
      const label = strategy.classify?.(skillId) ?? "all";
      const { correct, timeFactor } = learner.answer(skillId, at.getTime());
      strategy.record(skillId, correct, timeFactor, at);
      run.attempts += 1;
      if (isNew) return;
      run.reviews += 1;
      run.reviewsPerBucket[bucketOf(depth.get(skillId)!)] += 1;
      if (!encompassed.has(skillId)) run.reviewsUnencompassed += 1;
      if (!correct) run.lapses += 1;
      run.predictedAtReview += predicted;
      run.trueAtReview += pc;
      const cal = (run.calibration[label] ??= { n: 0, predicted: 0, truth: 0, own: 0 });
      cal.n += 1;
      cal.predicted += predicted;
      cal.truth += pc;
      cal.own += own;
      run.failOwn += 1 - own;
      run.failPrereq += own - pc;
      if (own >= 0.95) run.earlyReviews += 1;
    });
    const probeAt = now.getTime() + 5 * 3_600_000;
    if (day >= Math.floor(days * (2 / 3))) {
      for (const s of graph.skills) run.dense += learner.introduced(s.id) ? learner.pCorrect(s.id, probeAt) : 0;
    }
    for (const p of probes.filter((q) => q.day === day)) {
      for (const id of p.skills) {
        const b = bucketOf(depth.get(id)!);
        run.probesPerBucket[b] += 1;
        if (!learner.introduced(id)) {
          run.lossUnmet[b] += 1;
          continue;
        }
        const own = learner.recall(id, probeAt);
        const p = learner.pCorrect(id, probeAt);
        run.probe += p;
        const cal = (run.probeCalibration[strategy.classify?.(id) ?? "all"] ??= { n: 0, predicted: 0, truth: 0, own: 0 });
        cal.n += 1;
        cal.predicted += strategy.predict?.(id, new Date(probeAt)) ?? 0;
        cal.truth += p;
        cal.own += own;
        run.lossOwn[b] += 1 - own;
        run.lossPrereq[b] += own - p;
      }
    }
    for (const c of graph.courses) {
      if (run.mastered.get(c) !== null) continue;
      const all = graph.skills.filter((s) => s.course === c).every((s) => learner.trueStability(s.id) >= TRUE_MASTERY_DAYS);
      if (all) run.mastered.set(c, day + 1);
    }
  }
  run.probe /= PROBES * PROBE_SKILLS;
  run.dense /= (days - Math.floor(days * (2 / 3))) * graph.skills.length;
  run.counters = { ...(strategy.counters ?? {}) };
  return run;
}
