// Laws for module "taylor". Taylor coefficients of data.f are recovered numerically, never from
// a symbolic series: one-variable coefficients by the Cauchy integral (a finite-difference
// formula on a small complex circle, exact to round-off for analytic f), multivariate ones by
// central finite differences of value, gradient and Hessian; estimates by a finite-difference slope.
import { expect } from "vitest";
import * as math from "mathjs";
import { parse } from "@/lib/answers";
import type { Problem } from "@/exercises/types";
import type { Laws } from "../types";
import { close, diff, fn } from "../calculus-numeric";

/** Answer-language text → a function of a complex x (plain mathjs). */
function complexFn(text: string): (z: math.Complex) => math.Complex {
  const r = parse(text, "expression", { vars: ["x"] });
  if (!r.ok) throw new Error(`law: "${text}" does not parse: ${r.error}`);
  const c = math.compile(r.value.kind === "expression" ? r.value.text : String((r.value as { value: number }).value));
  return (z) => math.complex(c.evaluate({ x: z }) as math.Complex);
}

/**
 * Coefficients c_0..c_N of the Taylor series of text about a: c_j = (1/2πi)∮ f(z)/(z − a)^{j+1} dz,
 * by the trapezoid rule on the circle |z − a| = r (spectrally accurate).
 */
export function taylorCoefficients(text: string, a: number, N: number, r = 0.25, M = 64): number[] {
  const f = complexFn(text);
  const vals = Array.from({ length: M }, (_, k) => f(math.complex(a + r * Math.cos((2 * Math.PI * k) / M), r * Math.sin((2 * Math.PI * k) / M))));
  return Array.from({ length: N + 1 }, (_, j) => {
    let re = 0;
    for (let k = 0; k < M; k++) {
      const t = (-2 * Math.PI * j * k) / M;
      re += vals[k].re * Math.cos(t) - vals[k].im * Math.sin(t);
    }
    return re / M / r ** j;
  });
}

/** The answer is a polynomial of degree ≤ n whose Taylor coefficients about a match f's up to n. */
function matchesTaylor(p: Problem, f: string, a: number, n: number): void {
  const answer = p.answer.numeric as string;
  const want = taylorCoefficients(f, a, n);
  const got = taylorCoefficients(answer, a, n + 3);
  for (let j = 0; j <= n + 3; j++) {
    close(got[j], j <= n ? want[j] : 0, `${p.skill} seed ${p.seed} level ${p.level}: coefficient of (x - ${a})^${j}`, 1e-8);
  }
}

const centre = (text: string): number => math.evaluate(text) as number;

/** Numeric value, gradient and Hessian of g at the point, by central differences. */
function jet(g: (s: Record<string, number>) => number, at: Record<string, number>, vars: string[]): number[] {
  const grad = vars.map((v) => diff(g, at, v));
  const hess = vars.flatMap((v, i) => vars.slice(i).map((w) => diff((s) => diff(g, s, v), at, w)));
  return [g(at), ...grad, ...hess];
}

const where = (p: Problem) => `${p.skill} seed ${p.seed} level ${p.level}`;

export const laws: Laws = {
  "mc.taylor.maclaurin": (p) => matchesTaylor(p, p.data.f as string, 0, p.data.n as number),
  "mc.taylor.taylor-point": (p) => matchesTaylor(p, p.data.f as string, centre(p.data.a as string), p.data.n as number),
  "mc.taylor.linearisation": (p) => {
    // f(a) + f'(a)·δ with the slope from a central difference of data.f
    const f = fn(p.data.f as string, ["x"]);
    const a = p.data.a as number;
    const delta = centre(p.data.delta as string);
    close(p.answer.numeric as number, f({ x: a }) + diff(f, { x: a }, "x") * delta, where(p), 1e-7);
    expect(Math.abs((p.answer.numeric as number) - f({ x: a + delta })), `${where(p)}: the estimate is not the true value`).toBeGreaterThan(0);
  },
  "mc.taylor.multivariate": (p) => {
    const vars = ["x", "y"];
    const [a, b] = p.data.x0 as number[];
    const at = { x: a, y: b };
    const P = fn(p.answer.numeric as string, vars);
    const want = jet(fn(p.data.f as string, vars), at, vars);
    const got = jet(P, at, vars);
    want.forEach((w, i) => close(got[i], w, `${where(p)}: value/gradient/Hessian entry ${i}`, 1e-4));
    // and P is quadratic: third differences along a few directions vanish
    for (const [u, v] of [[1, 0], [0, 1], [1, 2], [-2, 1]]) {
      const g = (t: number) => P({ x: a + t * u, y: b + t * v });
      const third = g(1.5) - 3 * g(0.5) + 3 * g(-0.5) - g(-1.5);
      close(third, 0, `${where(p)}: third difference along (${u}, ${v})`, 1e-8);
    }
  },
};

