// la.matrices.matrix-vector — A v for a 2×2 or 3×3 integer matrix: each entry a row of A dotted with v.
import { matLatex, matText, vecLatex, vecText } from "@/lib/math";
import { defineSkill } from "../../define";
import { dot, matVec, transpose } from "../../int-linalg";
import { paren } from "../../tex";

type Data = { A: number[][]; v: number[] };

const isSymmetric = (A: number[][]) => A.every((r, i) => r.every((x, j) => x === A[j][i]));

export default defineSkill<Data>({
  id: "la.matrices.matrix-vector",
  version: 1,
  levels: [1, 2],
  expects: "vector",
  build(rng, level) {
    const n = level === 1 ? 2 : 3;
    const bound = level === 1 ? 5 : 6;
    let A: number[][];
    // A symmetric matrix would hide the rows-versus-columns mistake, so it is drawn again.
    do A = rng.intMatrix(n, n, -bound, bound);
    while (isSymmetric(A) || A.some((r) => r.every((x) => x === 0)));
    const v = rng.intVector(n, -bound, bound);
    const result = matVec(A, v);
    const rows = A.map((row, i) => `Row ${i + 1}: $${row.map((x, j) => `${paren(x)}\\cdot${paren(v[j])}`).join(" + ")} = ${result[i]}$.`);
    return {
      data: { A, v },
      prompt: `Compute $A\\mathbf{v}$ for $A = ${matLatex(A)}$ and $\\mathbf{v} = ${vecLatex(v)}$. Give the result as a vector such as \`${vecText(n === 2 ? [1, -2] : [1, -2, 3])}\`.`,
      answer: vecText(result),
      solution: [
        `Entry $i$ of $A\\mathbf{v}$ is the dot product of row $i$ of $A$ with $\\mathbf{v}$.`,
        ...rows,
        `So $A\\mathbf{v} = ${vecLatex(result)}$.`,
      ],
      hints: [
        "Take each row of $A$ in turn and dot it with $\\mathbf{v}$.",
        "Equivalently, $A\\mathbf{v}$ is $v_1$ times column 1 of $A$ plus $v_2$ times column 2, and so on.",
      ],
    };
  },
  mistakes: [
    {
      tag: "used-columns",
      feedback: "You dotted the columns of $A$ with $\\mathbf{v}$ (that is $A^\\top\\mathbf{v}$). Entry $i$ of $A\\mathbf{v}$ uses **row** $i$ of $A$.",
      wrong: (p) => vecText(matVec(transpose(p.data.A), p.data.v)),
    },
    {
      tag: "elementwise-product",
      feedback: "You multiplied entries without adding them up. Each entry of $A\\mathbf{v}$ is a sum: row $i$ of $A$ times $\\mathbf{v}$, entry by entry, then **added**.",
      wrong: (p) => matText(p.data.A.map((row) => row.map((x, j) => x * p.data.v[j]))),
    },
    {
      tag: "diagonal-only",
      feedback: "You multiplied each $v_i$ by the diagonal entry $a_{ii}$ only. Every entry of a row contributes: $(A\\mathbf{v})_i = a_{i1}v_1 + a_{i2}v_2 + \\dots$",
      wrong: (p) => vecText(p.data.v.map((x, i) => p.data.A[i][i] * x)),
    },
  ],
  notes: {
    body: `A matrix **acts on a vector**: $A\\mathbf{v}$ is a new vector whose $i$-th entry is the dot product of row $i$ of $A$ with $\\mathbf{v}$. Read by columns, the same product is a combination of the columns of $A$ with the entries of $\\mathbf{v}$ as weights:
$$A\\mathbf{v} = v_1\\,(\\text{column }1) + v_2\\,(\\text{column }2) + \\dots$$
An $m\\times n$ matrix needs a vector with $n$ entries and returns one with $m$ entries.

Why it matters for machine learning: a layer of a neural network computes $W\\mathbf{x}$ (plus a bias), and a linear model makes predictions for a whole data set at once as $X\\mathbf{w}$: one dot product per row (per example).

Example: $\\begin{pmatrix}2 & -1\\\\ 3 & 4\\end{pmatrix}\\begin{pmatrix}5\\\\ 2\\end{pmatrix} = \\begin{pmatrix}2\\cdot5 + (-1)\\cdot2\\\\ 3\\cdot5 + 4\\cdot2\\end{pmatrix} = \\begin{pmatrix}8\\\\ 23\\end{pmatrix}$, which is also $5(2, 3) + 2(-1, 4)$.`,
  },
});
