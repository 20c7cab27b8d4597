// Shared fast-check arbitraries for lib/math property tests: small integer matrices.
import fc from "fast-check";
import { qmat, type QMatrix } from "@/lib/math";

export const intMatrix = (m: number, n: number, lo = -5, hi = 5): fc.Arbitrary<number[][]> =>
  fc.array(fc.array(fc.integer({ min: lo, max: hi }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m });

export const sizedSquare = (maxN = 4): fc.Arbitrary<number[][]> =>
  fc.integer({ min: 1, max: maxN }).chain((n) => intMatrix(n, n));

export const sizedRect = (maxN = 4): fc.Arbitrary<number[][]> =>
  fc.tuple(fc.integer({ min: 1, max: maxN }), fc.integer({ min: 1, max: maxN })).chain(([m, n]) => intMatrix(m, n));

export const q = (a: number[][]): QMatrix => qmat(a);

export const mulN = (a: number[][], b: number[][]): number[][] =>
  a.map((r) => b[0].map((_, j) => r.reduce((s, x, k) => s + x * b[k][j], 0)));
export const tN = (a: number[][]): number[][] => a[0].map((_, j) => a.map((r) => r[j]));
export const maxDiff = (a: number[][], b: number[][]): number =>
  Math.max(0, ...a.flatMap((r, i) => r.map((x, j) => Math.abs(x - b[i][j]))));
export const eye = (n: number): number[][] => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => +(i === j)));

/** Determinant by cofactor expansion: a different route from elimination. */
export function cofactorDet(a: number[][]): number {
  if (a.length === 1) return a[0][0];
  return a[0].reduce((s, x, j) => s + (j % 2 ? -1 : 1) * x * cofactorDet(a.slice(1).map((r) => r.filter((_, k) => k !== j))), 0);
}
