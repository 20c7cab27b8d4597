// Random learner histories over the real curriculum: any skill, any outcome, any spacing,
// including answers on skills whose prerequisites were never learned.
import fc from "fast-check";
import { ALL_COURSES, DAY, curriculumGraph, type HistoryStep } from "../../unit/scheduling/helpers";

export const graph = curriculumGraph();
export const T0 = Date.UTC(2025, 0, 1, 8);
export const ZONES = ["UTC", "Pacific/Tongatapu", "Pacific/Honolulu", "Europe/Berlin", "America/New_York", "Asia/Kolkata"];

/** Steps in time order; earlier skills are drawn more often so prerequisites get practised too. */
export const history: fc.Arbitrary<HistoryStep[]> = fc
  .array(
    fc.record({
      skill: fc.integer({ min: 0, max: graph.skills.length - 1 }).map((i) => Math.floor((i * i) / graph.skills.length)),
      correct: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x < 0.8),
      gapHours: fc.integer({ min: 0, max: 96 }),
    }),
    { maxLength: 150 },
  )
  .map((steps) => {
    let at = T0;
    return steps.map((s) => {
      at += s.gapHours * 3_600_000;
      return { skillId: graph.skills[s.skill].id, correct: s.correct, at };
    });
  });

export const courses = fc.subarray(ALL_COURSES, { minLength: 1 });

/** "Learned" read straight from the raw history: right at least once and right the last time. */
export function learnedFromHistory(steps: readonly HistoryStep[], id: string): boolean {
  const mine = steps.filter((s) => s.skillId === id);
  return mine.some((s) => s.correct) && mine.at(-1)!.correct;
}

export const endOf = (steps: readonly HistoryStep[]) => (steps.at(-1)?.at ?? T0) + DAY;
