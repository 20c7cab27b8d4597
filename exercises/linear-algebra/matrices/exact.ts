// Exact inverses of small integer matrices (adjugate / determinant as rationals) and an integer
// 2×2 matrix with a prescribed determinant, shared by the inverse and solve skills.
import { Q, type Rational } from "@/lib/math";
import { det, identity, matMul, maxAbs, transpose } from "../../int-linalg";
import type { Rng } from "../../rng";

/** The adjugate (transposed cofactor matrix) of a 2×2 or 3×3 integer matrix: A·adj(A) = det(A)·I. */
export function adjugate(A: number[][]): number[][] {
  const n = A.length;
  if (n === 2) return [[A[1][1], -A[0][1]], [-A[1][0], A[0][0]]];
  if (n === 3) return adjugate3(A);
  const cofactors = A.map((_, i) =>
    A.map((__, j) => {
      const minor = A.filter((_r, r) => r !== i).map((row) => row.filter((_c, c) => c !== j));
      return ((i + j) % 2 === 0 ? 1 : -1) * det(minor) + 0;
    }),
  );
  return transpose(cofactors);
}

/** Rows/columns other than k, in order. */
const OTHER: [number, number][] = [[1, 2], [0, 2], [0, 1]];

/**
 * 3×3 adjugate from the 2×2 minors' ad − bc written out (the same integers as the minors'
 * determinants, signs and transpose above): rejection loops call this on every try.
 */
function adjugate3(A: number[][]): number[][] {
  const adj = [new Array<number>(3), new Array<number>(3), new Array<number>(3)];
  for (let i = 0; i < 3; i++) {
    const [r0, r1] = OTHER[i];
    for (let j = 0; j < 3; j++) {
      const [c0, c1] = OTHER[j];
      const minor = A[r0][c0] * A[r1][c1] - A[r0][c1] * A[r1][c0];
      adj[j][i] = ((i + j) % 2 === 0 ? 1 : -1) * minor + 0;
    }
  }
  return adj;
}

export const scaleQ = (A: number[][], k: Rational): Rational[][] => A.map((r) => r.map((x) => Q.mul(x, k)));

/** A⁻¹ = adj(A) / det(A), exactly. */
export const inverseQ = (A: number[][]): Rational[][] => scaleQ(adjugate(A), Q.inv(det(A)));

export const matVecQ = (M: Rational[][], v: number[]): Rational[] =>
  M.map((row) => row.reduce((s, x, j) => s.add(x.mul(Q.of(v[j]))), Q.zero));

export const transposeQ = (M: Rational[][]): Rational[][] => M[0].map((_, j) => M.map((r) => r[j]));

/**
 * A 2×2 integer matrix with entries in [−bound, bound], the given determinant, both off-diagonal
 * entries non-zero and unequal diagonal entries (so swap/negate mistakes are all visible).
 */
export function matrix2WithDet(rng: Rng, d: number, bound = 6): number[][] {
  for (;;) {
    const [a, b, c] = [rng.int(-bound, bound), rng.nonZeroInt(-bound, bound), rng.nonZeroInt(-bound, bound)];
    // ad − bc = d fixes the last entry; keep it when it is a whole number in range.
    if (a === 0 || (d + b * c) % a !== 0) continue;
    const dd = (d + b * c) / a + 0; // + 0 turns -0 into 0
    if (Math.abs(dd) <= bound && dd !== a && b !== c) return [[a, b], [c, dd]];
  }
}

/** "\\frac{1}{d}" as a factor in front of a matrix: nothing for 1, a minus sign for −1. */
export const overDetLatex = (d: number): string => (d === 1 ? "" : d === -1 ? "-" : `${d < 0 ? "-" : ""}\\frac{1}{${Math.abs(d)}}`);

/**
 * An n×n integer matrix with entries in [−bound, bound] and determinant d, built as a product
 * L·U (unit lower triangular times upper triangular with diagonal a shuffle of d, 1, …) with rows
 * and columns then shuffled: a few dozen draws, several times faster than rng.matrixWithDet's
 * retried products of unimodular matrices (which remain the fallback).
 */
export function sampleWithDet(rng: Rng, n: number, d: number, bound: number): number[][] {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const diag = rng.shuffle([d, ...Array.from({ length: n - 1 }, () => 1)]);
    const L = identity(n).map((row, i) => row.map((x, j) => (j < i ? rng.int(-2, 2) : x)));
    const U = identity(n).map((row, i) => row.map((x, j) => (j > i ? rng.int(-2, 2) : j === i ? diag[i] : 0)));
    const LU = matMul(L, U);
    const [rows, cols] = [rng.shuffle(LU.map((_, i) => i)), rng.shuffle(LU.map((_, i) => i))];
    const A = rows.map((i) => cols.map((j) => LU[i][j]));
    // The shuffles may flip the sign of the determinant; negating one row flips it back.
    if (det(A) === -d) {
      const r = rng.int(0, n - 1);
      A[r] = A[r].map((x) => -x + 0);
    }
    if (maxAbs(A) <= bound) return A;
  }
  return rng.matrixWithDet(n, d, bound);
}
