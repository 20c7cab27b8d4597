// la.matrices.determinant-2x2 — det [[a, b], [c, d]] = ad − bc. Level 1: entries 0–9; level 2: −9..9.
import { detLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { paren } from "../../tex";

type Data = { A: number[][] };

const parts = (A: number[][]) => ({ a: A[0][0], b: A[0][1], c: A[1][0], d: A[1][1] });

export default defineSkill<Data>({
  id: "la.matrices.determinant-2x2",
  version: 1,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    const lo = level === 1 ? 0 : -9;
    let A: number[][];
    // b and c non-zero, so ad − bc and ad + bc differ; a negative entry at level 2.
    do A = rng.intMatrix(2, 2, lo, 9);
    while (A[0][1] === 0 || A[1][0] === 0 || A[0][0] * A[0][1] === A[1][0] * A[1][1] || (level === 2 && A.flat().every((x) => x >= 0)));
    const { a, b, c, d } = parts(A);
    const value = a * d - b * c;
    return {
      data: { A },
      prompt: `Find the determinant $${detLatex(A)}$.`,
      answer: String(value),
      solution: [
        `For a $2\\times2$ matrix $\\begin{pmatrix}a & b\\\\ c & d\\end{pmatrix}$ the determinant is $ad - bc$: the main diagonal product minus the other diagonal product.`,
        `Here $ad - bc = ${paren(a)}\\cdot${paren(d)} - ${paren(b)}\\cdot${paren(c)} = ${a * d} - ${paren(b * c)} = ${value}$.`,
      ],
      hints: ["Multiply down the main diagonal, then subtract the product of the other diagonal.", "Watch the signs: subtracting a negative product adds."],
    };
  },
  mistakes: [
    {
      tag: "ad-plus-bc",
      feedback: "You added the diagonal products. The determinant **subtracts** the off-diagonal product: $ad - bc$.",
      wrong: (p) => {
        const { a, b, c, d } = parts(p.data.A);
        return String(a * d + b * c);
      },
    },
    {
      tag: "ab-minus-cd",
      feedback: "You multiplied along the rows ($ab - cd$). The determinant multiplies along the diagonals: $ad - bc$.",
      wrong: (p) => {
        const { a, b, c, d } = parts(p.data.A);
        return String(a * b - c * d);
      },
    },
    {
      tag: "bc-minus-ad",
      feedback: "Your sign is reversed: you computed $bc - ad$. The main diagonal ($a$ top-left to $d$ bottom-right) comes first: $ad - bc$.",
      wrong: (p) => {
        const { a, b, c, d } = parts(p.data.A);
        return a * d === b * c ? null : String(b * c - a * d);
      },
    },
  ],
  notes: {
    body: `The **determinant** of a $2\\times2$ matrix is one number,
$$\\det\\begin{pmatrix}a & b\\\\ c & d\\end{pmatrix} = ad - bc.$$
It measures how the matrix scales areas: the unit square is mapped to a parallelogram of area $|ad - bc|$, and a negative sign means the orientation is flipped. A zero determinant means the plane is squashed onto a line, so the matrix has no inverse.

Why it matters for machine learning: the determinant tells you at once whether a system of equations has a unique solution and whether a matrix can be inverted; log-determinants of covariance matrices appear in the Gaussian likelihood and in normalising flows.

Example: $\\det\\begin{pmatrix}3 & -2\\\\ 4 & 1\\end{pmatrix} = 3\\cdot1 - (-2)\\cdot4 = 3 + 8 = 11$.`,
  },
});
