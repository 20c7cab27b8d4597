// Exam problems regenerated from (skill, seed, level), memoised: a start, the first read, every
// reload and the grading all show the same twelve problems, and regenerating them each time was
// the largest CPU cost of an exam start under load (bench/exam-start.ts). Bounded; oldest evicted.
import { generateProblem, type Generated } from "../skill-graph";

const LIMIT = 6_000;
const cache = new Map<string, Generated>();

export function examProblem(skillId: string, seed: number, level: number): Generated {
  const key = `${skillId}\u0000${seed}\u0000${level}`;
  const hit = cache.get(key);
  if (hit) {
    // Map keeps insertion order: re-inserting marks the entry as recently used.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const generated = generateProblem(skillId, seed, level);
  // Generator failures are not cached: a fixed deployment should retry them.
  if (generated.ok) {
    cache.set(key, generated);
    if (cache.size > LIMIT) cache.delete(cache.keys().next().value!);
  }
  return generated;
}
