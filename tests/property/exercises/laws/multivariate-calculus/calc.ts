// Laws for module "calc": every derivative checked against central finite differences of data.f at
// random points of the domain; slopes by solving for the line through the two points.
import { expect } from "vitest";
import * as math from "mathjs";
import type { Laws, Law } from "../types";
import type { Problem } from "@/exercises/types";
import { fn, isPartial } from "../calculus-numeric";

const derivative: Law = (p: Problem) => {
  expect(typeof p.answer.numeric, `${p.skill}: expression answer`).toBe("string");
  isPartial(p, p.data.f as string, p.answer.numeric as string, ["x"], "x");
};

export const laws: Laws = {
  "mc.calc.gradient-from-graph": (p) => {
    const [A, B] = [p.data.A as number[], p.data.B as number[]];
    // y = m x + c through both points: solve [[xA, 1], [xB, 1]] (m, c) = (yA, yB)
    const [[m]] = math.lusolve([[A[0], 1], [B[0], 1]], [A[1], B[1]]) as number[][];
    expect(p.answer.numeric as number).toBeCloseTo(m, 9);
    if (p.data.f) {
      const f = fn(p.data.f as string, ["x"]);
      for (const P of [A, B]) expect(f({ x: P[0] })).toBeCloseTo(P[1], 9);
    }
  },
  "mc.calc.first-principles": (p) => {
    derivative(p);
    // and the difference quotient itself tends to the answer: (f(x+h) - f(x))/h for h = 1e-6
    const f = fn(p.data.f as string, ["x"]);
    const d = fn(p.answer.numeric as string, ["x"]);
    for (const x of [0.7, 1.3, 2.6]) expect(Math.abs((f({ x: x + 1e-6 }) - f({ x })) / 1e-6 - d({ x }))).toBeLessThan(1e-3 * Math.max(1, Math.abs(d({ x }))));
  },
  "mc.calc.power-rule": derivative,
  "mc.calc.special-functions": derivative,
  "mc.calc.product-rule": derivative,
  "mc.calc.chain-rule": derivative,
  "mc.calc.quotient-rule": derivative,
};
