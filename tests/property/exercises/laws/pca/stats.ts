// Laws for module "stats" (pca): means by the residual-sum identity, variances and covariances by
// direct (and pairwise) summation in floats, affine maps by transforming a synthetic dataset.
import { expect } from "vitest";
import * as math from "mathjs";
import type { Laws } from "../types";
import type { Problem } from "@/exercises/types";
import { cholesky } from "@/lib/math";

type M = number[][];

const num = (p: Problem): number => {
  expect(typeof p.answer.numeric, `${p.skill} seed ${p.seed}: numeric answer`).toBe("number");
  return p.answer.numeric as number;
};
const near = (x: number, y: number, what: string, tol = 1e-9) => expect(Math.abs(x - y), `${what}: ${x} vs ${y}`).toBeLessThan(tol);
const closeM = (X: M, Y: M, what: string) => {
  expect([X.length, X[0].length], `${what}: shape`).toEqual([Y.length, Y[0].length]);
  X.forEach((r, i) => r.forEach((x, j) => near(x, Y[i][j], `${what} (${i + 1},${j + 1})`)));
};

/** Covariance by direct summation over centred points, 1/N. */
export function directCov(X: M): M {
  const N = X.length;
  const mu = math.mean(X, 0) as unknown as number[];
  const d = mu.length;
  const C = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (const x of X) for (let j = 0; j < d; j++) for (let k = 0; k < d; k++) C[j][k] += ((x[j] - mu[j]) * (x[k] - mu[k])) / N;
  return C;
}

/** Covariance without the mean: (1/2N²) Σₘₙ (xₘ − xₙ)(xₘ − xₙ)ᵀ. */
function pairwiseCov(X: M): M {
  const N = X.length;
  const d = X[0].length;
  const C = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (const a of X) for (const b of X) for (let j = 0; j < d; j++) for (let k = 0; k < d; k++) C[j][k] += ((a[j] - b[j]) * (a[k] - b[k])) / (2 * N * N);
  return C;
}

export const laws: Laws = {
  "pca.stats.mean": (p) => {
    const X = p.data.X as M;
    const m = p.answer.numeric as number[];
    expect(m.length).toBe(X[0].length);
    // the deviations from the mean add up to the zero vector
    m.forEach((mj, j) => near(X.reduce((s, r) => s + (r[j] - mj), 0), 0, `Σ(x_n − μ) coordinate ${j + 1}`));
  },
  "pca.stats.variance": (p) => {
    const x = p.data.x as number[];
    // mathjs's uncorrected (1/N) variance, and the pairwise form (1/2N²)Σ(xₘ − xₙ)²
    near(num(p), math.variance(x, "uncorrected") as unknown as number, "Var (mathjs)");
    near(num(p), pairwiseCov(x.map((v) => [v]))[0][0], "Var (pairwise)");
  },
  "pca.stats.covariance-matrix": (p) => {
    const X = p.data.X as M;
    const C = p.answer.numeric as M;
    closeM(C, directCov(X), "C by direct summation");
    closeM(C, pairwiseCov(X), "C by pairwise differences");
  },
  "pca.stats.linear-transform": (p) => {
    const { mu, Sigma, A, b } = p.data as { mu: number[]; Sigma: M; A: M; b: number[] };
    const ans = p.answer.numeric as { mu: number[]; Sigma: M };
    // A dataset with exactly this mean and covariance: μ ± √n·Lᵢ for the columns Lᵢ of Σ = LLᵀ.
    const L = cholesky(Sigma);
    expect(L, "Σ positive definite").not.toBeNull();
    const n = mu.length;
    const points: M = [];
    for (let i = 0; i < n; i++) for (const s of [1, -1]) points.push(mu.map((m, j) => m + s * Math.sqrt(n) * L![j][i]));
    closeM(directCov(points), Sigma, "synthetic data covariance");
    const mapped = points.map((x) => math.add(math.multiply(A, x) as number[], b) as number[]);
    const meanY = math.mean(mapped, 0) as unknown as number[];
    ans.mu.forEach((m, j) => near(m, meanY[j], `mean entry ${j + 1}`));
    closeM(ans.Sigma, directCov(mapped), "covariance of the mapped data");
  },
};
