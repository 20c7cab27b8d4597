// Shared by the exercise property tests: how many seeds, and JSON-plainness checks.
import type { Generator, Problem } from "@/exercises/types";

/** Seeds per (skill, level); the issue asks for at least 200. */
export const SEEDS = 200;

export function* problems(g: Generator): Generator_<Problem> {
  for (const level of g.levels) for (let seed = 1; seed <= SEEDS; seed++) yield g.generate(seed, level);
}
type Generator_<T> = globalThis.Generator<T, void, unknown>;

/** Where `x` stops being plain JSON (finite numbers, booleans, strings, null, arrays, plain objects), or null. */
export function notPlainJson(x: unknown, path = "$"): string | null {
  if (x === null || typeof x === "boolean" || typeof x === "string") return null;
  if (typeof x === "number") return Number.isFinite(x) ? null : `${path} is ${x}`;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      const bad = notPlainJson(x[i], `${path}[${i}]`);
      if (bad) return bad;
    }
    return null;
  }
  if (typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype) {
    for (const [k, v] of Object.entries(x)) {
      const bad = notPlainJson(v, `${path}.${k}`);
      if (bad) return bad;
    }
    return null;
  }
  return `${path} is not plain JSON (${typeof x})`;
}

export const where = (p: Problem): string => `${p.skill} seed ${p.seed} level ${p.level}`;
