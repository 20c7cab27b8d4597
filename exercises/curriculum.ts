// The skill graph (exercises/curriculum.json), validated once at import with zod plus graph
// checks (unique ids, known prerequisites and encompassed skills, weights in (0, 1], no cycles).
// The scheduler reads prereqs, encompasses and module order from here.
import { z } from "zod";
import raw from "./curriculum.json";

const SkillSchema = z.object({
  id: z.string().regex(/^(la|mc|pca)\.[a-z0-9-]+\.[a-z0-9-]+$/, "id must look like <course>.<area>.<skill>"),
  course: z.enum(["linear-algebra", "multivariate-calculus", "pca"]),
  module: z.string().min(1),
  title: z.string().min(1),
  prereqs: z.array(z.string()),
  encompasses: z.array(z.object({ id: z.string(), weight: z.number() })),
  problem: z.string().min(1),
  answer: z.string().min(1),
  mistakes: z.array(z.string()),
  source: z.string(),
});

export type CurriculumSkill = z.infer<typeof SkillSchema>;
export type CourseId = CurriculumSkill["course"];

export interface Curriculum {
  skills: CurriculumSkill[];
  byId: ReadonlyMap<string, CurriculumSkill>;
  /** Course ids in first-appearance order. */
  courses: CourseId[];
  /** Module titles per course, in the order they appear. */
  modules: ReadonlyMap<CourseId, string[]>;
}

/** Validate raw JSON into a Curriculum; throws one Error listing every problem, each naming the bad id. */
export function loadCurriculum(input: unknown): Curriculum {
  const parsed = z.array(SkillSchema).safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => {
      const idx = typeof i.path[0] === "number" ? i.path[0] : -1;
      const id = (Array.isArray(input) && (input[idx] as { id?: unknown })?.id) || `skill #${idx}`;
      return `${String(id)}: ${i.path.slice(1).join(".") || "(skill)"}: ${i.message}`;
    });
    throw new Error(`curriculum invalid:\n${issues.join("\n")}`);
  }
  const skills = parsed.data;
  const errors: string[] = [];
  const byId = new Map<string, CurriculumSkill>();
  for (const s of skills) {
    if (byId.has(s.id)) errors.push(`${s.id}: duplicate id`);
    byId.set(s.id, s);
  }
  for (const s of skills) {
    for (const p of s.prereqs) if (!byId.has(p)) errors.push(`${s.id}: unknown prerequisite ${p}`);
    for (const e of s.encompasses) {
      if (!byId.has(e.id)) errors.push(`${s.id}: unknown encompassed skill ${e.id}`);
      if (!(e.weight > 0 && e.weight <= 1)) errors.push(`${s.id}: weight ${e.weight} of ${e.id} is outside (0, 1]`);
    }
  }
  errors.push(...findCycles(skills, byId));
  if (errors.length) throw new Error(`curriculum invalid:\n${errors.join("\n")}`);

  const courses: CourseId[] = [];
  const modules = new Map<CourseId, string[]>();
  for (const s of skills) {
    if (!modules.has(s.course)) {
      courses.push(s.course);
      modules.set(s.course, []);
    }
    const list = modules.get(s.course)!;
    if (!list.includes(s.module)) list.push(s.module);
  }
  return { skills, byId, courses, modules };
}

/** Depth-first search over prerequisites; reports each cycle as "a -> b -> a". */
function findCycles(skills: CurriculumSkill[], byId: Map<string, CurriculumSkill>): string[] {
  const state = new Map<string, 1 | 2>();
  const errors: string[] = [];
  const visit = (id: string, path: string[]) => {
    if (state.get(id) === 2) return;
    if (state.get(id) === 1) {
      errors.push(`${id}: prerequisite cycle ${[...path.slice(path.indexOf(id)), id].join(" -> ")}`);
      return;
    }
    state.set(id, 1);
    for (const p of byId.get(id)?.prereqs ?? []) visit(p, [...path, id]);
    state.set(id, 2);
  };
  for (const s of skills) visit(s.id, []);
  return errors;
}

export const curriculum: Curriculum = loadCurriculum(raw);

export function getSkill(id: string): CurriculumSkill | undefined {
  return curriculum.byId.get(id);
}

export function skillsOfCourse(course: string): CurriculumSkill[] {
  return curriculum.skills.filter((s) => s.course === course);
}

export function skillsOfModule(module: string): CurriculumSkill[] {
  return curriculum.skills.filter((s) => s.module === module);
}

/** The module folder of a skill id: "la.vectors.dot" → "vectors". */
export const moduleFolder = (id: string): string => id.split(".")[1];
