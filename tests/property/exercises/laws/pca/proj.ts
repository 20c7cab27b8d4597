// Laws for module "proj" (pca): projections verified by residual orthogonality and membership of
// the subspace, projection matrices by P² = P = Pᵀ and Pb = b, reconstruction errors by the
// cross-product distance formulas (Lagrange's identity, the plane's normal).
import { expect } from "vitest";
import * as math from "mathjs";
import type { Laws } from "../types";
import type { Problem } from "@/exercises/types";

type M = number[][];

const near = (x: number, y: number, what: string, tol = 1e-9) => expect(Math.abs(x - y), `${what}: ${x} vs ${y}`).toBeLessThan(tol);
const eye = (n: number): M => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
const ip = (A: M, u: number[], v: number[]) => math.dot(u, math.multiply(A, v) as number[]);
const cross = (u: number[], v: number[]) => math.cross(u, v) as number[];

/** π lies in span(basis) and x − π is orthogonal to every basis vector (under A). */
function isProjection(x: number[], pi: number[], basis: number[][], A: M, what: string) {
  const r = math.subtract(x, pi) as number[];
  for (const b of basis) near(ip(A, r, b), 0, `${what}: residual ⟂ basis vector`);
  // in the span: the basis plus π has the same rank as the basis
  const aug = [...basis, pi];
  const gram = math.multiply(aug, math.transpose(aug)) as M;
  near(math.det(gram), 0, `${what}: π in the span`, 1e-6);
}

export const laws: Laws = {
  "pca.proj.onto-line": (p) => {
    const { x, b, A } = p.data as { x: number[]; b: number[]; A: M | null };
    isProjection(x, p.answer.numeric as number[], [b], A ?? eye(x.length), "onto-line");
  },
  "pca.proj.projection-matrix-line": (p) => {
    const b = p.data.b as number[];
    const P = p.answer.numeric as M;
    const n = b.length;
    const P2 = math.multiply(P, P) as M;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        near(P2[i][j], P[i][j], `P² = P (${i + 1},${j + 1})`);
        near(P[i][j], P[j][i], "P symmetric");
      }
    (math.multiply(P, b) as number[]).forEach((v, i) => near(v, b[i], "Pb = b"));
    near(math.trace(P), 1, "trace P = rank 1");
  },
  "pca.proj.onto-subspace": (p) => {
    const { basis, x, ask } = p.data as { basis: number[][]; x: number[]; ask: string };
    const ans = p.answer.numeric as number[];
    const pi = ask === "projection" ? ans : (math.multiply(math.transpose(basis), ans) as number[]);
    expect(ans.length).toBe(ask === "projection" ? 3 : 2);
    isProjection(x, pi, basis, eye(3), "onto-subspace");
  },
  "pca.proj.reconstruction-error": (p) => {
    const { basis, x } = p.data as { basis: number[][]; x: number[] };
    const e = p.answer.numeric as number;
    if (basis.length === 2) {
      // squared distance to a plane: (x·n)²/|n|² with n = b₁ × b₂
      const n = cross(basis[0], basis[1]);
      near(e, math.dot(x, n) ** 2 / math.dot(n, n), "(x·n)²/|n|²");
      return;
    }
    // squared distance to a line (Lagrange's identity): (|x|²|b|² − (x·b)²)/|b|²
    const b = basis[0];
    near(e, (math.dot(x, x) * math.dot(b, b) - math.dot(x, b) ** 2) / math.dot(b, b), "Lagrange identity");
  },
};
