// The exercise commands' logic, shared by the single commands (skills, generate, check) and by
// `batch` lines: validate skill/seed/level once, answer with the JSON shapes the CLI promises.
import { curriculum } from "@/exercises/curriculum";
import { getGenerator } from "@/exercises/registry";
import type { Generator, Problem } from "@/exercises/types";

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export interface ProblemRequest {
  skill?: unknown;
  seed?: unknown;
  level?: unknown;
}

const asInt = (x: unknown): number | null => {
  const n = typeof x === "string" && /^\d+$/.test(x.trim()) ? Number(x) : x;
  return typeof n === "number" && Number.isSafeInteger(n) ? n : null;
};

/** Skill, seed and level checked, with one-line messages that say what to do. */
export function resolveProblem(req: ProblemRequest): Outcome<{ g: Generator; seed: number; level: number }> {
  if (typeof req.skill !== "string" || req.skill === "") return { ok: false, error: "missing --skill ID (see `basis skills`)" };
  const g = getGenerator(req.skill);
  if (!g) {
    const known = curriculum.byId.has(req.skill);
    return { ok: false, error: known ? `skill ${req.skill} has no generator yet` : `unknown skill ${req.skill} (see \`basis skills\`)` };
  }
  const seed = asInt(req.seed);
  if (req.seed === undefined) return { ok: false, error: "missing --seed N (a non-negative integer)" };
  if (seed === null || seed < 0) return { ok: false, error: `bad seed ${JSON.stringify(req.seed)}: expected a non-negative integer` };
  const level = req.level === undefined ? g.levels[0] : asInt(req.level);
  if (level === null || !g.levels.includes(level)) {
    return { ok: false, error: `bad level ${JSON.stringify(req.level)} for ${g.id}: expected one of ${g.levels.join(", ")}` };
  }
  return { ok: true, value: { g, seed, level } };
}

/** Exactly what `generate --json` prints (internal parse options and policy left out). */
export function problemJson(p: Problem) {
  const { skill, seed, level, version, prompt, data, expects, answer, solution, hints } = p;
  return { skill, seed, level, version, prompt, data, expects, answer: { text: answer.text, latex: answer.latex, numeric: answer.numeric }, solution, hints };
}

export function generateRequest(req: ProblemRequest): Outcome<ReturnType<typeof problemJson>> {
  const r = resolveProblem(req);
  if (!r.ok) return r;
  return { ok: true, value: problemJson(r.value.g.generate(r.value.seed, r.value.level)) };
}

export function checkRequest(req: ProblemRequest & { answer?: unknown }) {
  const r = resolveProblem(req);
  if (!r.ok) return r;
  if (typeof req.answer !== "string") return { ok: false as const, error: "missing --answer TEXT" };
  const { g, seed, level } = r.value;
  const v = g.check(g.generate(seed, level), req.answer);
  return { ok: true as const, value: { correct: v.correct, score: v.score, feedback: v.feedback, mistakes: v.mistakes, interpreted: v.interpreted } };
}

export interface SkillRow {
  id: string;
  course: string;
  module: string;
  title: string;
  prereqs: string[];
  /** null while the skill has no generator. */
  expects: string | null;
  levels: number[] | null;
}

export function skillsRequest(req: { course?: unknown; built?: boolean }): Outcome<SkillRow[]> {
  if (req.course !== undefined && !curriculum.courses.includes(req.course as never)) {
    return { ok: false, error: `unknown course ${JSON.stringify(req.course)}: expected one of ${curriculum.courses.join(", ")}` };
  }
  const rows = curriculum.skills
    .filter((s) => req.course === undefined || s.course === req.course)
    .map((s) => {
      const g = getGenerator(s.id);
      return { id: s.id, course: s.course, module: s.module, title: s.title, prereqs: s.prereqs, expects: g?.expects ?? null, levels: g?.levels ?? null };
    })
    .filter((row) => !req.built || row.expects !== null);
  return { ok: true, value: rows };
}
