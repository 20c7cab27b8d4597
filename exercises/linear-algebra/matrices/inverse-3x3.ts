// la.matrices.inverse-3x3 — A⁻¹ by Gauss–Jordan on [A | I]. Level 1: det ±1 (integer inverse);
// level 2: det ±2 (half-integer entries).
import { matLatex, matText, Q } from "@/lib/math";
import { defineSkill } from "../../define";
import { det, identity, maxAbs, transpose } from "../../int-linalg";
import { adjugate, inverseQ, sampleWithDet, transposeQ } from "./exact";
import { augmentedLatex, rowReduce, stageSteps } from "./row-reduce";

type Data = { A: number[][] };

const isSymmetric = (A: number[][]) => A.every((r, i) => r.every((x, j) => x === A[j][i]));
const zeros = (A: number[][]) => A.reduce((n, r) => r.reduce((m, x) => m + (x === 0 ? 1 : 0), n), 0);

export default defineSkill<Data>({
  id: "la.matrices.inverse-3x3",
  version: 2,
  levels: [1, 2],
  expects: "matrix",
  build(rng, level) {
    const d = rng.pick([1, -1]) * level;
    let A: number[][];
    // Small entries in A and in adj(A) keep the row reduction humane; a symmetric A would hide
    // the "cofactors not transposed" mistake.
    do A = sampleWithDet(rng, 3, d, 4);
    while (maxAbs(adjugate(A)) > 9 || isSymmetric(A) || zeros(A) > 4);
    const inv = inverseQ(A);
    const start = A.map((row, i) => [...row, ...identity(3)[i]]);
    const { stages } = rowReduce(start, 3, true);
    return {
      data: { A },
      prompt: `Find $A^{-1}$ for $A = ${matLatex(A)}$ by row reduction. Give it as \`[[a, b, c], [d, e, f], [g, h, i]]\`; entries may be fractions such as \`1/2\`.`,
      answer: matText(inv),
      solution: [
        `Write $A$ next to the identity and row-reduce until the left half is $I$: $$${augmentedLatex(start.map((r) => r.map((x) => Q.of(x))), 3)}$$`,
        ...stageSteps(stages, 3),
        `The right half is $A^{-1} = ${matLatex(inv)}$. (Check: $\\det A = ${d}$, and $AA^{-1} = I$.)`,
      ],
      hints: [
        "Row-reduce $(A \\mid I)$; whatever the row operations turn $A$ into $I$ also turns $I$ into $A^{-1}$.",
        "Work column by column: get a 1 in the pivot position, then clear every other entry of that column.",
      ],
    };
  },
  mistakes: [
    {
      tag: "adjugate-not-divided",
      feedback: (p) => `That is the adjugate $\\operatorname{adj}A$; divide it by $\\det A = ${det(p.data.A)}$ to get $A^{-1}$.`,
      wrong: (p) => (det(p.data.A) === 1 ? null : matText(adjugate(p.data.A))),
    },
    {
      tag: "returned-transpose",
      feedback: "You gave $A^\\top$. The transpose is the inverse only for orthogonal matrices; check: $AA^\\top \\neq I$ here.",
      wrong: (p) => matText(transpose(p.data.A)),
    },
    {
      tag: "cofactors-not-transposed",
      feedback: "Your answer is $(A^{-1})^\\top$: the matrix of cofactors must be **transposed** before dividing by the determinant ($A^{-1} = \\operatorname{adj}A/\\det A$, with $\\operatorname{adj}A = C^\\top$).",
      wrong: (p) => matText(transposeQ(inverseQ(p.data.A))),
    },
    {
      tag: "row-operation-slip",
      feedback: "One row of your answer has the wrong sign — a row operation went wrong (often a row not divided by a negative pivot). Multiply $A$ by your answer: the product must be exactly $I$.",
      wrong: (p) => matText(inverseQ(p.data.A).map((r, i) => (i === 2 ? r.map((x) => x.neg()) : r))),
    },
  ],
  notes: {
    body: `To invert a larger matrix, row-reduce it next to the identity: start from $(A \\mid I)$ and apply row operations (swap rows, scale a row, add a multiple of one row to another) until the left half is $I$. The same operations turn the right half into $A^{-1}$, because together they amount to multiplying by $A^{-1}$:
$$(A \\mid I) \\longrightarrow (I \\mid A^{-1}).$$
If a column has no possible pivot, $A$ is singular and has no inverse.

Why it matters for machine learning: Gaussian elimination (as LU factorisation) is how libraries solve linear systems, including the normal equations of least squares; inverting $3\\times3$ matrices by hand builds the intuition for what "solving" costs and when it fails.

Example: for $A = \\begin{pmatrix}1 & 2 & 0\\\\ 0 & 1 & 0\\\\ 0 & 0 & 2\\end{pmatrix}$, do $R_1 \\to R_1 - 2R_2$ and $R_3 \\to \\tfrac12R_3$ on $(A \\mid I)$ to get $A^{-1} = \\begin{pmatrix}1 & -2 & 0\\\\ 0 & 1 & 0\\\\ 0 & 0 & \\tfrac12\\end{pmatrix}$.`,
  },
});
