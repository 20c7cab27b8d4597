// pca.inner.is-inner-product — is xᵀ A y an inner product? Exactly when A is symmetric and positive
// definite (Sylvester: all leading principal minors positive). Half the seeds say yes.
import { matLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { det } from "../../int-linalg";
import type { Rng } from "../../rng";
import { spd, spd2 } from "../shared";

type Data = { A: number[][] };

const symmetric = (A: number[][]) => A.every((r, i) => r.every((x, j) => x === A[j][i]));
const minors = (A: number[][]) => A.map((_, k) => det(A.slice(0, k + 1).map((r) => r.slice(0, k + 1))));
const isInner = (A: number[][]) => symmetric(A) && minors(A).every((m) => m > 0);
const negativeOffDiagonal = (A: number[][]) => A.some((r, i) => r.some((x, j) => i !== j && x < 0));

/** A matrix that is not an inner product: non-symmetric, symmetric indefinite, or only semi-definite. */
function notInner(rng: Rng, n: number): number[][] {
  const kind = rng.pick(["non-symmetric", "indefinite", "indefinite", "semidefinite"]);
  if (kind === "non-symmetric") {
    const A = n === 2 ? spd2(rng) : spd(rng, 3);
    const [i, j] = rng.pick(n === 2 ? [[0, 1], [1, 0]] : [[0, 1], [1, 2], [0, 2], [2, 0]]);
    A[i][j] += rng.nonZeroInt(-2, 2);
    return A;
  }
  if (kind === "semidefinite") {
    // A = k wwᵀ (2×2) or a sum of two outer products (3×3): symmetric, positive semi-definite, singular
    const w = rng.intVector(n, -2, 2);
    const z = n === 3 ? rng.intVector(3, -1, 1) : w.map(() => 0);
    const k = n === 2 ? rng.int(1, 2) : 1;
    return w.map((wi, i) => w.map((wj, j) => k * wi * wj + z[i] * z[j]));
  }
  // symmetric with a positive diagonal (so it looks harmless) but a non-positive leading minor
  const A = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    A[i][i] = rng.int(1, 4);
    for (let j = 0; j < i; j++) A[i][j] = A[j][i] = rng.int(-4, 4);
  }
  return A;
}

