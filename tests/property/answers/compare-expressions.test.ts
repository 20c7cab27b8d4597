import { describe, it } from "vitest";
import fc from "fast-check";
import { equivalent } from "@/lib/answers/compare";
import type { ExpressionValue } from "@/lib/answers/types";

const e = (text: string, vars = ["x"]): ExpressionValue => ({ kind: "expression", text, vars });
const roots = fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 1, maxLength: 5 });

/** Expand ∏ (x − r) into coefficients by convolution: the route the checker does not take. */
function expand(rs: number[], lead: number): number[] {
  let c = [lead];
  for (const r of rs) {
    const next = new Array<number>(c.length + 1).fill(0);
    c.forEach((x, i) => {
      next[i] += x;
      next[i + 1] -= r * x;
    });
    c = next;
  }
  return c; // highest power first
}
const polyText = (c: number[]): string => c.map((k, i) => `(${k})*x^${c.length - 1 - i}`).join(" + ");
const factoredText = (rs: number[], lead: number): string => `${lead}*${rs.map((r) => `(x - (${r}))`).join("*")}`;

describe("expression equivalence", () => {
  it("a factored polynomial equals its expansion", () => {
    fc.assert(
      fc.property(roots, fc.integer({ min: 1, max: 5 }), (rs, lead) => equivalent(e(factoredText(rs, lead)), e(polyText(expand(rs, lead))))),
      { numRuns: 100 },
    );
  });

  it("a perturbed coefficient of the expansion is detected", () => {
    fc.assert(
      fc.property(roots, fc.integer({ min: 1, max: 5 }), fc.nat(), fc.constantFrom(-1, 1), (rs, lead, i, d) => {
        const c = expand(rs, lead);
        const k = i % c.length;
        const bumped = c.map((x, j) => (j === k ? x + d : x));
        return !equivalent(e(factoredText(rs, lead)), e(polyText(bumped)));
      }),
      { numRuns: 100 },
    );
  });

  it("sin(ax + b) equals its angle-sum expansion; sin in place of cos is detected unless b = 0", () => {
    fc.assert(
      fc.property(fc.integer({ min: -4, max: 4 }), fc.integer({ min: -3, max: 3 }), (a, b) => {
        const lhs = e(`sin(${a}*x + ${b})`);
        const rhs = e(`sin(${a}*x)*cos(${b}) + cos(${a}*x)*sin(${b})`);
        const bad = e(`sin(${a}*x)*cos(${b}) + sin(${a}*x)*sin(${b})`);
        // bad = sin(ax)(cos b + sin b), which equals sin(ax + b) only when b = 0
        return equivalent(lhs, rhs) && equivalent(lhs, bad) === (b === 0);
      }),
      { numRuns: 100 },
    );
  });

  it("chain-rule composition exp(p(x))·p'(x) vs the derivative written out, in two variables", () => {
    fc.assert(
      fc.property(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 }), (a, b) => {
        const lhs = e(`exp(${a}*x*y + ${b}*y^2) * (${a}*y)`, ["x", "y"]);
        const rhs = e(`${a}*y*exp(${a}*x*y)*exp(${b}*y^2)`, ["x", "y"]);
        const wrong = e(`${a}*x*exp(${a}*x*y)*exp(${b}*y^2)`, ["x", "y"]);
        return equivalent(lhs, rhs) && (a === 0 || !equivalent(lhs, wrong));
      }),
      { numRuns: 60 },
    );
  });
});
