// Numeric eigenvalues and eigenvectors (floats) on mathjs `eigs`, for where exact roots of
// the characteristic polynomial are not available. Exact work uses charPoly in elimination.ts.
import type { Complex } from "mathjs";
import { mj } from "./mathjs";

export interface ComplexNum {
  re: number;
  im: number;
}

export interface EigenPair {
  value: number;
  /** Unit length, first non-zero entry positive (a fixed sign so results are reproducible). */
  vector: number[];
}

const EPS = 1e-10;

function toComplex(x: number | Complex | unknown): ComplexNum {
  if (typeof x === "number") return { re: x, im: 0 };
  const c = x as Complex;
  return { re: c.re, im: Math.abs(c.im) < EPS ? 0 : c.im };
}

export function normaliseSign(v: number[]): number[] {
  const len = Math.hypot(...v);
  if (len === 0) return v.slice();
  const first = v.find((x) => Math.abs(x) > EPS * len) ?? 1;
  const s = first < 0 ? -1 : 1;
  return v.map((x) => (s * x) / len);
}

/** All eigenvalues, real or complex, sorted by real part then imaginary part. */
export function eigenvalues(a: number[][]): ComplexNum[] {
  const { values } = mj.eigs(a, { eigenvectors: false });
  return (values as unknown[]).map(toComplex).sort((p, q) => p.re - q.re || p.im - q.im);
}

/**
 * Eigenpairs of a symmetric matrix, largest eigenvalue first (the PCA order), with
 * orthonormal eigenvectors even for repeated eigenvalues.
 */
export function symmetricEigen(a: number[][]): EigenPair[] {
  const { eigenvectors } = mj.eigs(a);
  return eigenvectors
    .map((p) => ({ value: p.value as number, vector: normaliseSign(p.vector as number[]) }))
    .sort((p, q) => q.value - p.value);
}

/**
 * Real eigenpairs of a general matrix (complex eigenvalues omitted), largest first. A defective
 * matrix yields fewer vectors than its size (one per independent eigenvector mathjs finds).
 */
export function realEigenpairs(a: number[][]): EigenPair[] {
  const { eigenvectors } = mj.eigs(a);
  const out: EigenPair[] = [];
  for (const p of eigenvectors) {
    const v = toComplex(p.value);
    if (v.im !== 0) continue;
    const vec = (p.vector as unknown[]).map((x) => toComplex(x).re);
    out.push({ value: v.re, vector: normaliseSign(vec) });
  }
  return out.sort((p, q) => q.value - p.value);
}
