// la.intro.simultaneous-setup — shopping-basket word problem → coefficient matrix A with A p = totals.
import { matLatex, matText, vecLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { det, matVec, transpose } from "../../int-linalg";

type Data = { items: string[]; quantities: number[][]; b: number[] };

const ITEMS = ["apples", "bananas", "carrots", "dates", "eggs", "figs"];

export default defineSkill<Data>({
  id: "la.intro.simultaneous-setup",
  version: 1,
  levels: [1, 2],
  expects: "matrix",
  build(rng, level) {
    const n = level === 1 ? 2 : 3;
    const items = rng.shuffle(ITEMS).slice(0, n);
    const prices = Array.from({ length: n }, () => rng.int(1, 9));
    // The system must have one solution (det ≠ 0) and must not be symmetric, so that a transposed
    // matrix is a visible mistake.
    let quantities: number[][];
    do quantities = rng.intMatrix(n, n, 0, 5);
    while (det(quantities) === 0 || quantities.some((row) => row.every((q) => q === 0)) || String(quantities) === String(transpose(quantities)));
    const totals = matVec(quantities, prices);
    const visits = quantities.map(
      (row, i) => `On visit ${i + 1} you buy ${row.map((q, j) => `${q} ${items[j]}`).join(", ")} and pay ${totals[i]}.`,
    );
    const unknowns = items.map((it) => `p_{\\text{${it}}}`);
    return {
      data: { items, quantities, b: totals },
      prompt: `${visits.join(" ")} Let $\\mathbf{p} = ${vecLatex(unknowns)}$ be the unknown prices. Give the matrix $A$ so that $A\\mathbf{p} = ${vecLatex(totals)}$.`,
      answer: matText(quantities),
      solution: [
        ...quantities.map((row, i) => `Visit ${i + 1} gives the equation $${row.map((q, j) => `${q}${unknowns[j]}`).join(" + ")} = ${totals[i]}$.`),
        `Each equation is one row of $A$; each column belongs to one item: $A = ${matLatex(quantities)}$.`,
      ],
      hints: ["Write one equation per visit: quantity × price, summed, equals the total paid.", "Rows of $A$ are visits; columns are items, in the order of $\\mathbf{p}$."],
    };
  },
  mistakes: [
    {
      tag: "transposed-matrix",
      feedback: "Your matrix is transposed: each row of $A$ should be one visit (one equation), each column one item.",
      wrong: (p) => matText(transpose(p.data.quantities)),
    },
    {
      tag: "totals-in-matrix",
      feedback: "The totals are the right-hand side $\\mathbf{b}$, not part of $A$: $A$ holds only the quantities.",
      wrong: (p) => matText(p.data.quantities.map((row, i) => [...row, p.data.b[i]])),
    },
  ],
  notes: {
    body: `A word problem with several unknowns becomes **simultaneous linear equations**, and these become one matrix equation $A\\mathbf{p} = \\mathbf{b}$: each equation is a row of $A$, each unknown a column, and the right-hand sides form $\\mathbf{b}$.

Why it matters for machine learning: fitting a linear model is this set-up at scale. Each training example is one equation (a row of the data matrix), each feature's weight is one unknown, and the targets form the right-hand side.

Example: 2 apples and 3 bananas cost 8; 1 apple and 1 banana cost 3. With $\\mathbf{p} = (p_a, p_b)$,
$$\\begin{pmatrix}2 & 3\\\\ 1 & 1\\end{pmatrix}\\begin{pmatrix}p_a\\\\ p_b\\end{pmatrix} = \\begin{pmatrix}8\\\\ 3\\end{pmatrix},$$
whose solution is $p_a = 1$, $p_b = 2$.`,
  },
});
