// Shared fixtures for the scheduler tests: the real curriculum, a tiny hand-made graph, and a
// way to replay a history of answers.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { applyAttempt, indexGraph, type GraphIndex, type ReviewLogEntry, type SkillMemory } from "@/lib/scheduling";

export const DAY = 86_400_000;
export const ALL_COURSES = ["linear-algebra", "multivariate-calculus", "pca"];

export function curriculumGraph(): GraphIndex {
  const path = fileURLToPath(new URL("../../../exercises/curriculum.json", import.meta.url));
  const r = indexGraph({ skills: JSON.parse(readFileSync(path, "utf8")) });
  if (!r.ok) throw new Error(r.message);
  return r.graph;
}

/**
 * a ← b ← c (c needs b, b needs a), d stands alone in another course. c encompasses b (0.5),
 * b encompasses a (0.4), so c reaches a with weight 0.2.
 */
export function tinyGraph(): GraphIndex {
  const r = indexGraph({
    skills: [
      { id: "a", course: "one", module: "m1", prereqs: [], encompasses: [] },
      { id: "b", course: "one", module: "m1", prereqs: ["a"], encompasses: [{ id: "a", weight: 0.4 }] },
      { id: "c", course: "one", module: "m2", prereqs: ["b"], encompasses: [{ id: "b", weight: 0.5 }] },
      { id: "d", course: "two", module: "m3", prereqs: [], encompasses: [] },
    ],
  });
  if (!r.ok) throw new Error(r.message);
  return r.graph;
}

export interface HistoryStep { skillId: string; correct: boolean; at: number }

/** Replays answers (sorted by time) through applyAttempt; returns memories and the full log. */
export function replay(graph: GraphIndex, steps: readonly HistoryStep[]): { memories: Map<string, SkillMemory>; log: ReviewLogEntry[] } {
  const memories = new Map<string, SkillMemory>();
  const log: ReviewLogEntry[] = [];
  for (const s of [...steps].sort((x, y) => x.at - y.at)) {
    const r = applyAttempt(graph, memories, s.skillId, { correct: s.correct, usedHint: false, timeTakenMs: 60_000 }, new Date(s.at));
    for (const m of r.updated) memories.set(m.skillId, m);
    log.push(...r.log);
  }
  return { memories, log };
}
