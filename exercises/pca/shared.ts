// Shared by the PCA course: exact statistics of integer datasets (1/N normalisation, as in the
// course), exact unit vectors from integer directions, and 2-D datasets built backwards from
// the principal directions they should have, so covariance eigen-decompositions come out nice.
import { Q, type Rational, Surd } from "@/lib/math";
import { matMul, transpose } from "../int-linalg";
import type { Rng } from "../rng";

/** Column means of a data matrix (one observation per row), exact. */
export const meanQ = (X: number[][]): Rational[] => X[0].map((_, j) => Q.of(X.reduce((s, r) => s + r[j], 0), X.length));

/**
 * Covariance with divisor `denom` (N for the course's population covariance, N − 1 for the
 * sample covariance a mistake detector names), by the shortcut Σxⱼxₖ − (Σxⱼ)(Σxₖ)/N in integers.
 */
export function covQ(X: number[][], denom = X.length): Rational[][] {
  const N = X.length;
  const d = X[0].length;
  const sums = X[0].map((_, j) => X.reduce((s, r) => s + r[j], 0));
  return Array.from({ length: d }, (_, j) =>
    Array.from({ length: d }, (_, k) => Q.of(N * X.reduce((s, r) => s + r[j] * r[k], 0) - sums[j] * sums[k], N * denom)),
  );
}

/** Population variance of a list of integers, with divisor `denom` (default N). */
export const varianceQ = (xs: number[], denom = xs.length): Rational => covQ(xs.map((x) => [x]), denom)[0][0];

/** The unit vector w/|w| as exact surds: w_i·√s/s with s = w·w. */
export const unitSurds = (w: number[]): Surd[] => {
  const s = w.reduce((t, x) => t + x * x, 0);
  return w.map((x) => Surd.of(Q.of(x, s), s));
};

/** Flip an integer direction so its first non-zero entry is positive (the course's sign convention). */
export const firstPositive = (w: number[]): number[] => ((w.find((x) => x !== 0) ?? 0) < 0 ? w.map((x) => -x + 0) : w);

export const norm2 = (w: number[]): number => w.reduce((t, x) => t + x * x, 0);

/** Integer orthogonal direction pairs with simple lengths (squared lengths 2, 5, 25, 10). */
const DIRECTIONS: number[][][] = [
  [[1, 1], [1, -1]],
  [[1, 2], [2, -1]],
  [[2, 1], [1, -2]],
  [[3, 4], [4, -3]],
  [[4, 3], [3, -4]],
  [[1, 3], [3, -1]],
];

export interface PcaDataset {
  /** Integer data, one observation per row. */
  X: number[][];
  mu: number[];
  /** First and second principal directions (integer, first non-zero entry positive). */
  w: [number[], number[]];
  /** Coefficients: x_n = μ + a_n w₁ + b_n w₂ (zero-mean, mutually orthogonal). */
  a: number[];
  b: number[];
  /** Covariance eigenvalues λ₁ > λ₂ > 0 (1/N normalisation). */
  lambdas: [Rational, Rational];
}

/**
 * 2-D data x_n = μ + a_n w₁ + b_n w₂ with Σa = Σb = 0 and a·b = 0, so the covariance is
 * (|w₁|²Σa²/N) u₁u₁ᵀ + (|w₂|²Σb²/N) u₂u₂ᵀ: w₁, w₂ are its exact eigenvectors.
 */
export function pcaDataset(rng: Rng, n: number, bound = 9): PcaDataset {
  for (;;) {
    const [w1, w2raw] = rng.pick(DIRECTIONS);
    const w2 = firstPositive(w2raw);
    const a = zeroSum(rng, n, 2);
    const b = zeroSum(rng, n, 1);
    if (a.every((x) => x === 0) || b.every((x) => x === 0) || a.reduce((s, x, i) => s + x * b[i], 0) !== 0) continue;
    const l1 = norm2(w1) * norm2(a);
    const l2 = norm2(w2) * norm2(b);
    if (l1 < 2 * l2) continue;
    const pairs = new Set(a.map((x, i) => `${x},${b[i]}`));
    if (pairs.size < n) continue;
    const mu = [rng.int(-3, 3), rng.int(-3, 3)];
    const X = a.map((ai, i) => mu.map((m, j) => m + ai * w1[j] + b[i] * w2[j]));
    if (X.flat().some((x) => Math.abs(x) > bound)) continue;
    return { X, mu, w: [w1, w2], a, b, lambdas: [Q.of(l1, n), Q.of(l2, n)] };
  }
}

/** n integers in [−m, m] adding up to zero (the last one balances the others). */
function zeroSum(rng: Rng, n: number, m: number): number[] {
  // One scratch array for all tries (the same draws and sums as building a fresh one each try).
  const xs = new Array<number>(n);
  for (;;) {
    let sum = 0;
    for (let i = 0; i < n - 1; i++) sum += xs[i] = rng.int(-m, m);
    const last = -sum;
    if (Math.abs(last) <= m) {
      xs[n - 1] = last;
      return rng.shuffle(xs);
    }
  }
}

/** A data matrix in LaTeX with one observation per row. */
export const dataLatex = (X: number[][]): string =>
  `\\begin{pmatrix} ${X.map((r) => r.join(" & ")).join(" \\\\ ")} \\end{pmatrix}`;

/** "(1, 2), (3, 4), …" — the observations as a list of points in LaTeX. */
export const pointsLatex = (X: number[][]): string => X.map((r) => `(${r.join(", ")})`).join(",\\ ");

