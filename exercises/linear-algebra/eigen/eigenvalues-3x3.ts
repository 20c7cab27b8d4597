// la.eigen.eigenvalues-3x3 — the integer eigenvalues (with multiplicity) of a 3×3 integer matrix:
// triangular or block-triangular at level 1, a full P D P⁻¹ at level 2.
import { matLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { maxAbs } from "../../int-linalg";
import type { Rng } from "../../rng";
import { distinctInts, eigenMatrix, quadratic } from "./eigen-shared";

type Data = { A: number[][] };

const sorted = (xs: number[]) => xs.slice().sort((p, q) => p - q);
const setText = (xs: number[]) => `{${sorted(xs).join(", ")}}`;

/** Three eigenvalues, one pair repeated on about a third of the seeds. */
function eigenvalues(rng: Rng): number[] {
  const eigs = distinctInts(rng, 3, -3, 5);
  if (rng.bool(0.35)) eigs[2] = eigs[rng.int(0, 1)];
  return eigs;
}

/** Triangular with the eigenvalues on the diagonal, or a 2×2 block (non-triangular) plus a lone entry. */
function level1(rng: Rng, eigs: number[]): { A: number[][]; how: string } {
  if (rng.bool()) {
    const upper = rng.bool();
    const A = eigs.map((e, i) => eigs.map((_, j) => (i === j ? e : (upper ? j > i : j < i) ? rng.int(-4, 4) : 0)));
    return { A, how: `$A$ is ${upper ? "upper" : "lower"} triangular, so $\\det(A - \\lambda I)$ is the product of the diagonal entries $(a_{ii} - \\lambda)$: the eigenvalues are the diagonal entries.` };
  }
  const { A: B } = eigenMatrix(rng, [eigs[0], eigs[1]], 7);
  const lone = rng.bool() ? 2 : 0;
  const idx = lone === 2 ? [0, 1] : [1, 2];
  const A = [0, 1, 2].map((i) => [0, 1, 2].map((j) => {
    if (i === lone && j === lone) return eigs[2];
    if (idx.includes(i) && idx.includes(j)) return B[idx.indexOf(i)][idx.indexOf(j)];
    // the lone row (or column) may carry entries on one side only: block triangular
    return (lone === 2 ? j === 2 && i < 2 : j === 0 && i > 0) ? rng.int(-3, 3) : 0;
  }));
  const bt = lone === 2 ? "row 3" : "row 1";
  return { A, how: `Expanding $\\det(A - \\lambda I)$ along ${bt} (which has a single non-zero entry) gives $(${eigs[2]} - \\lambda)$ times the $2\\times 2$ block's characteristic polynomial, $${quadratic(B[0][0] + B[1][1], B[0][0] * B[1][1] - B[0][1] * B[1][0])}$, whose roots are $${Math.min(eigs[0], eigs[1])}$ and $${Math.max(eigs[0], eigs[1])}$.` };
}

export default defineSkill<Data>({
  id: "la.eigen.eigenvalues-3x3",
  version: 1,
  levels: [1, 2],
  expects: "set",
  build(rng, level) {
    const eigs = eigenvalues(rng);
    let A: number[][];
    let how: string;
    if (level === 1) ({ A, how } = level1(rng, eigs));
    else {
      do A = rng.withEigenvalues(eigs, 12).A;
      while (maxAbs(A) > 12 || A.some((r, i) => r.every((x, j) => j === i || x === 0)));
      const factors = eigs.map((e) => (e === 0 ? "\\lambda" : `(\\lambda ${e < 0 ? "+" : "-"} ${Math.abs(e)})`)).join("");
      how = `Expand $\\det(A - \\lambda I)$ (e.g. along the first row) to a cubic; it equals $-${factors}$. Integer roots divide $\\det A = ${eigs.reduce((q, x) => q * x, 1)}$, so try those first, and check that the roots add up to $\\operatorname{tr}A = ${A[0][0] + A[1][1] + A[2][2]}$.`;
    }
    return {
      data: { A },
      prompt: `Find the eigenvalues of $A = ${matLatex(A)}$. They are integers. List them with repeats (multiplicity), e.g. \`{-1, 2, 2}\`.`,
      answer: setText(eigs),
      solution: [
        "The eigenvalues are the roots of $\\det(A - \\lambda I) = 0$.",
        how,
        `So the eigenvalues are $\\{${sorted(eigs).join(", ")}\\}$ (sum $${eigs.reduce((s, x) => s + x, 0)} = \\operatorname{tr}A$, product $${eigs.reduce((s, x) => s * x, 1)} = \\det A$).`,
      ],
      hints: ["Look for zeros: a triangular or block structure lets the determinant factor immediately.", "Check your answer: the eigenvalues sum to the trace and multiply to the determinant."],
    };
  },
  mistakes: [
    {
      tag: "missed-repeated",
      feedback: "A repeated root counts more than once: list each eigenvalue as often as it is a root of $\\det(A - \\lambda I)$ (a $3\\times 3$ matrix has three eigenvalues with multiplicity; check that they add up to the trace).",
      wrong: (p) => {
        const eigs = p.answer.numeric as number[];
        return new Set(eigs).size === eigs.length ? null : setText([...new Set(eigs)]);
      },
    },
    {
      tag: "diagonal-entries",
      feedback: "You gave the diagonal entries. They are the eigenvalues only when the matrix is triangular; here expand $\\det(A - \\lambda I)$.",
      wrong: (p) => {
        const diag = p.data.A.map((r, i) => r[i]);
        return setText(diag) === p.answer.text ? null : setText(diag);
      },
    },
    {
      tag: "negated-eigenvalues",
      feedback: "Sign error: you found the roots with the wrong sign. The eigenvalues solve $\\det(A - \\lambda I) = 0$; check that they add up to $\\operatorname{tr}A$.",
      wrong: (p) => setText((p.answer.numeric as number[]).map((x) => -x + 0)),
    },
  ],
  notes: {
    body: `The eigenvalues of a $3\\times 3$ matrix are the three roots (with multiplicity) of the cubic $\\det(A - \\lambda I) = 0$. By hand, structure is everything:
- for a **triangular** matrix, $\\det(A - \\lambda I) = (a_{11} - \\lambda)(a_{22} - \\lambda)(a_{33} - \\lambda)$ — the eigenvalues are the diagonal entries;
- a row or column with a single non-zero entry lets you expand and split off a factor, leaving a $2\\times 2$ problem;
- in general, integer eigenvalues divide $\\det A$, and all three add up to $\\operatorname{tr}A$ and multiply to $\\det A$.

Why it matters for machine learning: three-feature covariance matrices, $3\\times 3$ Hessians and small Markov chains are all analysed through their eigenvalues — the variances of principal components, the curvature in each direction, the rate of convergence to equilibrium.

Example: $A = \\begin{pmatrix}2 & 1 & 0\\\\ 1 & 2 & 0\\\\ 4 & -1 & 5\\end{pmatrix}$. Column 3 has a single non-zero entry, so $\\det(A - \\lambda I) = (5 - \\lambda)\\,[(2 - \\lambda)^2 - 1]$ and the eigenvalues are $\\{1, 3, 5\\}$.`,
  },
});
