// The knowledge frontier: new skills whose prerequisites are all learned, in curriculum order.
import { skillsInScope, type GraphIndex, type SkillNode } from "./graph";
import { isLearned, isNew } from "./mastery";
import type { SkillMemory } from "./memory";

/**
 * New skills of the enrolled courses (plus prerequisites they borrow from other courses) whose
 * every prerequisite is learned, in curriculum order.
 */
export function frontier(
  graph: GraphIndex,
  memories: ReadonlyMap<string, SkillMemory>,
  courses: readonly string[],
): SkillNode[] {
  return skillsInScope(graph, courses).filter(
    (s) => isNew(memories.get(s.id)) && s.prereqs.every((p) => isLearned(memories.get(p))),
  );
}

/**
 * Picks up to `limit` frontier skills, taking the next one from each course in turn so a
 * learner of several courses advances in all of them; within a course, curriculum order.
 */
export function pickNewSkills(front: readonly SkillNode[], limit: number): SkillNode[] {
  const queues = new Map<string, SkillNode[]>();
  for (const s of front) {
    const q = queues.get(s.course) ?? [];
    q.push(s);
    queues.set(s.course, q);
  }
  const out: SkillNode[] = [];
  while (out.length < limit && [...queues.values()].some((q) => q.length > 0)) {
    for (const q of queues.values()) {
      const next = q.shift();
      if (next && out.length < limit) out.push(next);
    }
  }
  return out;
}