/** Σ = L Lᵀ for a random integer lower-triangular L with positive diagonal: symmetric positive definite. */
export function spd(rng: Rng, n: number, off = 2, diag = 2): number[][] {
  const L = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (j < i ? rng.int(-off, off) : j === i ? rng.int(1, diag) : 0)));
  return matMul(L, transpose(L));
}

/** xᵀ A y in integers. */
export const form = (A: number[][], x: number[], y: number[]): number => x.reduce((s, xi, i) => s + xi * A[i].reduce((t, a, j) => t + a * y[j], 0), 0);

/** A 2×2 SPD matrix [[a, b], [b, c]] with a, c > 0 and ac > b², off-diagonal non-zero. */
export function spd2(rng: Rng, max = 5): number[][] {
  for (;;) {
    const [a, c, b] = [rng.int(1, max), rng.int(1, max), rng.nonZeroInt(-3, 3)];
    if (a * c > b * b) return [[a, b], [b, c]];
  }
}

export interface PlaneInstance {
  /** Two independent, non-orthogonal integer vectors spanning the plane (the columns of B). */
  B: [number[], number[]];
  /** x = λ₁b₁ + λ₂b₂ + t·n with n = b₁ × b₂ (primitive): its projection is Bλ, its residual t·n. */
  lambda: [number, number];
  t: number;
  n: number[];
  x: number[];
}

/** A plane in R³ and a point off it whose projection has integer coordinates λ. */
export function planeInstance(rng: Rng, bound = 12): PlaneInstance {
  for (;;) {
    const b1 = rng.intVector(3, -2, 2);
    const b2 = rng.intVector(3, -2, 2);
    const raw = [b1[1] * b2[2] - b1[2] * b2[1], b1[2] * b2[0] - b1[0] * b2[2], b1[0] * b2[1] - b1[1] * b2[0]];
    if (raw.every((v) => v === 0) || b1.reduce((s, v, i) => s + v * b2[i], 0) === 0) continue;
    const g = raw.reduce((a, v) => gcd(a, v), 0);
    const n = raw.map((v) => v / g);
    const lambda: [number, number] = [rng.nonZeroInt(-2, 2), rng.nonZeroInt(-2, 2)];
    const t = rng.nonZeroInt(-1, 1);
    const x = b1.map((v, i) => lambda[0] * v + lambda[1] * b2[i] + t * n[i]);
    if (x.some((v) => Math.abs(v) > bound) || norm2(n) > 30) continue;
    return { B: [b1, b2], lambda, t, n, x };
  }
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/** λ = G⁻¹r for the 2×2 Gram system G λ = r, exactly. */
export function solve2(G: number[][], r: number[]): Rational[] {
  const d = G[0][0] * G[1][1] - G[0][1] * G[1][0];
  return [Q.of(G[1][1] * r[0] - G[0][1] * r[1], d), Q.of(G[0][0] * r[1] - G[1][0] * r[0], d)];
}

/** C = λ₂I + k·w₁w₁ᵀ: eigenvalues λ₁ = λ₂ + k|w₁|² and λ₂, eigenvectors w₁ and w₁⊥ (integer entries). */
export function niceCovariance(rng: Rng): { C: number[][]; w: [number[], number[]]; lambdas: [number, number] } {
  for (;;) {
    const [w1, w2raw] = rng.pick(DIRECTIONS);
    const s = norm2(w1);
    const l2 = rng.int(1, 4);
    const k = rng.int(1, s >= 10 ? 1 : 3);
    const l1 = l2 + k * s;
    if (l1 > 30) continue;
    const C = w1.map((a, i) => w1.map((b, j) => k * a * b + (i === j ? l2 : 0)));
    return { C, w: [w1, firstPositive(w2raw)], lambdas: [l1, l2] };
  }
}

/** √x for a rational x that is the square of a rational, else null. */
function ratSqrt(x: Rational): Rational | null {
  const n = Math.round(Math.sqrt(Number(Q.num(x))));
  const d = Math.round(Math.sqrt(Number(Q.den(x))));
  return n * n === Number(Q.num(x)) && d * d === Number(Q.den(x)) ? Q.of(n, d) : null;
}

/**
 * Exact eigen-decomposition of a symmetric 2×2 rational matrix whose eigenvalues are rational
 * (as every covariance built in this course is): λ = (a + c)/2 ± √(((a − c)/2)² + b²), largest
 * first, with primitive integer eigen-directions (first non-zero entry positive).
 */
export function symEigen2(C: Rational[][]): { lambdas: [Rational, Rational]; w: [number[], number[]] } {
  const [a, b, c] = [C[0][0], C[0][1], C[1][1]];
  const half = a.add(c).div(Q.of(2));
  const r = ratSqrt(a.sub(c).div(Q.of(2)).pow(2).add(b.mul(b)));
  if (!r) throw new Error("symEigen2: eigenvalues are not rational");
  const lambdas: [Rational, Rational] = [half.add(r), half.sub(r)];
  const dir = (l: Rational): number[] => {
    // (b, λ − a) solves (C − λI)v = 0 unless b = 0, when the axes are the eigenvectors
    if (Q.isZero(b)) return Q.eq(l, a) ? [1, 0] : [0, 1];
    const v = [b, l.sub(a)];
    const l2 = v.reduce((m, x) => (m * Number(Q.den(x))) / gcd(m, Number(Q.den(x))), 1);
    const ints = v.map((x) => Q.toNumber(x.mul(Q.of(l2))));
    const g = ints.reduce((s, x) => gcd(s, x), 0);
    return firstPositive(ints.map((x) => Math.round(x / g) + 0));
  };
  return { lambdas, w: [dir(lambdas[0]), dir(lambdas[1])] };
}
