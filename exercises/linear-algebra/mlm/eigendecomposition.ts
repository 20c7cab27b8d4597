// la.mlm.eigendecomposition — rebuild A = QΛQ⁻¹ from eigenvectors and eigenvalues: a general
// 2×2 with integer eigenvector matrix (level 1), or a symmetric 2×2/3×3 from orthogonal
// eigenvectors that must be normalised, A = QΛQᵀ (level 2).
import { matLatex, matText, vecLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { matMul, transpose } from "../../int-linalg";
import { intRankOneSum, orthoColsFrom, type UnitCol } from "./shared";

type Data = { Q: number[][]; eigenvalues: number[] } | { vectors: number[][]; eigenvalues: number[] };

/** Orthogonal integer directions for symmetric matrices with integer entries. */
const SYM_FAMILIES = [
  [[1, 1], [1, -1]],
  [[1, 2], [2, -1]],
  [[1, 1, 0], [1, -1, 0], [0, 0, 1]],
  [[1, 1, 1], [1, -1, 0], [1, 1, -2]],
];

const over = (a: number, b: number) => (b === 1 ? `${a}` : `\\frac{${a}}{${b}}`);
const diag = (d: number[]) => d.map((x, i) => d.map((_, j) => (i === j ? x : 0)));
const inverse2 = (P: number[][]) => {
  const det = P[0][0] * P[1][1] - P[0][1] * P[1][0]; // ±1 (unimodular), so the inverse is integer
  return [[P[1][1] * det, -P[0][1] * det], [-P[1][0] * det, P[0][0] * det]];
};
const rebuild = (P: number[][], eig: number[]) => matMul(matMul(P, diag(eig)), inverse2(P));
const symmetric = (vectors: number[][], eig: number[]) =>
  intRankOneSum(vectors.map((w, i) => ({ sigma: eig[i], u: { w, s: w.reduce((s, x) => s + x * x, 0) }, v: { w, s: w.reduce((s, x) => s + x * x, 0) } })));

function answerOf(d: Data): number[][] {
  return "Q" in d ? rebuild(d.Q, d.eigenvalues) : symmetric(d.vectors, d.eigenvalues)!;
}

export default defineSkill<Data>({
  id: "la.mlm.eigendecomposition",
  version: 1,
  levels: [1, 2],
  expects: "matrix",
  build(rng, level) {
    if (level === 1) {
      let eig: number[];
      let P: number[][];
      let A: number[][];
      do {
        eig = [rng.nonZeroInt(-5, 6), rng.nonZeroInt(-5, 6)];
        ({ A, P } = rng.withEigenvalues(eig, 12));
      } while (eig[0] === eig[1] || P.flat().includes(0) || JSON.stringify(P) === JSON.stringify(inverse2(P)));
      const Pinv = inverse2(P);
      return {
        data: { Q: P, eigenvalues: eig },
        prompt: `A matrix $A$ has eigenvalues $\\lambda_1 = ${eig[0]}$, $\\lambda_2 = ${eig[1]}$ with eigenvectors the columns of $Q = ${matLatex(P)}$ (column $i$ belongs to $\\lambda_i$). Rebuild $A = Q\\Lambda Q^{-1}$. Give the matrix as \`[[a, b], [c, d]]\`.`,
        answer: matText(A),
        solution: [
          `$\\Lambda = ${matLatex(diag(eig))}$ holds the eigenvalues in the same order as the columns of $Q$.`,
          `$\\det Q = ${P[0][0] * P[1][1] - P[0][1] * P[1][0]}$, so $Q^{-1} = ${matLatex(Pinv)}$ (swap the diagonal, negate the off-diagonal, divide by the determinant). $Q$ is not orthogonal, so $Q^{-1} \\ne Q^\\top$.`,
          `$Q\\Lambda = ${matLatex(matMul(P, diag(eig)))}$ (each column scaled by its eigenvalue), and $A = (Q\\Lambda)Q^{-1} = ${matLatex(A)}$.`,
        ],
        hints: ["First find $Q^{-1}$; then multiply $Q\\Lambda Q^{-1}$ in that order.", "$Q\\Lambda$ is just $Q$ with column $i$ multiplied by $\\lambda_i$. Check: $A\\mathbf{q}_1$ should equal $\\lambda_1\\mathbf{q}_1$."],
      };
    }
    let vectors: number[][];
    let eig: number[];
    let A: number[][] | null;
    do {
      const fam = rng.pick(SYM_FAMILIES);
      const cols: UnitCol[] = orthoColsFrom(rng, fam, fam.length).map((c) => ((c.w.find((x) => x !== 0) ?? 0) < 0 ? { w: c.w.map((x) => -x + 0), s: c.s } : c));
      vectors = cols.map((c) => c.w);
      eig = vectors.map(() => rng.int(-4, 9));
      A = new Set(eig).size === eig.length ? symmetric(vectors, eig) : null;
    } while (!A || Math.max(...A.flat().map(Math.abs)) > 12 || eig.includes(0));
    const n = vectors.length;
    const norms = vectors.map((w) => w.reduce((s, x) => s + x * x, 0));
    const list = vectors.map((w, i) => `$\\lambda_${i + 1} = ${eig[i]}$ with eigenvector $${vecLatex(w)}$`).join(", ");
    return {
      data: { vectors, eigenvalues: eig },
      prompt: `A symmetric ${n}×${n} matrix $A$ has ${list}. These eigenvectors are orthogonal. Normalise them into an orthogonal matrix $Q$ and rebuild $A = Q\\Lambda Q^\\top$. Give the matrix as \`[[a, b], [c, d]]\`, one inner list per row.`,
      answer: matText(A),
      solution: [
        `The columns of $Q$ are the unit eigenvectors $\\mathbf{q}_i = \\mathbf{w}_i/|\\mathbf{w}_i|$, with $|\\mathbf{w}_i|^2 = ${norms.join(", ")}$. As $Q$ is orthogonal, $Q^{-1} = Q^\\top$.`,
        `$Q\\Lambda Q^\\top = \\sum_i \\lambda_i \\mathbf{q}_i\\mathbf{q}_i^\\top = \\sum_i \\frac{\\lambda_i}{|\\mathbf{w}_i|^2}\\mathbf{w}_i\\mathbf{w}_i^\\top$.`,
        ...vectors.map((w, i) => `$${over(eig[i], norms[i])}\\mathbf{w}_${i + 1}\\mathbf{w}_${i + 1}^\\top = ${over(eig[i], norms[i])}${matLatex(w.map((x) => w.map((y) => x * y)))}$.`),
        `Adding them: $A = ${matLatex(A)}$.`,
      ],
      hints: ["Divide each eigenvector by its length before building $Q$; then $Q^{-1} = Q^\\top$.", "$A = \\sum_i \\lambda_i \\mathbf{q}_i\\mathbf{q}_i^\\top$ and $\\mathbf{q}_i\\mathbf{q}_i^\\top = \\mathbf{w}_i\\mathbf{w}_i^\\top/|\\mathbf{w}_i|^2$."],
    };
  },
  mistakes: [
    {
      tag: "used-q-transpose",
      feedback: "You used $Q^\\top$ in place of $Q^{-1}$. That only works when $Q$ is orthogonal; this $Q$ is not (its columns are not orthonormal), so compute $Q^{-1}$.",
      wrong: (p) => {
        const d = p.data as Data;
        return "Q" in d ? matText(matMul(matMul(d.Q, diag(d.eigenvalues)), transpose(d.Q))) : null;
      },
    },
    {
      tag: "eigenvalue-order",
      feedback: "The eigenvalues in $\\Lambda$ must be in the same order as their eigenvectors in $Q$: $\\lambda_i$ goes with column $i$. You paired them up differently.",
      wrong: (p) => {
        const d = p.data as Data;
        const swapped = d.eigenvalues.slice().reverse();
        if ("Q" in d) return matText(rebuild(d.Q, swapped));
        const A = symmetric(d.vectors, swapped);
        return A ? matText(A) : null;
      },
    },
    {
      tag: "reversed-product",
      feedback: "You computed $Q^{-1}\\Lambda Q$. The decomposition is $A = Q\\Lambda Q^{-1}$: eigenvectors on the left, inverse on the right.",
      wrong: (p) => {
        const d = p.data as Data;
        return "Q" in d ? matText(matMul(matMul(inverse2(d.Q), diag(d.eigenvalues)), d.Q)) : null;
      },
    },
    {
      tag: "forgot-to-normalise",
      feedback: "You used the eigenvectors as given. For $Q^{-1} = Q^\\top$ the columns of $Q$ must be unit vectors: divide each eigenvector by its length (so each $\\mathbf{w}_i\\mathbf{w}_i^\\top$ is divided by $|\\mathbf{w}_i|^2$).",
      wrong: (p) => {
        const d = p.data as Data;
        if ("Q" in d) return null;
        const n = d.vectors.length;
        const sum = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => d.vectors.reduce((s, w, k) => s + d.eigenvalues[k] * w[i] * w[j], 0)));
        return matText(sum);
      },
    },
  ],
  notes: {
    body: `If an $n×n$ matrix has $n$ independent eigenvectors $\\mathbf{q}_1, \\dots, \\mathbf{q}_n$ with eigenvalues $\\lambda_1, \\dots, \\lambda_n$, put them as the columns of $Q$ and the eigenvalues, in the same order, on the diagonal of $\\Lambda$. Then $AQ = Q\\Lambda$, so
$$A = Q\\Lambda Q^{-1}.$$
For a **symmetric** matrix the eigenvectors can be chosen orthonormal, $Q$ is orthogonal and $Q^{-1} = Q^\\top$: $A = Q\\Lambda Q^\\top = \\sum_i \\lambda_i \\mathbf{q}_i\\mathbf{q}_i^\\top$, a sum of rank-one pieces.

Why it matters for machine learning: powers and functions of matrices become easy, $A^k = Q\\Lambda^kQ^{-1}$ (Markov chains, PageRank, linear recurrences). PCA is the eigendecomposition of the symmetric covariance matrix: the columns of $Q$ are the principal directions and $\\Lambda$ holds the variances along them.

Example: eigenvalues $3, 1$ with eigenvectors $(1, 1)$ and $(1, -1)$. Normalised, $A = 3\\cdot\\frac{1}{2}\\begin{pmatrix}1 & 1\\\\ 1 & 1\\end{pmatrix} + 1\\cdot\\frac{1}{2}\\begin{pmatrix}1 & -1\\\\ -1 & 1\\end{pmatrix} = \\begin{pmatrix}2 & 1\\\\ 1 & 2\\end{pmatrix}$.`,
  },
});
