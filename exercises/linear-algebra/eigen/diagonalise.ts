// la.eigen.diagonalise — A = C D C⁻¹ for an integer 2×2 matrix with distinct integer eigenvalues:
// D diagonal (eigenvalues ascending), C's columns the matching eigenvectors (primitive integers,
// first non-zero entry positive), so the answer is unique.
import { matLatex, matText, vecLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { transpose } from "../../int-linalg";
import { minusLambdaI } from "../../tex";
import { distinctInts, eigenMatrix, primitiveSigned, quadratic } from "./eigen-shared";

type Data = { A: number[][] };

const diag = (xs: number[]) => xs.map((x, i) => xs.map((_, j) => (i === j ? x : 0)));
const partsText = (C: number[][], D: number[][]) => `C = ${matText(C)}; D = ${matText(D)}`;

/** Eigenpairs sorted by eigenvalue: [λ, primitive eigenvector]. */
function eigenpairs(A: number[][]): [number, number[]][] {
  const t = A[0][0] + A[1][1];
  const d = A[0][0] * A[1][1] - A[0][1] * A[1][0];
  const root = Math.round(Math.sqrt(t * t - 4 * d));
  return [(t - root) / 2, (t + root) / 2].map((l) => {
    const M = A.map((r, i) => r.map((x, j) => (i === j ? x - l : x)));
    const row = M.find((r) => r.some((x) => x !== 0))!;
    return [l, primitiveSigned([-row[1], row[0]])];
  });
}

export default defineSkill<Data>({
  id: "la.eigen.diagonalise",
  version: 1,
  levels: [1, 2],
  expects: "parts",
  parseOptions: { parts: { C: "matrix", D: "matrix" } },
  build(rng, level) {
    // Level 1: eigenvalues in −2..4; level 2: −5..6 and larger entries.
    const eigs = distinctInts(rng, 2, level === 1 ? -2 : -5, level === 1 ? 4 : 6);
    const { A } = eigenMatrix(rng, eigs, level === 1 ? 9 : 14);
    const pairs = eigenpairs(A);
    const C = transpose(pairs.map(([, v]) => v));
    const D = diag(pairs.map(([l]) => l));
    const t = A[0][0] + A[1][1];
    const d = A[0][0] * A[1][1] - A[0][1] * A[1][0];
    return {
      data: { A },
      prompt: `Diagonalise $A = ${matLatex(A)}$: find $C$ and a diagonal $D$ with $A = CDC^{-1}$. Put the eigenvalues on the diagonal of $D$ from smallest to largest, and the matching eigenvectors as the columns of $C$ in the same order, each scaled to integers with no common factor and a positive first non-zero entry. Answer as \`C = [[a, b], [c, d]]; D = [[p, 0], [0, q]]\`.`,
      answer: partsText(C, D),
      solution: [
        `Eigenvalues: $${quadratic(t, d)} = 0$ gives $\\lambda_1 = ${pairs[0][0]}$, $\\lambda_2 = ${pairs[1][0]}$.`,
        ...pairs.map(([l, v], i) => `For $\\lambda_${i + 1} = ${l}$: $${minusLambdaI(l)} = ${matLatex(A.map((r, a) => r.map((x, b) => (a === b ? x - l : x))))}$, whose null space is spanned by $${vecLatex(v)}$.`),
        `Eigenvectors as columns, in the same order as the eigenvalues: $C = ${matLatex(C)}$, $D = ${matLatex(D)}$. Check: $AC = CD$.`,
      ],
      hints: ["First find the eigenvalues, then one eigenvector for each.", "Column $k$ of $C$ must be the eigenvector of the eigenvalue in position $(k, k)$ of $D$."],
    };
  },
  mistakes: [
    {
      tag: "order-mismatch",
      feedback: "The order of $D$ does not match $C$: the eigenvalue in column $k$ of $D$ must belong to the eigenvector in column $k$ of $C$ (and $D$ lists them from smallest to largest here).",
      wrong: (p) => {
        const pairs = eigenpairs(p.data.A);
        return partsText(transpose(pairs.map(([, v]) => v)), diag(pairs.map(([l]) => l).reverse()));
      },
    },
    {
      tag: "eigenvectors-in-rows",
      feedback: "You put the eigenvectors in the rows of $C$. In $A = CDC^{-1}$ they are the **columns** of $C$ (so that $AC = CD$).",
      wrong: (p) => {
        const pairs = eigenpairs(p.data.A);
        return partsText(pairs.map(([, v]) => v), diag(pairs.map(([l]) => l)));
      },
    },
    {
      tag: "diagonal-of-a",
      feedback: "$D$ holds the eigenvalues of $A$, not its diagonal entries; find them from $\\det(A - \\lambda I) = 0$.",
      wrong: (p) => {
        const pairs = eigenpairs(p.data.A);
        return partsText(transpose(pairs.map(([, v]) => v)), diag([p.data.A[0][0], p.data.A[1][1]]));
      },
    },
  ],
  notes: {
    body: `A matrix with $n$ independent eigenvectors can be **diagonalised**: with the eigenvectors as the columns of $C$ and the matching eigenvalues on the diagonal of $D$,
$$A = CDC^{-1}, \\qquad\\text{equivalently}\\qquad AC = CD.$$
Read right to left: $C^{-1}$ changes to the eigenbasis, $D$ scales each eigen-direction by its eigenvalue, and $C$ changes back. The order of the columns of $C$ and of the eigenvalues in $D$ must match; each column may be scaled freely.

Why it matters for machine learning: in the eigenbasis a matrix acts independently along each direction. That is what makes powers ($A^n = CD^nC^{-1}$), Markov chains and PageRank, linear dynamical systems and PCA (where $C$ is orthogonal and $C^{-1} = C^{T}$) tractable.

Example: $A = \\begin{pmatrix}4 & 1\\\\ 2 & 3\\end{pmatrix}$ has eigenvalues $2$ and $5$ with eigenvectors $(1, -2)$ and $(1, 1)$, so $C = \\begin{pmatrix}1 & 1\\\\ -2 & 1\\end{pmatrix}$, $D = \\begin{pmatrix}2 & 0\\\\ 0 & 5\\end{pmatrix}$, and indeed $AC = \\begin{pmatrix}2 & 5\\\\ -4 & 5\\end{pmatrix} = CD$.`,
  },
});
