// Laws for module "matrices": each answer re-derived by another route than its generator —
// mathjs floats, the column picture, geometric definitions applied to points, A·A⁻¹ = I, residuals.
import { expect } from "vitest";
import * as math from "mathjs";
import type { Laws } from "../types";
import type { Problem } from "@/exercises/types";

type Mat = number[][];
type Transform =
  | { kind: "rotation"; degrees: number }
  | { kind: "reflection"; degrees: number }
  | { kind: "scaling"; sx: number; sy: number }
  | { kind: "shear"; axis: "x" | "y"; k: number };

const mat = (x: unknown): Mat => x as Mat;
const vec = (x: unknown): number[] => x as number[];
const num = (p: Problem): number => {
  expect(typeof p.answer.numeric, `${p.skill} seed ${p.seed}: numeric answer`).toBe("number");
  return p.answer.numeric as number;
};
const close = (a: number[] | Mat, b: number[] | Mat, what: string) => {
  const [fa, fb] = [(a as number[]).flat() as number[], (b as number[]).flat() as number[]];
  expect(fa.length, what).toBe(fb.length);
  fa.forEach((x, i) => expect(Math.abs(x - fb[i]), `${what}: entry ${i} ${x} vs ${fb[i]}`).toBeLessThan(1e-9));
};
const apply = (M: Mat, v: number[]) => math.multiply(M, v) as number[];

/** The transformation as a map on points, from its geometric definition (no matrix). */
function pointMap(t: Transform): (p: number[]) => number[] {
  switch (t.kind) {
    case "rotation": {
      const a = (t.degrees * Math.PI) / 180;
      return ([x, y]) => {
        const [r, phi] = [Math.hypot(x, y), Math.atan2(y, x)];
        return [r * Math.cos(phi + a), r * Math.sin(phi + a)];
      };
    }
    case "reflection": {
      const a = (t.degrees * Math.PI) / 180;
      const d = [Math.cos(a), Math.sin(a)];
      // mirror image: twice the projection onto the line, minus the point
      return (p) => {
        const s = p[0] * d[0] + p[1] * d[1];
        return [2 * s * d[0] - p[0], 2 * s * d[1] - p[1]];
      };
    }
    case "scaling":
      return ([x, y]) => [t.sx * x, t.sy * y];
    case "shear":
      return ([x, y]) => (t.axis === "x" ? [x + t.k * y, y] : [x, y + t.k * x]);
  }
}

/** A matrix agrees with a point map on a few generic points (enough for a linear map). */
function agreesWith(M: Mat, f: (p: number[]) => number[], what: string) {
  for (const p of [[1, 0], [0, 1], [2, -3], [-1.5, 0.25]]) close(apply(M, p), f(p), `${what} at (${p})`);
}

