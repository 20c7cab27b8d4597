// Helpers for the calculus laws: evaluate answer-language text with plain mathjs floats and check
// a claimed derivative against central finite differences of the function itself (never against
// a symbolic derivative, which the generators may use).
import { expect } from "vitest";
import * as math from "mathjs";
import seedrandom from "seedrandom";
import { parse } from "@/lib/answers";
import type { Problem } from "@/exercises/types";

const cache = new Map<string, math.EvalFunction>();

/** Answer-language text (ln, implicit products) → a compiled plain-mathjs function. */
export function fn(text: string, vars: string[]): (scope: Record<string, number>) => number {
  const key = `${vars.join(",")}|${text}`;
  let c = cache.get(key);
  if (!c) {
    const r = parse(text, "expression", { vars });
    if (!r.ok) throw new Error(`law: "${text}" does not parse: ${r.error}`);
    const canonical = r.value.kind === "expression" ? r.value.text : String((r.value as { value: number }).value);
    c = math.compile(canonical);
    cache.set(key, c);
  }
  const compiled = c;
  return (scope) => {
    const v: unknown = compiled.evaluate({ ...scope });
    return typeof v === "number" ? v : Number.NaN;
  };
}

/** Random points in the problem's domain box (default [-2, 2] per variable), deterministic per problem. */
export function points(p: Problem, vars: string[], n = 6): Record<string, number>[] {
  const rng = seedrandom(`law:${p.skill}:${p.seed}:${p.level}`);
  return Array.from({ length: n }, () =>
    Object.fromEntries(vars.map((v) => {
      const [lo, hi] = p.policy.domain?.[v] ?? [-2, 2];
      return [v, lo + (hi - lo) * rng()];
    })),
  );
}

/** Central difference ∂g/∂v at the scope. */
export function diff(g: (s: Record<string, number>) => number, scope: Record<string, number>, v: string): number {
  const h = 1e-5 * Math.max(1, Math.abs(scope[v]));
  return (g({ ...scope, [v]: scope[v] + h }) - g({ ...scope, [v]: scope[v] - h })) / (2 * h);
}

export function close(actual: number, expected: number, what: string, rel = 1e-5): void {
  expect(Number.isFinite(actual), `${what}: ${actual} is not finite`).toBe(true);
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(expected)));
}

/** The answer (an expression in vars) equals ∂f/∂v by finite differences at random points of the domain. */
export function isPartial(p: Problem, f: string, answer: string, vars: string[], v: string): void {
  const F = fn(f, vars);
  const D = fn(answer, vars);
  for (const s of points(p, vars)) close(D(s), diff(F, s, v), `${p.skill} seed ${p.seed} level ${p.level} at ${JSON.stringify(s)}`);
}
