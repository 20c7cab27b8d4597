// Calculus helpers on mathjs: symbolic derivatives, evaluation of expression text, and
// finite differences for checking gradients and Hessians numerically.
import type { EvalFunction } from "mathjs";
import { mj } from "./mathjs";

const compiled = new Map<string, EvalFunction>();

/** Compile once per text; generators and checkers evaluate the same texts many times. */
export function compile(text: string): EvalFunction {
  let c = compiled.get(text);
  if (!c) {
    c = mj.compile(text);
    if (compiled.size > 5000) compiled.clear();
    compiled.set(text, c);
  }
  return c;
}

/** d(text)/dv as simplified mathjs text, e.g. derivative("x^2 sin(x)", "x"). */
export function derivative(text: string, v: string): string {
  return mj.derivative(text, v).toString();
}

export function simplify(text: string): string {
  return mj.simplify(text).toString();
}

/**
 * The real value of text at the scope, or null when it is undefined there (division by zero,
 * log of a negative, a complex result, an unknown name).
 */
export function evaluateAt(text: string, scope: Record<string, number>): number | null {
  try {
    const r: unknown = compile(text).evaluate({ ...scope });
    if (typeof r === "number") return Number.isFinite(r) ? r : null;
    if (typeof r === "boolean") return r ? 1 : 0;
    if (r && typeof r === "object" && "re" in r && "im" in r) {
      const c = r as { re: number; im: number };
      return Math.abs(c.im) <= 1e-12 * Math.max(1, Math.abs(c.re)) && Number.isFinite(c.re) ? c.re : null;
    }
    if (r && typeof r === "object" && "valueOf" in r) {
      const n = Number((r as { valueOf(): unknown }).valueOf());
      return Number.isFinite(n) ? n : null;
    }
    return null;
  } catch {
    return null;
  }
}

export type RealFn = (x: number) => number;

/** Central difference f'(x) ≈ (f(x+h) − f(x−h)) / 2h; error O(h²). */
export const centralDiff = (f: RealFn, x: number, h = 1e-5): number => (f(x + h) - f(x - h)) / (2 * h);

/** Second difference f''(x) ≈ (f(x+h) − 2f(x) + f(x−h)) / h². */
export const secondDiff = (f: RealFn, x: number, h = 1e-4): number => (f(x + h) - 2 * f(x) + f(x - h)) / (h * h);

function along(text: string, scope: Record<string, number>, v: string): RealFn {
  return (t) => evaluateAt(text, { ...scope, [v]: t }) ?? Number.NaN;
}

/** Numeric ∂(text)/∂v at the scope. */
export const partialAt = (text: string, scope: Record<string, number>, v: string, h = 1e-5): number =>
  centralDiff(along(text, scope, v), scope[v], h);

/** Numeric gradient at the scope, in the order of vars. */
export const gradientAt = (text: string, scope: Record<string, number>, vars: string[], h = 1e-5): number[] =>
  vars.map((v) => partialAt(text, scope, v, h));

/** Numeric Hessian at the scope (differences of the symbolic gradient, so O(h²) accurate). */
export function hessianAt(text: string, scope: Record<string, number>, vars: string[], h = 1e-5): number[][] {
  const grads = vars.map((v) => derivative(text, v));
  return grads.map((g) => vars.map((v) => partialAt(g, scope, v, h)));
}

/** Symbolic gradient as texts, in the order of vars. */
export const gradient = (text: string, vars: string[]): string[] => vars.map((v) => derivative(text, v));

/** Symbolic Hessian as texts. */
export const hessian = (text: string, vars: string[]): string[][] =>
  gradient(text, vars).map((g) => vars.map((v) => derivative(g, v)));
