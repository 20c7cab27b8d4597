// The three schedulers the simulation compares, behind one interface: today's skills, then
// the outcome of each answer. All share the daily rule "every due review, then new skills up
// to the new-skill limit while the set is below the daily goal".
import {
  DEFAULT_EXPECTED_MS, applyAttempt, dailySet, newMemory, pickNewSkills, ratingFor, retrievability, review,
  type GraphIndex, type SkillMemory,
} from "../../lib/scheduling";

export interface Strategy {
  name: string;
  /** Skills to answer today, in order; `isNew` marks first meetings. */
  today(now: Date): { skillId: string; isNew: boolean }[];
  record(skillId: string, correct: boolean, timeFactor: number, now: Date): void;
  /** Diagnostics the strategy counts about itself (printed with --diagnose). */
  counters?: Record<string, number>;
  /** The strategy's own predicted recall of a skill (for calibration diagnostics). */
  predict?(skillId: string, at: Date): number;
  /** A label for the skill's current scheduling state (calibration is reported per label). */
  classify?(skillId: string): string;
}

export const GOAL = 10;
export const NEW_PER_DAY = 4;
const DAY = 86_400_000;
const endOfUtcDay = (now: Date) => Math.floor(now.getTime() / DAY) * DAY + DAY;
const COURSES = ["linear-algebra", "multivariate-calculus", "pca"];
const outcome = (correct: boolean, timeFactor: number) =>
  ({ correct, usedHint: false, timeTakenMs: timeFactor * DEFAULT_EXPECTED_MS });

/** (a) Basis: frontier, implicit credit, coverage-aware review order. */
export function basis(graph: GraphIndex, learnerId: string): Strategy {
  const memories = new Map<string, SkillMemory>();
  const lastKind = new Map<string, string>();
  const counters: Record<string, number> = { covered: 0, implicit: 0, prerequisite: 0, lapseAfterImplicit: 0, lapseAfterExplicit: 0 };
  return {
    name: "(a) Basis scheduler",
    counters,
    predict: (id, at) => (memories.has(id) ? retrievability(memories.get(id)!, at) : 0),
    today(now) {
      const set = dailySet({ learnerId, now, timeZone: "UTC", graph, courses: COURSES, memories, dailyGoal: GOAL, newSkillsPerDay: NEW_PER_DAY, extra: 200 });
      counters.covered += set.items.filter((i) => i.kind === "covered").length;
      const reviews = set.items.filter((i) => i.kind === "review");
      const fresh = set.items.slice(0, GOAL).filter((i) => i.kind === "new");
      return [...reviews.map((i) => ({ skillId: i.skillId, isNew: false })), ...fresh.map((i) => ({ skillId: i.skillId, isNew: true }))];
    },
    record(skillId, correct, timeFactor, now) {
      const r = applyAttempt(graph, memories, skillId, outcome(correct, timeFactor), now);
      if (!correct && lastKind.has(skillId)) counters[lastKind.get(skillId) === "implicit" ? "lapseAfterImplicit" : "lapseAfterExplicit"] += 1;
      for (const e of r.log) {
        if (e.kind !== "explicit") counters[e.kind] += 1;
        lastKind.set(e.skillId, e.kind);
      }
      for (const m of r.updated) memories.set(m.skillId, m);
    },
  };
}

/** New skills in curriculum order (round-robin over courses) with no prerequisite check. */
function plainNew(graph: GraphIndex, started: (id: string) => boolean, dueCount: number) {
  const slots = Math.min(NEW_PER_DAY, Math.max(0, GOAL - dueCount));
  return pickNewSkills(graph.skills.filter((s) => !started(s.id)), slots).map((s) => ({ skillId: s.id, isNew: true }));
}

/** (b) Plain per-skill FSRS: same memory model and rating rule, nothing flows between skills. */
export function plainFsrs(graph: GraphIndex): Strategy {
  const memories = new Map<string, SkillMemory>();
  return {
    name: "(b) plain FSRS",
    predict: (id, at) => (memories.has(id) ? retrievability(memories.get(id)!, at) : 0),
    today(now) {
      const due = graph.skills.filter((s) => memories.has(s.id) && Date.parse(memories.get(s.id)!.due) < endOfUtcDay(now));
      return [...due.map((s) => ({ skillId: s.id, isNew: false })), ...plainNew(graph, (id) => memories.has(id), due.length)];
    },
    record(skillId, correct, timeFactor, now) {
      const m = memories.get(skillId) ?? newMemory(skillId, now);
      memories.set(skillId, review(m, ratingFor(outcome(correct, timeFactor)), now));
    },
  };
}

const FIXED_STEPS = [1, 3, 7, 14, 30];

/** (c) Fixed intervals 1-3-7-14-30 days (then every 30), back to 1 day after a wrong answer. */
export function fixedIntervals(graph: GraphIndex): Strategy {
  const cards = new Map<string, { step: number; due: number }>();
  return {
    name: "(c) fixed 1-3-7-14-30",
    today(now) {
      const due = graph.skills.filter((s) => cards.has(s.id) && cards.get(s.id)!.due < endOfUtcDay(now));
      return [...due.map((s) => ({ skillId: s.id, isNew: false })), ...plainNew(graph, (id) => cards.has(id), due.length)];
    },
    record(skillId, correct, _timeFactor, now) {
      const step = correct ? Math.min((cards.get(skillId)?.step ?? -1) + 1, FIXED_STEPS.length - 1) : 0;
      cards.set(skillId, { step, due: now.getTime() + FIXED_STEPS[step] * DAY });
    },
  };
}
