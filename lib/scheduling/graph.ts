// The skill graph the scheduler works on: an input (the curriculum), validated once and indexed
// so that prerequisite closures and encompass weights are looked up, not recomputed, per request.
import { z } from "zod";

export const skillNodeSchema = z.object({
  id: z.string().min(1),
  course: z.string().min(1),
  module: z.string().min(1),
  prereqs: z.array(z.string()),
  encompasses: z.array(z.object({ id: z.string(), weight: z.number().gt(0).lte(1) })),
});
export type SkillNode = z.infer<typeof skillNodeSchema>;

/** Skills in curriculum order (the order the course teaches them). Extra fields are ignored. */
export const skillGraphSchema = z.object({ skills: z.array(skillNodeSchema) });
export type SkillGraph = z.infer<typeof skillGraphSchema>;

/** Implicit credit flowing down a chain of encompassings stops below this weight: it is noise. */
export const MIN_FLOW_WEIGHT = 0.1;

export interface GraphIndex {
  /** Skills in a topological order that keeps curriculum order wherever prerequisites allow. */
  readonly skills: readonly SkillNode[];
  readonly byId: ReadonlyMap<string, SkillNode>;
  /** Position of each skill in `skills` (its curriculum rank). */
  readonly rank: ReadonlyMap<string, number>;
  /** Every skill reachable through prerequisites, direct or not. */
  readonly prereqClosure: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Encompassed skills, direct and through chains, with the largest product of weights along
   * any chain (≥ MIN_FLOW_WEIGHT): how much practising the skill exercises each of them.
   */
  readonly flow: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly courses: readonly string[];
}

export type GraphResult = { ok: true; graph: GraphIndex } | { ok: false; message: string };

/** Validates and indexes a skill graph. Build it once (per curriculum version) and reuse it. */
export function indexGraph(input: unknown): GraphResult {
  const parsed = skillGraphSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: `skill graph is malformed: ${parsed.error.issues[0]?.message}` };
  const skills = parsed.data.skills;
  const byId = new Map<string, SkillNode>();
  for (const s of skills) {
    if (byId.has(s.id)) return { ok: false, message: `skill "${s.id}" appears twice` };
    byId.set(s.id, s);
  }
  for (const s of skills) {
    for (const p of s.prereqs) if (!byId.has(p)) return { ok: false, message: `skill "${s.id}" lists unknown prerequisite "${p}"` };
    for (const e of s.encompasses) if (!byId.has(e.id)) return { ok: false, message: `skill "${s.id}" encompasses unknown skill "${e.id}"` };
  }
  const ordered = curriculumOrder(skills, byId);
  if (!ordered) return { ok: false, message: "skill prerequisites form a cycle; the curriculum must be a DAG" };
  const rank = new Map(ordered.map((s, i) => [s.id, i]));
  const prereqClosure = new Map<string, Set<string>>();
  const flow = new Map<string, Map<string, number>>();
  // Topological order guarantees every prerequisite's closure and flow exist before its dependents'.
  for (const s of ordered) {
    const closure = new Set<string>();
    for (const p of s.prereqs) {
      closure.add(p);
      for (const q of prereqClosure.get(p)!) closure.add(q);
    }
    prereqClosure.set(s.id, closure);
    const f = new Map<string, number>();
    for (const e of s.encompasses) {
      raise(f, e.id, e.weight);
      for (const [deeper, w] of flow.get(e.id) ?? []) raise(f, deeper, e.weight * w);
    }
    flow.set(s.id, f);
  }
  const courses = [...new Set(ordered.map((s) => s.course))];
  return { ok: true, graph: { skills: ordered, byId, rank, prereqClosure, flow, courses } };
}

function raise(m: Map<string, number>, id: string, w: number): void {
  if (w >= MIN_FLOW_WEIGHT && w > (m.get(id) ?? 0)) m.set(id, w);
}

/**
 * Kahn's algorithm, always taking the earliest-listed ready skill, so an already topological
 * curriculum keeps its order exactly. Returns null on a cycle. Hand-written: 20 lines, no
 * graph library needed for a 100-node DAG.
 */
function curriculumOrder(skills: readonly SkillNode[], byId: ReadonlyMap<string, SkillNode>): SkillNode[] | null {
  const position = new Map(skills.map((s, i) => [s.id, i]));
  const waiting = new Map(skills.map((s) => [s.id, new Set(s.prereqs).size]));
  const dependents = new Map<string, string[]>(skills.map((s) => [s.id, []]));
  for (const s of skills) for (const p of new Set(s.prereqs)) dependents.get(p)!.push(s.id);
  const ready = skills.filter((s) => waiting.get(s.id) === 0).map((s) => s.id);
  const out: SkillNode[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => position.get(a)! - position.get(b)!);
    const id = ready.shift()!;
    out.push(byId.get(id)!);
    for (const d of dependents.get(id)!) {
      const left = waiting.get(d)! - 1;
      waiting.set(d, left);
      if (left === 0) ready.push(d);
    }
  }
  return out.length === skills.length ? out : null;
}

/** Skills of the given courses plus every prerequisite they need from other courses, in order. */
export function skillsInScope(graph: GraphIndex, courses: readonly string[]): SkillNode[] {
  const wanted = new Set<string>();
  for (const s of graph.skills) {
    if (!courses.includes(s.course)) continue;
    wanted.add(s.id);
    for (const p of graph.prereqClosure.get(s.id)!) wanted.add(p);
  }
  return graph.skills.filter((s) => wanted.has(s.id));
}
