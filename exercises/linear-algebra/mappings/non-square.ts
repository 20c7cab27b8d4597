// la.mappings.non-square — the product of an m×n and an n×p integer matrix, an m×p matrix.
import { matLatex, matText } from "@/lib/math";
import { defineSkill } from "../../define";
import { dot, matMul, transpose } from "../../int-linalg";
import { paren } from "../../tex";

type Data = { A: number[][]; B: number[][] };

const shape = (M: number[][]) => `${M.length}\\times ${M[0].length}`;

export default defineSkill<Data>({
  id: "la.mappings.non-square",
  version: 1,
  levels: [1, 2],
  expects: "matrix",
  build(rng, level) {
    // Level 1: (2×3)(3×2) or (3×2)(2×3), where BA also exists but has the other shape.
    // Level 2: any (m×n)(n×p) with m ≠ p or n ≠ m, including a row or a column vector.
    let [m, n, p] = [0, 0, 0];
    do [m, n, p] = level === 1 ? rng.pick([[2, 3, 2], [3, 2, 3]]) : [rng.int(1, 3), rng.int(2, 4), rng.int(1, 4)];
    while ((m === n && n === p) || m * p === 1);
    const bound = level === 1 ? 4 : 5;
    let A: number[][];
    let B: number[][];
    let C: number[][];
    do {
      A = rng.intMatrix(m, n, -2, bound);
      B = rng.intMatrix(n, p, -2, bound);
      C = matMul(A, B);
    } while (C.some((row) => row.every((x) => x === 0)) || (m === p && m > 1 && String(C) === String(transpose(C))));
    const entry = (i: number, j: number) =>
      `$c_{${i + 1}${j + 1}} = ${A[i].map((x, k) => `${paren(x)}\\cdot${paren(B[k][j])}`).join(" + ")} = ${C[i][j]}$`;
    return {
      data: { A, B },
      prompt: `Let $A = ${matLatex(A)}$ and $B = ${matLatex(B)}$. Compute the product $AB$. Give it as \`[[c11, c12, ...], [c21, ...], ...]\`, one inner list per row (a single row is \`[[c11, c12, ...]]\`).`,
      answer: matText(C),
      solution: [
        `$A$ is $${shape(A)}$ and $B$ is $${shape(B)}$: the inner sizes agree (${n} = ${n}), so $AB$ exists and has the outer sizes, $${m}\\times ${p}$.`,
        `Entry $(i, j)$ is row $i$ of $A$ dotted with column $j$ of $B$, e.g. ${entry(0, 0)}.`,
        `All entries: $AB = ${matLatex(C)}$.`,
      ],
      hints: [
        "An $(m\\times n)$ matrix times an $(n\\times p)$ matrix is $m\\times p$: rows from $A$, columns from $B$.",
        "Each entry is a row of $A$ dotted with a column of $B$.",
      ],
    };
  },
  mistakes: [
    {
      tag: "computed-ba",
      feedback: (p) => `Your matrix is $${p.data.B.length}\\times ${p.data.A[0].length}$: that is $BA$. For $AB$, an $m\\times n$ times an $n\\times p$ matrix gives $m\\times p$ — here $${p.data.A.length}\\times ${p.data.B[0].length}$, rows of $A$ against columns of $B$.`,
      wrong: (p) => (p.data.B[0].length === p.data.A.length ? matText(matMul(p.data.B, p.data.A)) : null),
    },
    {
      tag: "transposed-product",
      feedback: "You have the transpose of $AB$ (that is $B^{T}A^{T}$). Row $i$ of the answer comes from row $i$ of $A$, column $j$ from column $j$ of $B$.",
      wrong: (p) => matText(transpose(matMul(p.data.A, p.data.B))),
    },
    {
      tag: "rows-times-rows",
      feedback: "You dotted rows of $A$ with rows of $B$ (that gives $AB^{T}$). Each entry of $AB$ is a row of $A$ dotted with a column of $B$.",
      wrong: (p) => {
        const { A, B } = p.data;
        return A[0].length === B[0].length ? matText(A.map((r) => B.map((s) => dot(r, s)))) : null;
      },
    },
  ],
  notes: {
    body: `Matrices need not be square. An $m\\times n$ matrix ($m$ rows, $n$ columns) maps vectors with $n$ entries to vectors with $m$ entries. Two matrices can be multiplied when the **inner sizes agree**:
$$(m\\times n)\\,(n\\times p) = (m\\times p),$$
and entry $(i, j)$ of $AB$ is row $i$ of $A$ dotted with column $j$ of $B$. If the inner sizes differ, the product does not exist; and even when both exist, $AB$ and $BA$ usually have different shapes.

Why it matters for machine learning: almost nothing in ML is square. A data matrix is (examples × features), a dense layer's weights are (outputs × inputs), and checking shapes is the first debugging step when a product fails. A neural layer maps a batch $X$ ($b\\times n$) to $XW^{T}$ ($b\\times m$).

Example: $\\begin{pmatrix}1 & 0 & 2\\\\ 0 & 1 & 1\\end{pmatrix}\\begin{pmatrix}1 & 2\\\\ 0 & 1\\\\ 3 & 0\\end{pmatrix} = \\begin{pmatrix}7 & 2\\\\ 3 & 1\\end{pmatrix}$ is $2\\times 2$, while the product in the other order is $3\\times 3$.`,
  },
});