export const laws: Laws = {
  "la.matrices.matrix-vector": (p) => {
    const [A, v] = [mat(p.data.A), vec(p.data.v)];
    // column picture: A v = Σ v_j · (column j of A)
    const cols = math.transpose(A) as Mat;
    const combo = cols.reduce((s, c, j) => math.add(s, math.multiply(v[j], c)) as number[], A.map(() => 0));
    close(vec(p.answer.numeric), combo, "A v");
  },
  "la.matrices.transform-basis-vectors": (p) => {
    const M = mat(p.answer.numeric);
    const inputs = p.data.vectors as Mat;
    const images = p.data.images as Mat;
    expect(M).toHaveLength(inputs[0].length);
    // the matrix sends every given input to its given image
    inputs.forEach((u, i) => close(apply(M, u), images[i], `T(input ${i + 1})`));
  },
  "la.matrices.geometric-transform": (p) => {
    const t = p.data.transform as Transform;
    const M = mat(p.answer.numeric);
    agreesWith(M, pointMap(t), t.kind);
    if (t.kind === "rotation") expect(math.det(M)).toBeCloseTo(1, 9);
    if (t.kind === "reflection") expect(math.det(M)).toBeCloseTo(-1, 9);
  },
  "la.matrices.multiply": (p) => {
    const { A, B, order } = p.data as { A: Mat; B: Mat; order: "AB" | "BA" };
    const [X, Y] = order === "AB" ? [A, B] : [B, A];
    const P = mat(p.answer.numeric);
    expect([P.length, P[0].length]).toEqual([X.length, Y[0].length]);
    // associativity on basis vectors: (XY) e_j = X (Y e_j), column by column
    Y[0].forEach((_, j) => {
      const e = Y[0].map((__, k) => (k === j ? 1 : 0));
      close(apply(P, e), apply(X, apply(Y, e)), `column ${j + 1}`);
    });
  },
  "la.matrices.composition": (p) => {
    const { first, second } = p.data as { first: Transform; second: Transform };
    const [f, g] = [pointMap(first), pointMap(second)];
    // the answer moves points exactly as "f, then g" does
    agreesWith(mat(p.answer.numeric), (x) => g(f(x)), "second ∘ first");
  },
  "la.matrices.determinant-2x2": (p) => {
    const A = mat(p.data.A);
    // signed area of the parallelogram on the columns, by the shoelace formula
    const [u, v] = [[A[0][0], A[1][0]], [A[0][1], A[1][1]]];
    const poly = [[0, 0], u, [u[0] + v[0], u[1] + v[1]], v];
    const area = poly.reduce((s, q, i) => s + (q[0] * poly[(i + 1) % 4][1] - poly[(i + 1) % 4][0] * q[1]) / 2, 0);
    expect(num(p)).toBeCloseTo(area, 9);
  },
  "la.matrices.determinant-3x3": (p) => {
    const A = mat(p.data.A);
    // scalar triple product of the rows: r1 · (r2 × r3)
    expect(num(p)).toBeCloseTo(math.dot(A[0], math.cross(A[1], A[2]) as number[]), 9);
  },
  "la.matrices.determinant-area": (p) => {
    const A = mat(p.data.A);
    const image = (p.data.vertices as Mat).map((v) => apply(A, v));
    // shoelace area of the transformed polygon itself, no determinant involved
    const twice = image.reduce((s, q, i) => s + q[0] * image[(i + 1) % image.length][1] - image[(i + 1) % image.length][0] * q[1], 0);
    expect(num(p)).toBeCloseTo(Math.abs(twice) / 2, 9);
  },
  "la.matrices.inverse-2x2": (p) => {
    const A = mat(p.data.A);
    // A·A⁻¹ = I and A⁻¹·A = I with mathjs floats
    close(math.multiply(A, mat(p.answer.numeric)) as Mat, math.identity(2, "dense").valueOf() as Mat, "A·A⁻¹");
    close(math.multiply(mat(p.answer.numeric), A) as Mat, math.identity(2, "dense").valueOf() as Mat, "A⁻¹·A");
  },
  "la.matrices.inverse-3x3": (p) => {
    const A = mat(p.data.A);
    close(math.multiply(A, mat(p.answer.numeric)) as Mat, math.identity(3, "dense").valueOf() as Mat, "A·A⁻¹");
  },
  "la.matrices.solve-with-inverse": (p) => {
    // the answer solves the system: residual A x − b is zero
    close(apply(mat(p.data.A), vec(p.answer.numeric)), vec(p.data.b), "A x");
  },
  "la.matrices.solve-elimination": (p) => {
    const [A, b] = [mat(p.data.A), vec(p.data.b)];
    const x = vec(p.answer.numeric);
    // the residual A x − b vanishes, and the solution is unique (det ≠ 0, by mathjs's LU)
    close(apply(A, x), b, "A x");
    expect(Math.abs(math.det(A))).toBeGreaterThan(0.5);
  },
  "la.matrices.singular": (p) => {
    const k = p.data.k as number | undefined;
    const A = (p.data.A as (number | string)[][]).map((r) => r.map((x) => (typeof x === "string" ? k! : x)));
    // singular exactly when mathjs's (LU-based) determinant vanishes, and then A x = 0 has a
    // non-zero solution: a null vector from the cross product of two rows (3×3) or a swapped row (2×2)
    const singular = Math.abs(math.det(A)) < 1e-6;
    expect(p.answer.numeric).toBe(singular);
    if (singular) {
      const candidates = A.length === 2 ? A.map((r) => [-r[1], r[0]]) : [[0, 1], [0, 2], [1, 2]].map(([i, j]) => math.cross(A[i], A[j]) as number[]);
      const nullVector = candidates.find((x) => x.some((v) => v !== 0));
      expect(nullVector, "a non-zero null vector").toBeDefined();
      close(apply(A, nullVector!), A.map(() => 0), "A x = 0");
    }
  },
};