export default defineSkill<Data>({
  id: "pca.inner.is-inner-product",
  version: 1,
  levels: [1, 2],
  expects: "boolean",
  build(rng, level) {
    const n = level === 1 ? 2 : 3;
    const yes = rng.bool();
    let A: number[][];
    do A = yes ? (n === 2 ? spd2(rng) : spd(rng, 3)) : notInner(rng, n);
    while (isInner(A) !== yes || A.every((r) => r.every((x) => x === 0)) || (yes && n === 3 && !A.some((r, i) => r.some((x, j) => i !== j && x !== 0))));
    const m = minors(A);
    const sym = symmetric(A);
    const asym = A.flatMap((r, i) => r.map((x, j) => [i, j, x] as const)).find(([i, j, x]) => x !== A[j][i]);
    const firstBad = m.findIndex((x) => x <= 0);
    return {
      data: { A },
      prompt: `Is $\\langle \\mathbf{x}, \\mathbf{y} \\rangle = \\mathbf{x}^\\top A\\,\\mathbf{y}$ with $A = ${matLatex(A)}$ an inner product on $\\mathbb{R}^${n}$? Answer yes or no.`,
      answer: yes ? "yes" : "no",
      solution: [
        `$\\mathbf{x}^\\top A\\mathbf{y}$ is always bilinear. It is an inner product exactly when it is also symmetric ($A = A^\\top$) and positive definite ($\\mathbf{x}^\\top A\\mathbf{x} > 0$ for every $\\mathbf{x} \\ne \\mathbf{0}$).`,
        sym
          ? `$A$ is symmetric.`
          : `$A$ is not symmetric: $a_{${asym![0] + 1}${asym![1] + 1}} = ${asym![2]}$ but $a_{${asym![1] + 1}${asym![0] + 1}} = ${A[asym![1]][asym![0]]}$, so $\\langle\\mathbf{x}, \\mathbf{y}\\rangle \\ne \\langle\\mathbf{y}, \\mathbf{x}\\rangle$ for some vectors. It is not an inner product.`,
        ...(sym
          ? [
              `Positive definiteness (Sylvester's criterion): the leading principal minors are $${m.join(",\\ ")}$.`,
              yes
                ? `All are positive, so $A$ is positive definite and this is an inner product${negativeOffDiagonal(A) ? " — negative off-diagonal entries do not matter" : ""}.`
                : `Minor ${firstBad + 1} is $${m[firstBad]} \\le 0$, so $A$ is not positive definite (some non-zero $\\mathbf{x}$ has $\\mathbf{x}^\\top A\\mathbf{x} \\le 0$). It is not an inner product.`,
            ]
          : []),
      ],
      hints: ["Check two things: is $A$ symmetric, and is $\\mathbf{x}^\\top A\\mathbf{x} > 0$ for all $\\mathbf{x} \\ne \\mathbf{0}$?", n === 2 ? "A symmetric $2\\times 2$ matrix is positive definite exactly when $a_{11} > 0$ and $\\det A > 0$." : "A symmetric matrix is positive definite exactly when all its leading principal minors (top-left $1\\times1$, $2\\times2$, $3\\times3$ determinants) are positive."],
    };
  },
  mistakes: [
    {
      tag: "accepted-indefinite",
      feedback: "$A$ is symmetric, but not positive definite: a leading principal minor is $\\le 0$, so some non-zero $\\mathbf{x}$ has $\\mathbf{x}^\\top A\\mathbf{x} \\le 0$. Positive entries on the diagonal are not enough.",
      wrong: (p) => (symmetric(p.data.A) && !isInner(p.data.A) ? "yes" : null),
    },
    {
      tag: "rejected-negative-off-diagonal",
      feedback: "A negative off-diagonal entry does not stop $A$ from being positive definite. $A$ is symmetric and its leading principal minors are all positive, so this is an inner product.",
      wrong: (p) => (isInner(p.data.A) && negativeOffDiagonal(p.data.A) ? "no" : null),
    },
    {
      tag: "accepted-non-symmetric",
      feedback: "$A$ is not symmetric, so $\\mathbf{x}^\\top A\\mathbf{y} \\ne \\mathbf{y}^\\top A\\mathbf{x}$ for some vectors: symmetry fails, and an inner product needs it.",
      wrong: (p) => (symmetric(p.data.A) ? null : "yes"),
    },
  ],
  notes: {
    body: `An **inner product** on a vector space is a map $\\langle\\cdot,\\cdot\\rangle$ that is
- bilinear (linear in each argument),
- symmetric: $\\langle\\mathbf{x}, \\mathbf{y}\\rangle = \\langle\\mathbf{y}, \\mathbf{x}\\rangle$,
- positive definite: $\\langle\\mathbf{x}, \\mathbf{x}\\rangle > 0$ for every $\\mathbf{x} \\ne \\mathbf{0}$.

On $\\mathbb{R}^n$, $\\mathbf{x}^\\top A\\mathbf{y}$ is always bilinear; it is an inner product exactly when $A$ is symmetric and positive definite. For a symmetric matrix, positive definite means all eigenvalues are positive, or equivalently (Sylvester) all leading principal minors are positive — for $2\\times 2$: $a_{11} > 0$ and $\\det A > 0$.

Why it matters for machine learning: covariance matrices, kernel (Gram) matrices and Hessians at a minimum are positive (semi-)definite; a matrix that fails the test cannot serve as a metric, and a "distance" built from it could be zero or imaginary for distinct points.

Example: $\\begin{pmatrix}2 & -1\\\\ -1 & 2\\end{pmatrix}$ is an inner product ($2 > 0$, $\\det = 3 > 0$), despite its negative entries; $\\begin{pmatrix}1 & 2\\\\ 2 & 1\\end{pmatrix}$ is not ($\\det = -3$): $\\mathbf{x} = (1, -1)$ gives $\\mathbf{x}^\\top A\\mathbf{x} = -2$.`,
  },
});
