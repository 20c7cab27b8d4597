// la.matrices.determinant-3x3 — cofactor expansion along the first row.
// Level 1: entries −3..3 with a zero in the first row; level 2: entries −5..5.
import { detLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { paren } from "../../tex";

type Data = { A: number[][] };

/** The 2×2 minor left after deleting row 0 and column j. */
const minor = (A: number[][], j: number): number[][] => A.slice(1).map((r) => r.filter((_, k) => k !== j));
const det2 = (M: number[][]) => M[0][0] * M[1][1] - M[0][1] * M[1][0];
const minors = (A: number[][]) => [0, 1, 2].map((j) => det2(minor(A, j)));

export default defineSkill<Data>({
  id: "la.matrices.determinant-3x3",
  version: 1,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    const bound = level === 1 ? 3 : 5;
    let A: number[][];
    // The middle term must matter (a12·M12 ≠ 0) so its sign is tested; level 1 has a zero to exploit.
    do {
      A = rng.intMatrix(3, 3, -bound, bound);
      if (level === 1) A[0][rng.pick([0, 2])] = 0;
    } while (A[0][1] * minors(A)[1] === 0 || A.some((r) => r.every((x) => x === 0)));
    const M = minors(A);
    const value = A[0][0] * M[0] - A[0][1] * M[1] + A[0][2] * M[2];
    const terms = [0, 1, 2].map((j) => `${j === 1 ? "-" : j === 2 ? "+" : ""}\\,${paren(A[0][j])}${detLatex(minor(A, j))}`).join(" ");
    const minorSteps = [0, 1, 2].map((j) => {
      const m = minor(A, j);
      return `$M_{1${j + 1}} = ${paren(m[0][0])}\\cdot${paren(m[1][1])} - ${paren(m[0][1])}\\cdot${paren(m[1][0])} = ${M[j]}$`;
    });
    return {
      data: { A },
      prompt: `Find the determinant $${detLatex(A)}$.`,
      answer: String(value),
      solution: [
        `Expand along the first row with signs $+, -, +$: $\\det A = ${terms}$.`,
        `The $2\\times2$ minors: ${minorSteps.join(", ")}.`,
        `$\\det A = ${paren(A[0][0])}\\cdot${paren(M[0])} - ${paren(A[0][1])}\\cdot${paren(M[1])} + ${paren(A[0][2])}\\cdot${paren(M[2])} = ${value}$.`,
      ],
      hints: [
        "Expand along the first row: each entry times the $2\\times2$ determinant left when you delete its row and column.",
        "The signs alternate $+, -, +$: the middle term is subtracted.",
      ],
    };
  },
  mistakes: [
    {
      tag: "middle-cofactor-sign",
      feedback: "The middle term of the expansion has a minus sign: $\\det A = a_{11}M_{11} - a_{12}M_{12} + a_{13}M_{13}$ (the checkerboard of signs $+ - +$).",
      wrong: (p) => {
        const M = minors(p.data.A);
        const A = p.data.A;
        return String(A[0][0] * M[0] + A[0][1] * M[1] + A[0][2] * M[2]);
      },
    },
    {
      tag: "diagonal-rule",
      feedback: "You used the $2\\times2$ rule (main diagonal minus anti-diagonal). A $3\\times3$ determinant needs all six products: expand along a row with $2\\times2$ minors, or use the rule of Sarrus with three diagonals each way.",
      wrong: (p) => {
        const A = p.data.A;
        return String(A[0][0] * A[1][1] * A[2][2] - A[0][2] * A[1][1] * A[2][0]);
      },
    },
    {
      tag: "forgot-entry-factor",
      feedback: "You added up the minors without multiplying each by its entry of the first row: $\\det A = a_{11}M_{11} - a_{12}M_{12} + a_{13}M_{13}$.",
      wrong: (p) => {
        const M = minors(p.data.A);
        return String(M[0] - M[1] + M[2]);
      },
    },
  ],
  notes: {
    body: `A $3\\times3$ determinant reduces to $2\\times2$ ones by **cofactor expansion** along a row: multiply each entry by the determinant of what remains when its row and column are deleted (its minor), and combine with the checkerboard signs $+, -, +$:
$$\\det A = a_{11}\\begin{vmatrix}a_{22} & a_{23}\\\\ a_{32} & a_{33}\\end{vmatrix} - a_{12}\\begin{vmatrix}a_{21} & a_{23}\\\\ a_{31} & a_{33}\\end{vmatrix} + a_{13}\\begin{vmatrix}a_{21} & a_{22}\\\\ a_{31} & a_{32}\\end{vmatrix}.$$
Expanding along a row with zeros saves work. $|\\det A|$ is the volume scale factor of the map, and $\\det A = 0$ exactly when the columns lie in a plane.

Why it matters for machine learning: whether features are redundant (a zero determinant of $X^\\top X$), how a change of variables rescales a probability density (the Jacobian determinant), and the Gaussian's normalising constant all come down to determinants.

Example: $\\begin{vmatrix}2 & 0 & 1\\\\ 1 & 3 & -1\\\\ 0 & 1 & 2\\end{vmatrix} = 2(6 + 1) - 0 + 1(1 - 0) = 15$.`,
  },
});
