// The skill graph the app schedules on: the curriculum restricted to skills that have a
// registered generator, so new generators are picked up without code changes and the scheduler
// never offers a skill that cannot produce a problem. Built once per process.
import { curriculum, type CurriculumSkill } from "@/exercises/curriculum";
import { getGenerator, registry } from "@/exercises/registry";
import type { Generator, Problem } from "@/exercises/types";
import { indexGraph, type GraphIndex, type SkillMemory } from "@/lib/scheduling";

export const COURSES = [
  { id: "linear-algebra", title: "Linear Algebra" },
  { id: "multivariate-calculus", title: "Multivariate Calculus" },
  { id: "pca", title: "Principal Component Analysis" },
] as const;
export type CourseId = (typeof COURSES)[number]["id"];
export const COURSE_IDS: readonly string[] = COURSES.map((c) => c.id);

export function courseTitle(id: string): string {
  return COURSES.find((c) => c.id === id)?.title ?? id;
}

let cached: GraphIndex | undefined;

/**
 * Prerequisites and encompassed skills without a generator are dropped: a missing generator
 * must not lock its dependants away for ever.
 */
export function learnerGraph(): GraphIndex {
  if (cached) return cached;
  const skills = curriculum.skills
    .filter((s) => registry.has(s.id))
    .map((s) => ({
      id: s.id,
      course: s.course,
      module: s.module,
      prereqs: s.prereqs.filter((p) => registry.has(p)),
      encompasses: s.encompasses.filter((e) => registry.has(e.id)),
    }));
  const result = indexGraph({ skills });
  if (!result.ok) throw new Error(`learner graph: ${result.message}`);
  cached = result.graph;
  return cached;
}

export function skillInfo(id: string): CurriculumSkill | undefined {
  return registry.has(id) ? curriculum.byId.get(id) : undefined;
}

/** Easiest level until the learner has answered the skill correctly twice, then the next ones. */
export function levelFor(generator: Generator, memory: SkillMemory | undefined): number {
  const levels = [...generator.levels].sort((a, b) => a - b);
  const step = Math.min(Math.floor((memory?.successes ?? 0) / 2), levels.length - 1);
  return levels[Math.max(0, step)] ?? 1;
}

export type Generated = { ok: true; problem: Problem; generator: Generator } | { ok: false; message: string };

/** Regenerates an issued problem; a generator bug becomes a message, never a crashed page. */
export function generateProblem(skillId: string, seed: number, level: number): Generated {
  const generator = getGenerator(skillId);
  if (!generator) return { ok: false, message: `The skill "${skillId}" has no problem generator any more.` };
  try {
    return { ok: true, problem: generator.generate(seed, level), generator };
  } catch (error) {
    console.error(`[learning] generate ${skillId} seed=${seed} level=${level}:`, error);
    return { ok: false, message: "This problem could not be generated. Please skip it; the problem has been logged." };
  }
}
