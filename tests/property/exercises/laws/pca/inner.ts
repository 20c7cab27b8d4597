// Laws for module "inner" (pca): inner-product answers re-derived by other routes — polarisation,
// a Cholesky change of coordinates that turns xᵀAy into a dot product, eigenvalues and random
// samples for the axioms, the law of cosines, and Simpson's rule for integrals of functions.
import { expect } from "vitest";
import * as math from "mathjs";
import type { Laws } from "../types";
import type { Problem } from "@/exercises/types";
import { cholesky, symmetricEigen } from "@/lib/math";

type M = number[][];

const num = (p: Problem): number => {
  expect(typeof p.answer.numeric, `${p.skill} seed ${p.seed}: numeric answer`).toBe("number");
  return p.answer.numeric as number;
};
const near = (x: number, y: number, what: string, tol = 1e-9) => expect(Math.abs(x - y), `${what}: ${x} vs ${y}`).toBeLessThan(tol);
const q = (A: M, v: number[]) => math.dot(v, math.multiply(A, v) as number[]);

/** Lᵀv for A = LLᵀ: the coordinates in which ⟨·,·⟩_A is the dot product. */
function chol(A: M): (v: number[]) => number[] {
  const L = cholesky(A);
  expect(L, "A positive definite").not.toBeNull();
  return (v) => math.multiply(math.transpose(L!), v) as number[];
}

/** The inner-product axioms for xᵀAy, checked on fixed sample vectors. */
function axioms(A: M) {
  const n = A.length;
  const samples = [[1, 0, 0], [0, 1, 0], [1, -2, 3], [-3, 1, 1], [2, 2, -1]].map((v) => v.slice(0, n));
  for (const x of samples) {
    expect(q(A, x), "positive definite").toBeGreaterThan(0);
    for (const y of samples) near(math.dot(x, math.multiply(A, y) as number[]), math.dot(y, math.multiply(A, x) as number[]), "symmetric");
  }
}

/** Composite Simpson's rule with 2000 panels. */
function simpson(f: (x: number) => number, a: number, b: number, n = 2000): number {
  const h = (b - a) / n;
  let s = f(a) + f(b);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(a + i * h);
  return (s * h) / 3;
}

export const laws: Laws = {
  "pca.inner.dot-product-recap": (p) => {
    const u = p.data.u as number[];
    const v = p.data.v as number[];
    if (p.data.ask === "distance") {
      near(num(p), math.distance(u, v) as number, "mathjs distance");
      return;
    }
    // law of cosines: |u − v|² = |u|² + |v|² − 2|u||v| cos θ
    const theta = (num(p) * Math.PI) / 180;
    const [nu, nv] = [math.norm(u) as number, math.norm(v) as number];
    near((math.norm(math.subtract(u, v) as number[]) as number) ** 2, nu * nu + nv * nv - 2 * nu * nv * Math.cos(theta), "law of cosines", 1e-7);
    expect(theta).toBeGreaterThan(0);
    expect(theta).toBeLessThan(Math.PI);
  },
  "pca.inner.general-inner-product": (p) => {
    const { A, x, y } = p.data as { A: M; x: number[]; y: number[] };
    axioms(A);
    // polarisation: ⟨x, y⟩ = (‖x + y‖² − ‖x − y‖²)/4
    near(num(p), (q(A, math.add(x, y) as number[]) - q(A, math.subtract(x, y) as number[])) / 4, "polarisation");
  },
  "pca.inner.is-inner-product": (p) => {
    const A = p.data.A as M;
    const symmetric = A.every((r, i) => r.every((x, j) => x === A[j][i]));
    // symmetric with all eigenvalues positive (mathjs eigs) ⇔ an inner product
    const positive = symmetric && symmetricEigen(A).every((e) => e.value > 1e-9);
    expect(p.answer.numeric).toBe(positive);
    if (positive) axioms(A);
  },
  "pca.inner.length-distance": (p) => {
    const { A, x, y } = p.data as { A: M; x: number[]; y: number[] | null };
    const w = y ? (math.subtract(x, y) as number[]) : x;
    // in Cholesky coordinates the A-length is the Euclidean length
    near(num(p), math.norm(chol(A)(w)) as number, "‖Lᵀw‖");
  },
  "pca.inner.angle-orthogonality": (p) => {
    const { A, x, y } = p.data as { A: M; x: number[]; y: number[] };
    const T = chol(A);
    const [tx, ty] = [T(x), T(y)];
    near(num(p), math.dot(tx, ty) / ((math.norm(tx) as number) * (math.norm(ty) as number)), "Euclidean cosine of Lᵀx, Lᵀy");
    expect(Math.abs(num(p))).toBeLessThanOrEqual(1);
  },
  "pca.inner.functions": (p) => {
    const { f, g, a, b } = p.data as { f: string; g: string; a: number | string; b: number | string };
    const [cf, cg] = [math.compile(f), math.compile(g)];
    const lo = math.evaluate(String(a)) as number;
    const hi = math.evaluate(String(b)) as number;
    near(num(p), simpson((x) => (cf.evaluate({ x }) as number) * (cg.evaluate({ x }) as number), lo, hi), "Simpson", 1e-7);
  },
};
