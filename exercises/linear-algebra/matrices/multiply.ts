// la.matrices.multiply — a product of two integer matrices (m×n times n×p). Level 1: 2×2 times 2×2;
// level 2: sizes 2–3 mixed, and a third of the square-compatible cases ask for BA instead of AB.
import { matLatex, matText } from "@/lib/math";
import { defineSkill } from "../../define";
import { matMul, transpose } from "../../int-linalg";
import { paren } from "../../tex";

type Data = { A: number[][]; B: number[][]; order: "AB" | "BA" };

const same = (X: number[][], Y: number[][]) => JSON.stringify(X) === JSON.stringify(Y);
const sameShape = (X: number[][], Y: number[][]) => X.length === Y.length && X[0].length === Y[0].length;
const factors = (d: Data): [number[][], number[][]] => (d.order === "AB" ? [d.A, d.B] : [d.B, d.A]);
const shapeOf = (X: number[][]) => `${X.length}\\times${X[0].length}`;
const other = (order: "AB" | "BA") => (order === "AB" ? "BA" : "AB");

export default defineSkill<Data>({
  id: "la.matrices.multiply",
  version: 1,
  levels: [1, 2],
  expects: "matrix",
  build(rng, level) {
    let m = 2;
    let n = 2;
    let p = 2;
    if (level === 2) do [m, n, p] = [rng.int(2, 3), rng.int(2, 3), rng.int(2, 3)];
    while (m === 2 && n === 2 && p === 2);
    const order: Data["order"] = level === 2 && m === p && rng.bool(1 / 3) ? "BA" : "AB";
    let A: number[][];
    let B: number[][];
    // Both orders (where defined) must differ, and the product must not be symmetric, so each
    // mistake shows; no zero rows or columns either.
    do [A, B] = [rng.intMatrix(m, n, -5, 5), rng.intMatrix(n, p, -5, 5)];
    while (
      [A, B, transpose(A), transpose(B)].some((X) => X.some((r) => r.every((x) => x === 0))) ||
      [A, B].some((X) => X.length === X[0].length && same(X, transpose(X))) ||
      (m === p && same(matMul(A, B), transpose(matMul(A, B)))) ||
      (m === p && n === m && same(matMul(A, B), matMul(B, A)))
    );
    const data: Data = { A, B, order };
    const [X, Y] = factors(data);
    const P = matMul(X, Y);
    const [x, y] = order === "AB" ? ["A", "B"] : ["B", "A"];
    const rows = P.map(
      (row, i) =>
        `Row ${i + 1}: ${row.map((v, j) => `$${X[i].map((a, k) => `${paren(a)}\\cdot${paren(Y[k][j])}`).join(" + ")} = ${v}$`).join(", ")}.`,
    );
    return {
      data,
      prompt: `Let $A = ${matLatex(A)}$ and $B = ${matLatex(B)}$. Compute $${x}${y}$, and give it as a list of rows, such as \`[[1, 2], [3, 4]]\`.`,
      answer: matText(P),
      solution: [
        `$${x}$ is $${shapeOf(X)}$ and $${y}$ is $${shapeOf(Y)}$: the inner sizes agree, so $${x}${y}$ is defined and is $${shapeOf(P)}$.`,
        `Entry $(i, j)$ of $${x}${y}$ is row $i$ of $${x}$ dotted with column $j$ of $${y}$.`,
        ...rows,
        `So $${x}${y} = ${matLatex(P)}$.`,
      ],
      hints: [
        `Entry $(i, j)$ is (row $i$ of $${x}$) $\\cdot$ (column $j$ of $${y}$).`,
        `Check the sizes first: an $m\\times n$ matrix times an $n\\times p$ matrix is $m\\times p$.`,
      ],
    };
  },
  mistakes: [
    {
      tag: "elementwise-product",
      feedback: "You multiplied matching entries. A matrix product is not entry by entry: entry $(i, j)$ is a row of the first matrix dotted with a column of the second.",
      wrong: (p) => {
        const [X, Y] = factors(p.data);
        return sameShape(X, Y) ? matText(X.map((r, i) => r.map((v, j) => v * Y[i][j]))) : null;
      },
    },
    {
      tag: "wrong-order",
      feedback: (p) =>
        `You computed $${other(p.data.order)}$, but the question asks for $${p.data.order}$. Matrix multiplication is not commutative: the left factor gives the rows, the right factor the columns.`,
      wrong: (p) => {
        const [X, Y] = factors(p.data);
        return Y[0].length === X.length ? matText(matMul(Y, X)) : null;
      },
    },
    {
      tag: "transposed-result",
      feedback: "Your answer is the transpose of the product: row $i$ of the product comes from row $i$ of the left matrix, so the product of an $m\\times n$ and an $n\\times p$ matrix is $m\\times p$, with entry $(i, j)$ in row $i$.",
      wrong: (p) => matText(transpose(matMul(...factors(p.data)))),
    },
    {
      tag: "row-times-row",
      feedback: "You dotted rows of the first matrix with **rows** of the second. Use the columns of the second matrix: entry $(i, j)$ is row $i$ times column $j$.",
      wrong: (p) => {
        const [X, Y] = factors(p.data);
        return X[0].length === Y[0].length ? matText(matMul(X, transpose(Y))) : null;
      },
    },
  ],
  notes: {
    body: `To multiply matrices, take **rows of the left matrix times columns of the right**: entry $(i, j)$ of $AB$ is the dot product of row $i$ of $A$ with column $j$ of $B$. The inner sizes must agree: an $m\\times n$ matrix times an $n\\times p$ matrix gives an $m\\times p$ matrix. Order matters — usually $AB \\neq BA$, and one of them may not even be defined.

Why it matters for machine learning: a whole batch of inputs passes through a layer as one product $XW$; chaining layers, composing transformations and computing covariance $X^\\top X$ are all matrix products, and GPUs are built to do exactly this fast.

Example: $\\begin{pmatrix}1 & 2\\\\ 0 & 3\\end{pmatrix}\\begin{pmatrix}4 & -1\\\\ 2 & 5\\end{pmatrix} = \\begin{pmatrix}1\\cdot4 + 2\\cdot2 & 1\\cdot(-1) + 2\\cdot5\\\\ 0\\cdot4 + 3\\cdot2 & 0\\cdot(-1) + 3\\cdot5\\end{pmatrix} = \\begin{pmatrix}8 & 9\\\\ 6 & 15\\end{pmatrix}$, while in the other order $BA = \\begin{pmatrix}4 & 5\\\\ 2 & 19\\end{pmatrix}$.`,
  },
});
