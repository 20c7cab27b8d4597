// la.mlm.rank — rank of an integer matrix built as X·Y with X (m×r) and Y (r×n) of full rank r.
import { matLatex, qmat, rref } from "@/lib/math";
import { defineSkill } from "../../define";
import { matMul, maxAbs, rank } from "../../int-linalg";

type Data = { A: number[][] };

/** Rows left after dropping zero rows and rows that are multiples of an earlier row. */
function nonParallelRows(A: number[][]): number {
  const kept: number[][] = [];
  for (const r of A) if (r.some((x) => x !== 0) && !kept.some((k) => rank([k, r]) < 2)) kept.push(r);
  return kept.length;
}

export default defineSkill<Data>({
  id: "la.mlm.rank",
  version: 1,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    const [m, n] = level === 1 ? rng.pick([[2, 3], [3, 3], [3, 2], [3, 3]]) : rng.pick([[3, 4], [4, 4], [4, 3], [4, 4]]);
    const r = rng.int(1, Math.min(m, n));
    let A: number[][];
    do {
      const X = rng.intMatrix(m, r, -2, 2);
      const Y = rng.intMatrix(r, n, -2, 3);
      A = rank(X) === r && rank(Y) === r ? matMul(X, Y) : [[0]];
    } while (
      A.length !== m ||
      maxAbs(A) > 9 ||
      A.some((row) => row.every((x) => x === 0)) ||
      A[0].some((_, j) => A.every((row) => row[j] === 0)) ||
      // below full rank, some dependence should need more than spotting two parallel rows
      (r >= 2 && r < m && rng.bool(0.6) && nonParallelRows(A) === r)
    );
    const { rref: R, pivots } = rref(qmat(A));
    return {
      data: { A },
      prompt: `Find the rank of $A = ${matLatex(A)}$. Give an integer.`,
      answer: String(r),
      solution: [
        `Row-reduce $A$; the rank is the number of non-zero rows (pivots) left at the end.`,
        `The reduced row echelon form is $${matLatex(R)}$.`,
        `It has ${pivots.length} pivot${pivots.length === 1 ? "" : "s"} (in column${pivots.length === 1 ? "" : "s"} ${pivots.map((c) => c + 1).join(", ")}), so $\\operatorname{rank}(A) = ${r}$${r < m ? `: only ${r} of the ${m} rows ${r === 1 ? "is" : "are"} independent` : ""}.`,
      ],
      hints: [
        "Use row operations to create zeros below each pivot, then count the non-zero rows.",
        `The rank is at most $\\min(m, n) = ${Math.min(m, n)}$; it is smaller when some row is a combination of others.`,
      ],
    };
  },
  mistakes: [
    {
      tag: "counted-rows-before-reducing",
      feedback: "You counted the non-zero rows of $A$ as given. Row-reduce first: a row that is a combination of other rows becomes zero and does not count.",
      wrong: (p) => String(p.data.A.length),
    },
    {
      tag: "number-of-columns",
      feedback: "That is the number of columns. The rank is the number of independent columns (or rows), found by row reduction; it can be smaller.",
      wrong: (p) => String(p.data.A[0].length),
    },
    {
      tag: "only-parallel-rows",
      feedback: "No two rows here are multiples of each other, but a row can still be a combination of several others. Row-reduce to find every dependence.",
      wrong: (p) => String(nonParallelRows(p.data.A)),
    },
  ],
  notes: {
    body: `The **rank** of a matrix is the number of linearly independent columns — equivalently, of independent rows. It is the dimension of the column space, the space of all outputs $A\\mathbf{x}$. Find it by row reduction: the rank is the number of pivots (non-zero rows) in the echelon form. Always $\\operatorname{rank}(A) \\le \\min(m, n)$, and an $n×n$ matrix is invertible exactly when its rank is $n$.

Why it matters for machine learning: a data matrix of less than full column rank has redundant features, so $X^\\top X$ is singular and least squares has no unique solution. Low-rank structure is the idea behind PCA, the truncated SVD, matrix completion (recommender systems) and LoRA fine-tuning, where a big weight update is written as a product of two thin matrices and so has small rank.

Example: in $\\begin{pmatrix}1 & 2 & 3\\\\ 2 & 4 & 6\\\\ 1 & 0 & 1\\end{pmatrix}$ the second row is twice the first, so row reduction leaves two non-zero rows: rank 2. In $\\begin{pmatrix}1 & 0 & 1\\\\ 0 & 1 & 1\\\\ 1 & 1 & 2\\end{pmatrix}$ no two rows are parallel, yet row 3 = row 1 + row 2, so the rank is again 2.`,
  },
});
