// la.matrices.solve-with-inverse — x = A⁻¹ b for a 2×2 system. Level 1: det ±1 (integer x);
// level 2: det ±2..±5 (fractions).
import { matLatex, vecLatex, vecText } from "@/lib/math";
import { defineSkill } from "../../define";
import { det, matVec } from "../../int-linalg";
import { paren } from "../../tex";
import { adjugate, inverseQ, matrix2WithDet, matVecQ, overDetLatex, transposeQ } from "./exact";

type Data = { A: number[][]; b: number[] };

export default defineSkill<Data>({
  id: "la.matrices.solve-with-inverse",
  version: 1,
  levels: [1, 2],
  expects: "vector",
  build(rng, level) {
    const d = rng.pick([1, -1]) * (level === 1 ? 1 : rng.pick([2, 3, 4, 5]));
    const A = matrix2WithDet(rng, d);
    let b: number[];
    // b must not make A⁻¹b and bᵀA⁻¹ coincide, so the two orders can be told apart.
    do b = rng.intVector(2, -6, 6);
    while (vecText(matVecQ(transposeQ(inverseQ(A)), b)) === vecText(matVecQ(inverseQ(A), b)));
    const adj = adjugate(A);
    const inv = inverseQ(A);
    const x = matVecQ(inv, b);
    const adjB = matVec(adj, b);
    const [[a11, a12], [a21, a22]] = A;
    return {
      data: { A, b },
      prompt: `Solve $A\\mathbf{x} = \\mathbf{b}$ using the inverse of $A$, for $A = ${matLatex(A)}$ and $\\mathbf{b} = ${vecLatex(b)}$. Give $\\mathbf{x}$ as a vector such as \`(1/2, -3)\`.`,
      answer: vecText(x),
      solution: [
        `$\\det A = ${paren(a11)}\\cdot${paren(a22)} - ${paren(a12)}\\cdot${paren(a21)} = ${d}$, so $A^{-1} = ${overDetLatex(d)}${matLatex(adj)}${d === 1 ? "" : ` = ${matLatex(inv)}`}$.`,
        `Multiply both sides of $A\\mathbf{x} = \\mathbf{b}$ by $A^{-1}$ **on the left**: $\\mathbf{x} = A^{-1}\\mathbf{b}$.`,
        `$\\mathbf{x} = ${overDetLatex(d)}${matLatex(adj)}${vecLatex(b)} = ${overDetLatex(d)}${vecLatex(adjB)} = ${vecLatex(x)}$.`,
        `Check: $A\\mathbf{x} = ${vecLatex(b)}$.`,
      ],
      hints: [
        "Find $A^{-1} = \\frac{1}{ad - bc}\\begin{pmatrix}d & -b\\\\ -c & a\\end{pmatrix}$, then compute $A^{-1}\\mathbf{b}$ (matrix on the left).",
        "You can multiply $\\begin{pmatrix}d & -b\\\\ -c & a\\end{pmatrix}\\mathbf{b}$ first and divide by the determinant at the end.",
      ],
    };
  },
  mistakes: [
    {
      tag: "row-vector-times-inverse",
      feedback: "You computed $\\mathbf{b}^\\top A^{-1}$ (the vector on the left), which multiplies by the columns of $A^{-1}$. The solution is $\\mathbf{x} = A^{-1}\\mathbf{b}$: rows of $A^{-1}$ dotted with $\\mathbf{b}$.",
      wrong: (p) => vecText(matVecQ(transposeQ(inverseQ(p.data.A)), p.data.b)),
    },
    {
      tag: "used-a-not-inverse",
      feedback: "You multiplied $\\mathbf{b}$ by $A$ itself. To undo $A$ you need its inverse: $\\mathbf{x} = A^{-1}\\mathbf{b}$.",
      wrong: (p) => vecText(matVec(p.data.A, p.data.b)),
    },
    {
      tag: "forgot-divide-by-det",
      feedback: (p) => `You used $\\begin{pmatrix}d & -b\\\\ -c & a\\end{pmatrix}$ without dividing by the determinant $${det(p.data.A)}$.`,
      wrong: (p) => (det(p.data.A) === 1 ? null : vecText(matVec(adjugate(p.data.A), p.data.b))),
    },
  ],
  notes: {
    body: `If $A$ is invertible, the system $A\\mathbf{x} = \\mathbf{b}$ has exactly one solution, found by multiplying both sides by $A^{-1}$ **on the left**:
$$A^{-1}A\\mathbf{x} = A^{-1}\\mathbf{b} \\quad\\Longrightarrow\\quad \\mathbf{x} = A^{-1}\\mathbf{b}.$$
Order matters: $\\mathbf{b}A^{-1}$ is not even defined for a column vector $\\mathbf{b}$.

Why it matters for machine learning: the closed-form least-squares fit is $\\mathbf{w} = (X^\\top X)^{-1}X^\\top\\mathbf{y}$, an inverse applied to a vector. Once $A^{-1}$ is known, each new right-hand side costs only a matrix–vector product.

Example: $A = \\begin{pmatrix}2 & 1\\\\ 5 & 3\\end{pmatrix}$ has $\\det A = 1$ and $A^{-1} = \\begin{pmatrix}3 & -1\\\\ -5 & 2\\end{pmatrix}$. For $\\mathbf{b} = (4, 9)$, $\\mathbf{x} = A^{-1}\\mathbf{b} = (12 - 9, -20 + 18) = (3, -2)$; check: $2\\cdot3 + 1\\cdot(-2) = 4$ and $5\\cdot3 + 3\\cdot(-2) = 9$.`,
  },
});
