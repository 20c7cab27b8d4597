// la.eigen.eigenvectors-2x2 — an eigenvector of an integer 2×2 matrix for a given integer
// eigenvalue: a null vector of A − λI, accepted up to a non-zero scalar.
import { matLatex, vecLatex, vecText } from "@/lib/math";
import { defineSkill } from "../../define";
import { transpose } from "../../int-linalg";
import { coef, joinSigned, minusLambdaI } from "../../tex";
import { distinctInts, eigenMatrix, primitiveSigned, unitVector } from "./eigen-shared";

type Data = { A: number[][]; lambda: number };

const shifted = (A: number[][], lambda: number) => A.map((r, i) => r.map((x, j) => (i === j ? x - lambda : x)));

/** A primitive null vector of a singular non-zero 2×2 matrix, from its first non-zero row (a, b) → (−b, a). */
function nullVector(M: number[][]): number[] {
  const row = M.find((r) => r.some((x) => x !== 0))!;
  return primitiveSigned([-row[1], row[0]]);
}

export default defineSkill<Data>({
  id: "la.eigen.eigenvectors-2x2",
  version: 1,
  levels: [1, 2],
  expects: "vector",
  policy: { upToScalar: true },
  build(rng, level) {
    // Level 1: eigenvalues in −2..4 and P with entries up to ±2; level 2: a wider range.
    const eigs = distinctInts(rng, 2, level === 1 ? -2 : -5, level === 1 ? 4 : 6);
    const { A, P } = eigenMatrix(rng, eigs, level === 1 ? 9 : 12);
    const k = rng.int(0, 1);
    const lambda = eigs[k];
    const v = primitiveSigned(transpose(P)[k]);
    const M = shifted(A, lambda);
    const row = M.find((r) => r.some((x) => x !== 0))!;
    return {
      data: { A, lambda },
      prompt: `$\\lambda = ${lambda}$ is an eigenvalue of $A = ${matLatex(A)}$. Give an eigenvector for it, as \`(x, y)\`. Any non-zero multiple is accepted.`,
      answer: vecText(unitVector(v)),
      solution: [
        lambda === 0
          ? `For $\\lambda = 0$ an eigenvector solves $A\\mathbf{v} = \\mathbf{0}$: it lies in the null space of $A$.`
          : `An eigenvector solves $(${minusLambdaI(lambda)})\\mathbf{v} = \\mathbf{0}$, with $${minusLambdaI(lambda)} = ${matLatex(M)}$ (subtract $${lambda}$ from each diagonal entry).`,
        `This matrix is singular, so its rows are multiples of each other. The row $(${row.join(", ")})$ gives $${joinSigned([coef(row[0], "x"), coef(row[1], "y")].filter((_, k) => row[k] !== 0))} = 0$, solved by $(x, y) = ${vecLatex(v)}$ (swap the entries and change one sign).`,
        `Check: $A${vecLatex(v)} = ${vecLatex(v.map((x) => lambda * x))} = ${lambda}${vecLatex(v)}$. Any non-zero multiple works; normalised, $\\mathbf{v} = ${vecLatex(unitVector(v))}$.`,
      ],
      hints: ["Find a non-zero $\\mathbf{v}$ with $(A - \\lambda I)\\mathbf{v} = \\mathbf{0}$.", "For a singular $2\\times 2$ matrix with a row $(a, b)$, the vector $(-b, a)$ (or $(b, -a)$) solves it."],
    };
  },
  mistakes: [
    {
      tag: "gave-row",
      feedback: "You gave a row of $A - \\lambda I$. The eigenvector is a vector that this matrix sends to $\\mathbf{0}$ — it is perpendicular to the rows: from a row $(a, b)$ take $(-b, a)$.",
      wrong: (p) => {
        const row = shifted(p.data.A, p.data.lambda).find((r) => r.some((x) => x !== 0))!;
        return vecText(row);
      },
    },
    {
      tag: "zero-vector",
      feedback: "The zero vector always solves $(A - \\lambda I)\\mathbf{v} = \\mathbf{0}$, but eigenvectors must be non-zero. Find a non-zero solution.",
      wrong: () => "(0, 0)",
    },
    {
      tag: "other-eigenvalue",
      feedback: "That is an eigenvector of $A$, but for its other eigenvalue. Use $A - \\lambda I$ with the $\\lambda$ given in the question.",
      wrong: (p) => {
        const { A, lambda } = p.data;
        const other = A[0][0] + A[1][1] - lambda;
        return vecText(nullVector(shifted(A, other)));
      },
    },
  ],
  notes: {
    body: `Once an eigenvalue $\\lambda$ is known, its **eigenvectors** are the non-zero solutions of
$$(A - \\lambda I)\\mathbf{v} = \\mathbf{0}.$$
Because $\\lambda$ is an eigenvalue, $A - \\lambda I$ is singular and this system has infinitely many solutions: a whole line of eigenvectors (any non-zero multiple of one is another). For a $2\\times 2$ matrix, the rows of $A - \\lambda I$ are multiples of each other, and a row $(a, b)$ is solved by $(-b, a)$.

Why it matters for machine learning: eigenvectors are the directions behind the numbers — the principal directions of a data cloud in PCA, the stationary distribution of a Markov chain or PageRank, the axes along which a quadratic loss is most and least curved.

Example: $A = \\begin{pmatrix}4 & 1\\\\ 2 & 3\\end{pmatrix}$, $\\lambda = 5$: $A - 5I = \\begin{pmatrix}-1 & 1\\\\ 2 & -2\\end{pmatrix}$, so $-x + y = 0$ and $\\mathbf{v} = (1, 1)$. Check: $A(1, 1) = (5, 5)$.`,
  },
});
