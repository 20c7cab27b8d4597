// Laws for module "eigen": each answer re-derived by another route with mathjs floats —
// A v = λ v, det(A − λI) = 0 with the symmetric functions (trace, minors, det) fixing the
// multiplicities, the characteristic polynomial divided by the claimed real roots, AC = CD,
// repeated multiplication, and PageRank by following the links one by one.
import { expect } from "vitest";
import * as math from "mathjs";
import type { Laws } from "../types";

type M = number[][];
const num = (x: unknown): number => (typeof x === "number" ? x : (math.evaluate(String(x)) as number));
const matOf = (x: unknown): M => (x as unknown[][]).map((r) => r.map(num));
const det = (A: M) => math.det(A) as number;
const shift = (A: M, l: number): M => A.map((r, i) => r.map((x, j) => (i === j ? x - l : x)));
const charAt = (A: M, l: number) => det(shift(A, l));
const mul = (a: unknown, b: unknown) => math.multiply(a as M, b as M) as unknown as M;
const closeAll = (a: number[], b: number[], what: string) => {
  expect(a.length, what).toBe(b.length);
  a.forEach((x, i) => expect(x, `${what} [${i}]`).toBeCloseTo(b[i], 7));
};
const trace = (A: M) => A.reduce((s, r, i) => s + r[i], 0);
/** Sum of the principal 2×2 minors: the second symmetric function of the eigenvalues. */
const minors2 = (A: M) => {
  let s = 0;
  for (let i = 0; i < A.length; i++) for (let j = i + 1; j < A.length; j++) s += A[i][i] * A[j][j] - A[i][j] * A[j][i];
  return s;
};

/** The eigenvalues (all of them, with multiplicity) match A's symmetric functions and are roots. */
function allEigenvalues(A: M, eigs: number[]) {
  expect(eigs).toHaveLength(A.length);
  for (const l of eigs) expect(Math.abs(charAt(A, l)), `det(A − ${l}I)`).toBeLessThan(1e-6);
  expect(eigs.reduce((s, x) => s + x, 0), "sum = trace").toBeCloseTo(trace(A), 7);
  expect(eigs.reduce((s, x) => s * x, 1), "product = det").toBeCloseTo(det(A), 6);
  if (A.length === 3) {
    const e2 = eigs[0] * eigs[1] + eigs[0] * eigs[2] + eigs[1] * eigs[2];
    expect(e2, "pairwise products = principal minors").toBeCloseTo(minors2(A), 6);
  }
}

/** The claimed real eigenvalues are all of them: det(A − λI) / Π(μ − λ) has no real root left. */
function realEigenvalues(A: M, eigs: number[]) {
  const n = A.length;
  const q = (x: number) => charAt(A, x) / eigs.reduce((s, m) => s * (m - x), 1);
  const points = Array.from({ length: 28 }, (_, k) => -10.3 + 0.77 * k);
  if (eigs.length === n) for (const x of points) expect(q(x), `quotient at ${x}`).toBeCloseTo(1, 6);
  else {
    // what is left is (−1)^{n−k} times a monic quadratic without real roots: one sign, growing like x²
    expect(n - eigs.length).toBe(2);
    for (const x of points) expect(q(x), `quotient at ${x}`).toBeGreaterThan(1e-9);
    expect(q(40) / 1600).toBeGreaterThan(0.9);
    expect(q(40) / 1600).toBeLessThan(1.1);
  }
}

export const laws: Laws = {
  "la.eigen.verify-eigenvector": (p) => {
    const A = matOf(p.data.A);
    const v = p.data.v as number[];
    const Av = mul(A, v) as unknown as number[];
    const answer = p.answer.numeric as number[];
    // the component of Av orthogonal to v vanishes exactly for eigenvectors
    const along = (math.dot(Av, v) as number) / (math.dot(v, v) as number);
    const residual = math.norm(math.subtract(Av, math.multiply(along, v)) as number[]) as number;
    if (answer.length === 0) expect(residual, "v is not an eigenvector").toBeGreaterThan(1e-9);
    else {
      expect(answer).toHaveLength(1);
      closeAll(Av, v.map((x) => answer[0] * x), "A v = λ v");
      expect(Math.abs(charAt(A, answer[0]))).toBeLessThan(1e-9);
    }
  },
  "la.eigen.geometric": (p) => {
    realEigenvalues(matOf(p.data.A), p.answer.numeric as number[]);
  },
  "la.eigen.characteristic-polynomial": (p) => {
    const A = matOf(p.data.A);
    for (const l of [-3.5, -1, 0, 0.5, 2, 4.25]) {
      expect(math.evaluate(String(p.answer.numeric), { lambda: l }) as number, `at λ = ${l}`).toBeCloseTo(charAt(A, l), 7);
    }
  },
  "la.eigen.eigenvalues-2x2": (p) => allEigenvalues(matOf(p.data.A), p.answer.numeric as number[]),
  "la.eigen.eigenvectors-2x2": (p) => {
    const A = matOf(p.data.A);
    const lambda = p.data.lambda as number;
    const v = p.answer.numeric as number[];
    expect(math.norm(v) as number).toBeCloseTo(1, 9);
    expect(v.find((x) => Math.abs(x) > 1e-12)!).toBeGreaterThan(0);
    closeAll(mul(A, v) as unknown as number[], v.map((x) => lambda * x), "A v = λ v");
  },
  "la.eigen.eigenvalues-3x3": (p) => allEigenvalues(matOf(p.data.A), p.answer.numeric as number[]),
  "la.eigen.diagonalise": (p) => {
    const A = matOf(p.data.A);
    const { C, D } = p.answer.numeric as { C: M; D: M };
    // AC = CD with D diagonal (ascending) and C invertible
    expect(D[0][1]).toBe(0);
    expect(D[1][0]).toBe(0);
    expect(D[0][0]).toBeLessThan(D[1][1]);
    expect(Math.abs(det(C))).toBeGreaterThan(1e-9);
    closeAll(mul(A, C).flat(), mul(C, D).flat(), "AC = CD");
  },
  "la.eigen.matrix-power": (p) => {
    const A = matOf(p.data.A);
    const n = p.data.n as number;
    // repeated multiplication, no eigenvectors involved
    const direct = Array.from({ length: n - 1 }).reduce<M>((P) => mul(P, A), A);
    closeAll((p.answer.numeric as M).flat(), direct.flat(), `A^${n}`);
  },
  "la.eigen.pagerank": (p) => {
    const links = p.data.links as number[][];
    const n = links.length;
    const r = p.answer.numeric as number[];
    // follow the links: each page hands rank/outdegree to each target
    const step = (x: number[]) => {
      const next = new Array<number>(n).fill(0);
      links.forEach((out, j) => out.forEach((i) => (next[i] += x[j] / out.length)));
      return next;
    };
    const r0 = new Array<number>(n).fill(1 / n);
    if (p.level === 1) closeAll(r, step(r0), "r1 = L r0");
    else if (p.level === 2) closeAll(r, step(r0).map((x) => 0.85 * x + 0.15 / n), "r1 = d L r0 + (1 − d)/n");
    else {
      closeAll(step(r), r, "steady state: L r = r");
      expect(r.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
      for (const x of r) expect(x).toBeGreaterThan(0);
    }
  },
};
