import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as math from "mathjs";
import { makeRng } from "@/exercises/rng";

/** mathjs products may hold -0; integer matrices compare without it. */
const z = (A: unknown) => (A as number[][]).map((r) => r.map((x) => x + 0));

describe("makeRng", () => {
  it("is a pure function of skill, seed and level", () => {
    const draw = (skill: string, seed: number, level: number) => {
      const r = makeRng(skill, seed, level);
      return [r.next(), r.int(-9, 9), r.intVector(4, -5, 5)];
    };
    expect(draw("la.vectors.dot", 7, 1)).toEqual(draw("la.vectors.dot", 7, 1));
    expect(draw("la.vectors.dot", 7, 1)).not.toEqual(draw("la.vectors.dot", 8, 1));
    expect(draw("la.vectors.dot", 7, 1)).not.toEqual(draw("la.vectors.dot", 7, 2));
    expect(draw("la.vectors.dot", 7, 1)).not.toEqual(draw("la.vectors.modulus", 7, 1));
  });

  it("int stays in range and reaches both ends", () => {
    const r = makeRng("t", 1, 1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(r.int(-3, 3));
    expect([...seen].sort((a, b) => a - b)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
  });

  it("nonZeroInt, intVector and shuffle keep their promises", () => {
    fc.assert(
      fc.property(fc.nat(10_000), (seed) => {
        const r = makeRng("t", seed, 1);
        expect(r.nonZeroInt(-1, 1)).not.toBe(0);
        expect(r.intVector(3, -1, 1).some((x) => x !== 0)).toBe(true);
        expect(r.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
      }),
    );
  });

  it("unimodular gives det ±1 and an exact inverse", () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.integer({ min: 2, max: 4 }), (seed, n) => {
        const { P, Pinv } = makeRng("t", seed, 1).unimodular(n);
        expect(Math.abs(math.det(P))).toBeCloseTo(1, 9);
        expect(z(math.multiply(P, Pinv))).toEqual(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))));
      }),
    );
  });

  it("matrixWithDet has that determinant", () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.integer({ min: 2, max: 3 }), fc.constantFrom(-3, -2, -1, 1, 2, 5), (seed, n, d) => {
        const A = makeRng("t", seed, 1).matrixWithDet(n, d);
        expect(math.det(A)).toBeCloseTo(d, 9);
      }),
    );
  });

  it("withEigenvalues: A·P = P·D, so each column of P is an eigenvector", () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.constantFrom<number[]>([2, -1], [3, 1], [1, 2, -1], [0, 2, 3]), (seed, eigs) => {
        const { A, P } = makeRng("t", seed, 1).withEigenvalues(eigs);
        expect(z(math.multiply(A, P))).toEqual(z(math.multiply(P, math.diag(eigs))));
        const trace = A.reduce((s, row, i) => s + row[i], 0);
        expect(trace).toBe(eigs.reduce((a, b) => a + b, 0));
      }),
    );
  });

  it("signedPermutation preserves dot products", () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 3, maxLength: 3 }), fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 3, maxLength: 3 }), (seed, u, v) => {
        const f = makeRng("t", seed, 1).signedPermutation(3);
        expect(math.dot(f(u), f(v))).toBe(math.dot(u, v));
      }),
    );
  });
});
