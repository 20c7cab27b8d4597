// la.mlm.transpose — transpose a non-square matrix (level 1), or compute (AB)ᵀ = BᵀAᵀ (level 2).
import { matLatex, matText } from "@/lib/math";
import { defineSkill } from "../../define";
import { matMul, transpose } from "../../int-linalg";

type Data = { A: number[][]; B?: number[][] };

const sameMatrix = (X: number[][], Y: number[][]) => JSON.stringify(X) === JSON.stringify(Y);

/** The classic slip: transpose only the leading square block, leave the extra row/column alone. */
function squarePartTransposed(A: number[][]): number[][] {
  const k = Math.min(A.length, A[0].length);
  return A.map((row, i) => row.map((x, j) => (i < k && j < k ? A[j][i] : x)));
}

const answerOf = (d: Data) => (d.B ? transpose(matMul(d.A, d.B)) : transpose(d.A));

export default defineSkill<Data>({
  id: "la.mlm.transpose",
  version: 1,
  levels: [1, 2],
  expects: "matrix",
  build(rng, level) {
    if (level === 1) {
      const [m, n] = rng.pick([[2, 3], [3, 2], [2, 4], [3, 4], [4, 2]]);
      const A = rng.intMatrix(m, n, -9, 9);
      const T = transpose(A);
      return {
        data: { A },
        prompt: `Find the transpose $A^\\top$ of $A = ${matLatex(A)}$. Give the matrix as \`[[a, b, c], [d, e, f]]\`, one inner list per row.`,
        answer: matText(T),
        solution: [
          `Transposing turns rows into columns: $(A^\\top)_{ij} = a_{ji}$, so the ${m}×${n} matrix $A$ becomes ${n}×${m}.`,
          `Row 1 of $A^\\top$ is column 1 of $A$, and so on: $A^\\top = ${matLatex(T)}$.`,
        ],
        hints: ["Write each column of $A$ as a row.", `$A$ is ${m}×${n}, so $A^\\top$ is ${n}×${m}.`],
      };
    }
    // (m×n)(n×p); square pairs half the time so AᵀBᵀ has the same shape as the answer.
    const [m, n, p] = rng.pick([[2, 2, 2], [3, 3, 3], [2, 3, 2], [3, 2, 3], [2, 3, 3]]);
    let A: number[][];
    let B: number[][];
    do {
      A = rng.intMatrix(m, n, -4, 5);
      B = rng.intMatrix(n, p, -4, 5);
    } while (m === p && (sameMatrix(matMul(A, B), transpose(matMul(A, B))) || sameMatrix(matMul(transpose(A), transpose(B)), transpose(matMul(A, B)))));
    const AB = matMul(A, B);
    const T = transpose(AB);
    return {
      data: { A, B },
      prompt: `Let $A = ${matLatex(A)}$ and $B = ${matLatex(B)}$. Compute $(AB)^\\top$. Give the matrix as \`[[a, b], [c, d]]\`, one inner list per row.`,
      answer: matText(T),
      solution: [
        `Either form $AB$ and transpose it, or use $(AB)^\\top = B^\\top A^\\top$ (the order reverses).`,
        `$AB = ${matLatex(AB)}$ (${m}×${p}).`,
        `Transposing swaps rows and columns: $(AB)^\\top = B^\\top A^\\top = ${matLatex(T)}$ (${p}×${m}).`,
      ],
      hints: ["$(AB)^\\top = B^\\top A^\\top$: transpose each factor and reverse the order.", `$AB$ is ${m}×${p}, so $(AB)^\\top$ is ${p}×${m}.`],
    };
  },
  mistakes: [
    {
      tag: "wrong-order",
      feedback: "You computed $A^\\top B^\\top$. Transposing a product reverses the order: $(AB)^\\top = B^\\top A^\\top$.",
      wrong: (p) => {
        const { A, B } = p.data;
        if (!B || A.length !== B[0].length) return null;
        return matText(matMul(transpose(A), transpose(B)));
      },
    },
    {
      tag: "forgot-transpose",
      feedback: "That is $AB$ itself. Transpose it: the rows of $AB$ become the columns of $(AB)^\\top$.",
      wrong: (p) => (p.data.B ? matText(matMul(p.data.A, p.data.B)) : null),
    },
    {
      tag: "transposed-square-part",
      feedback: "You only swapped entries across the diagonal of the square part and left the extra row/column where it was. Every row of $A$ becomes a column, so the shape changes from $m×n$ to $n×m$.",
      wrong: (p) => (p.data.B ? null : matText(squarePartTransposed(p.data.A))),
    },
    {
      tag: "rotated-not-transposed",
      feedback: "You rotated the matrix a quarter turn. Transposing reflects it in the main diagonal: column 1 of $A$ becomes row 1, read from top to bottom.",
      wrong: (p) => (p.data.B ? null : matText(transpose(p.data.A).map((r) => r.slice().reverse()))),
    },
  ],
  notes: {
    body: `The **transpose** $A^\\top$ of an $m×n$ matrix is the $n×m$ matrix whose rows are the columns of $A$: $(A^\\top)_{ij} = a_{ji}$. It reflects the matrix in its main diagonal. Two rules do most of the work:
$$(A^\\top)^\\top = A, \\qquad (AB)^\\top = B^\\top A^\\top.$$
The order reverses because $(AB)^\\top_{ij} = \\sum_k a_{jk} b_{ki} = \\sum_k (B^\\top)_{ik}(A^\\top)_{kj}$.

Why it matters for machine learning: a dot product is $\\mathbf{u}^\\top\\mathbf{v}$; the normal equations of least squares are $X^\\top X\\mathbf{w} = X^\\top\\mathbf{y}$; a covariance matrix is $\\frac{1}{N}X^\\top X$ for centred data; and in backpropagation the gradient flows back through a layer $\\mathbf{z} = W\\mathbf{x}$ as $W^\\top\\boldsymbol{\\delta}$. Shape-checking with transposes catches many bugs.

Example: $\\begin{pmatrix}1 & 2 & 3\\\\ 4 & 5 & 6\\end{pmatrix}^\\top = \\begin{pmatrix}1 & 4\\\\ 2 & 5\\\\ 3 & 6\\end{pmatrix}$. With $A = \\begin{pmatrix}1 & 1\\\\ 0 & 1\\end{pmatrix}$ and $B = \\begin{pmatrix}1 & 0\\\\ 2 & 1\\end{pmatrix}$, $AB = \\begin{pmatrix}3 & 1\\\\ 2 & 1\\end{pmatrix}$, so $(AB)^\\top = \\begin{pmatrix}3 & 2\\\\ 1 & 1\\end{pmatrix} = B^\\top A^\\top$, while $A^\\top B^\\top = \\begin{pmatrix}1 & 2\\\\ 1 & 3\\end{pmatrix}$ is different.`,
  },
});
