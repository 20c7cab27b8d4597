// Laws for module "pca": centred/standardised columns have mean 0 (and variance 1); principal
// components satisfy C v = λ v with λ the largest eigenvalue (C by direct summation, eigenvalues by
// mathjs); codes and reconstructions by residual orthogonality; explained variance and losses by
// projecting synthetic or given data and averaging squared residuals.
import { expect } from "vitest";
import * as math from "mathjs";
import type { Laws } from "../types";
import type { Problem } from "@/exercises/types";
import { symmetricEigen } from "@/lib/math";
import { directCov } from "./stats";

type M = number[][];

const near = (x: number, y: number, what: string, tol = 1e-9) => expect(Math.abs(x - y), `${what}: ${x} vs ${y}`).toBeLessThan(tol);
const num = (p: Problem): number => {
  expect(typeof p.answer.numeric, `${p.skill} seed ${p.seed}: numeric answer`).toBe("number");
  return p.answer.numeric as number;
};
const val = (x: unknown): number => (typeof x === "number" ? x : (math.evaluate(String(x)) as number));

/** C v = λ v, ‖v‖ = 1, and λ is the largest eigenvalue of C. */
function isFirstComponent(C: M, v: number[], lambda: number, what: string) {
  near(math.norm(v) as number, 1, `${what}: unit length`);
  const Cv = math.multiply(C, v) as number[];
  Cv.forEach((x, i) => near(x, lambda * v[i], `${what}: (Cv)_${i + 1} = λv_${i + 1}`, 1e-7));
  const top = Math.max(...symmetricEigen(C).map((e) => e.value));
  near(lambda, top, `${what}: largest eigenvalue`, 1e-7);
}

/** Average squared distance of centred data to its projection onto the top-M eigenvectors of C. */
function pcaLoss(X: M, M_: number): number {
  const mu = math.mean(X, 0) as unknown as number[];
  const pairs = symmetricEigen(directCov(X)).slice(0, M_);
  let total = 0;
  for (const x of X) {
    const c = x.map((v, j) => v - mu[j]);
    const proj = pairs.reduce((acc, e) => acc.map((a, j) => a + math.dot(c, e.vector) * e.vector[j]), c.map(() => 0));
    total += c.reduce((s, v, j) => s + (v - proj[j]) ** 2, 0);
  }
  return total / X.length;
}

/** Data with covariance diag(λ): ±√(dλᵢ) along each axis (2d points). */
const diagonalData = (lambdas: number[]): M =>
  lambdas.flatMap((l, i) => [1, -1].map((s) => lambdas.map((_, j) => (i === j ? s * Math.sqrt(lambdas.length * l) : 0))));

export const laws: Laws = {
  "pca.pca.centre-data": (p) => {
    const X = p.data.X as M;
    const Z = p.answer.numeric as M;
    expect([Z.length, Z[0].length]).toEqual([X.length, X[0].length]);
    for (let j = 0; j < X[0].length; j++) {
      const col = Z.map((r) => r[j]);
      near(math.mean(col) as number, 0, `column ${j + 1} mean`);
      if (p.data.standardise) near(math.variance(col, "uncorrected") as unknown as number, 1, `column ${j + 1} variance`);
      // an increasing affine image of the column: x_nj = m + s·z_nj for one m and one s > 0
      const x = X.map((r) => r[j]);
      const k = col.reduce((best, z, n) => (Math.abs(z) > Math.abs(col[best]) ? n : best), 0);
      const m = math.mean(x) as number;
      const sc = p.data.standardise ? (x[k] - m) / col[k] : 1;
      expect(sc).toBeGreaterThan(0);
      x.forEach((xv, n) => near(xv, m + sc * col[n], `column ${j + 1} row ${n + 1}: x = μ + s z`));
    }
  },
  "pca.pca.principal-components": (p) => {
    const { C, X } = p.data as { C: M | null; X: M | null };
    const ans = p.answer.numeric as { v: number[]; lambda: number };
    isFirstComponent(C ?? directCov(X!), ans.v, ans.lambda, "principal component");
  },
  "pca.pca.project-data": (p) => {
    const X = p.data.X as M;
    const b = (p.data.b as string[]).map(val);
    const ans = p.answer.numeric as { z: number[]; R?: M };
    const mu = math.mean(X, 0) as unknown as number[];
    // b is the first principal direction of the data
    const top = symmetricEigen(directCov(X))[0];
    near(Math.abs(math.dot(top.vector, b)), 1, "b is the top eigenvector");
    X.forEach((x, n) => {
      // the residual of x − μ after removing z_n b is orthogonal to b
      const c = x.map((v, j) => v - mu[j]);
      near(math.dot(c.map((v, j) => v - ans.z[n] * b[j]), b), 0, `code ${n + 1}: residual ⟂ b`);
      if (ans.R) {
        const r = x.map((v, j) => v - ans.R![n][j]);
        near(math.dot(r, b), 0, `reconstruction ${n + 1}: x − x̃ ⟂ b`);
        near(math.dot(ans.R[n].map((v, j) => v - mu[j]), [-b[1], b[0]]), 0, `reconstruction ${n + 1} on the line μ + t b`);
      }
    });
    if (p.data.reconstruct) expect(ans.R, "reconstructions given").toBeDefined();
  },
  "pca.pca.explained-variance": (p) => {
    const eig = p.data.eigenvalues as number[];
    const X = diagonalData(eig);
    const totalVar = math.trace(directCov(X));
    // the kept share is 1 − (loss of a rank-k PCA)/(total variance), on data with these eigenvalues
    const share = (k: number) => 1 - pcaLoss(X, k) / totalVar;
    if (p.data.k !== null) {
      near(num(p), share(p.data.k as number), "explained share", 1e-7);
      return;
    }
    const k = num(p);
    const t = p.data.threshold as number;
    expect(Number.isInteger(k)).toBe(true);
    expect(share(k)).toBeGreaterThanOrEqual(t - 1e-9);
    expect(share(k - 1)).toBeLessThan(t);
  },
  "pca.pca.reconstruction-loss": (p) => {
    const { eigenvalues, X, M: keep } = p.data as { eigenvalues: number[] | null; X: M | null; M: number };
    near(num(p), pcaLoss(X ?? diagonalData(eigenvalues!), keep), "average squared residual of the rank-M projection", 1e-7);
  },
  "pca.pca.pca-via-svd": (p) => {
    const { N, U, S, V } = p.data as { N: number; U: string[][]; S: string[]; V: string[][] };
    const [u, s, v] = [U.map((r) => r.map(val)), S.map(val), V.map((r) => r.map(val))];
    // rebuild X = UΣVᵀ; it is centred, and its 1/N covariance has the answer as top eigenpair
    const X = math.multiply(math.multiply(u, math.diag(s) as unknown as M), math.transpose(v)) as M;
    expect(X.length).toBe(N);
    (math.mean(X, 0) as unknown as number[]).forEach((m, j) => near(m, 0, `column ${j + 1} centred`));
    const ans = p.answer.numeric as { v: number[]; lambda: number };
    isFirstComponent(directCov(X), ans.v, ans.lambda, "via SVD");
  },
};
