// la.matrices.inverse-2x2 — A⁻¹ = (1/(ad − bc)) [[d, −b], [−c, a]]. Level 1: det ±1 (integer
// inverse); level 2: det ±2, ±3, ±4 (fractions).
import { matLatex, matText, Q } from "@/lib/math";
import { defineSkill } from "../../define";
import { det } from "../../int-linalg";
import { paren } from "../../tex";
import { adjugate, inverseQ, matrix2WithDet, overDetLatex, scaleQ } from "./exact";

type Data = { A: number[][] };

/** A 2×2 pattern [[p, q], [r, s]] over the entries of A, divided by det A. */
const overDet = (A: number[][], M: number[][]) => matText(scaleQ(M, Q.inv(det(A))));

export default defineSkill<Data>({
  id: "la.matrices.inverse-2x2",
  version: 1,
  levels: [1, 2],
  expects: "matrix",
  build(rng, level) {
    const d = rng.pick([1, -1]) * (level === 1 ? 1 : rng.pick([2, 3, 4]));
    const A = matrix2WithDet(rng, d);
    const [[a, b], [c, dd]] = A;
    const adj = adjugate(A);
    const inv = inverseQ(A);
    return {
      data: { A },
      prompt: `Find the inverse of $A = ${matLatex(A)}$. Give it as a matrix${level === 2 ? " with fraction entries" : ""}, such as \`[[1/2, -1], [3/2, 2]]\`.`,
      answer: matText(inv),
      solution: [
        `The determinant: $\\det A = ad - bc = ${paren(a)}\\cdot${paren(dd)} - ${paren(b)}\\cdot${paren(c)} = ${d}$, which is not zero, so $A$ is invertible.`,
        `Swap the diagonal entries and negate the off-diagonal ones: $\\begin{pmatrix}d & -b\\\\ -c & a\\end{pmatrix} = ${matLatex(adj)}$.`,
        `Divide by the determinant: $A^{-1} = ${overDetLatex(d)}${matLatex(adj)} = ${matLatex(inv)}$.`,
        `Check: $AA^{-1} = I$.`,
      ],
      hints: [
        "$A^{-1} = \\dfrac{1}{ad - bc}\\begin{pmatrix}d & -b\\\\ -c & a\\end{pmatrix}$.",
        "Compute the determinant first; every entry gets divided by it.",
      ],
    };
  },
  mistakes: [
    {
      tag: "forgot-divide-by-det",
      feedback: (p) => `You gave $\\begin{pmatrix}d & -b\\\\ -c & a\\end{pmatrix}$ but did not divide by the determinant, $${det(p.data.A)}$.`,
      wrong: (p) => (det(p.data.A) === 1 ? null : matText(adjugate(p.data.A))),
    },
    {
      tag: "swapped-off-diagonal",
      feedback: "You swapped the off-diagonal entries $b$ and $c$. They stay in place and change sign: the inverse uses $\\begin{pmatrix}d & -b\\\\ -c & a\\end{pmatrix}$.",
      wrong: (p) => {
        const [[a, b], [c, d]] = p.data.A;
        return overDet(p.data.A, [[d, c], [b, a]]);
      },
    },
    {
      tag: "negated-diagonal",
      feedback: "You negated the diagonal entries instead of the off-diagonal ones, which gives $-A^{-1}$. Swap $a$ and $d$, and negate $b$ and $c$.",
      wrong: (p) => {
        const [[a, b], [c, d]] = p.data.A;
        return overDet(p.data.A, [[-d, b], [c, -a]]);
      },
    },
    {
      tag: "did-not-swap-diagonal",
      feedback: "You left $a$ and $d$ in place. The diagonal entries swap: the inverse uses $\\begin{pmatrix}d & -b\\\\ -c & a\\end{pmatrix}$.",
      wrong: (p) => {
        const [[a, b], [c, d]] = p.data.A;
        return overDet(p.data.A, [[a, -b], [-c, d]]);
      },
    },
    {
      tag: "multiplied-by-det",
      feedback: "You multiplied by the determinant. The inverse **divides** by it: $A^{-1} = \\frac{1}{\\det A}\\begin{pmatrix}d & -b\\\\ -c & a\\end{pmatrix}$.",
      wrong: (p) => {
        const d = det(p.data.A);
        return Math.abs(d) === 1 ? null : matText(adjugate(p.data.A).map((r) => r.map((x) => x * d)));
      },
    },
  ],
  notes: {
    body: `The **inverse** $A^{-1}$ undoes $A$: $A^{-1}A = AA^{-1} = I$. For a $2\\times2$ matrix there is a formula:
$$\\begin{pmatrix}a & b\\\\ c & d\\end{pmatrix}^{-1} = \\frac{1}{ad - bc}\\begin{pmatrix}d & -b\\\\ -c & a\\end{pmatrix}:$$
swap the diagonal, negate the off-diagonal, divide by the determinant. It exists exactly when $ad - bc \\neq 0$.

Why it matters for machine learning: the normal equations of least squares, $\\mathbf{w} = (X^\\top X)^{-1}X^\\top\\mathbf{y}$, the Gaussian density's $\\Sigma^{-1}$ and changing coordinates back from a new basis all use inverses (in practice computed by solving systems, not by the formula).

Example: $A = \\begin{pmatrix}3 & 1\\\\ 4 & 2\\end{pmatrix}$ has $\\det A = 2$, so $A^{-1} = \\frac12\\begin{pmatrix}2 & -1\\\\ -4 & 3\\end{pmatrix} = \\begin{pmatrix}1 & -\\tfrac12\\\\ -2 & \\tfrac32\\end{pmatrix}$. Check the top-left entry of $AA^{-1}$: $3\\cdot1 + 1\\cdot(-2) = 1$.`,
  },
});
