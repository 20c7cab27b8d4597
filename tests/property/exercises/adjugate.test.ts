import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adjugate } from "@/exercises/linear-algebra/matrices/exact";

// Verified by a different route than the code: A·adj(A) = det(A)·I with det by the rule of Sarrus.
const sarrus = ([[a, b, c], [d, e, f], [g, h, i]]: number[][]) => a * e * i + b * f * g + c * d * h - c * e * g - b * d * i - a * f * h;
const product = (A: number[][], B: number[][]) => A.map((r) => B[0].map((_, j) => r.reduce((s, x, k) => s + x * B[k][j], 0)));

describe("adjugate of a 3×3 integer matrix", () => {
  it("A·adj(A) = adj(A)·A = det(A)·I, with no negative zeros (2,000 runs)", () => {
    const entry = fc.integer({ min: -9, max: 9 });
    fc.assert(
      fc.property(fc.array(fc.array(entry, { minLength: 3, maxLength: 3 }), { minLength: 3, maxLength: 3 }), (A) => {
        const adj = adjugate(A);
        const d = sarrus(A);
        const dI = [0, 1, 2].map((i) => [0, 1, 2].map((j) => (i === j ? d : 0) + 0));
        expect(product(A, adj).map((r) => r.map((x) => x + 0))).toEqual(dI);
        expect(product(adj, A).map((r) => r.map((x) => x + 0))).toEqual(dI);
        expect(adj.flat().some((x) => Object.is(x, -0))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
