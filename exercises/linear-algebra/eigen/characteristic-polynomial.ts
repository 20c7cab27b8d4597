// la.eigen.characteristic-polynomial — det(A − λI) = λ² − tr(A) λ + det(A) for an integer 2×2 matrix,
// accepted in any equivalent form (expanded or factored), in the variable lambda.
import { matLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { paren } from "../../tex";
import { minusLambdaLatex } from "./eigen-shared";

type Data = { A: number[][] };

/** "lambda^2 - 5*lambda + 6" from the coefficients of λ², λ, 1. */
function poly(a: number, b: number, c: number): string {
  const terms: string[] = [];
  if (a !== 0) terms.push(`${a === 1 ? "" : a === -1 ? "-" : `${a}*`}lambda^2`);
  if (b !== 0) terms.push(`${b < 0 ? "- " : "+ "}${Math.abs(b) === 1 ? "" : `${Math.abs(b)}*`}lambda`);
  if (c !== 0) terms.push(`${c < 0 ? "- " : "+ "}${Math.abs(c)}`);
  return terms.join(" ").replace(/^\+ /, "").replace(/^- /, "-") || "0";
}

const polyLatex = (text: string) => text.replace(/\*/g, "").replace(/lambda/g, "\\lambda ").replace(/\^2/g, "^2");
const trace = (A: number[][]) => A[0][0] + A[1][1];
const det2 = (A: number[][]) => A[0][0] * A[1][1] - A[0][1] * A[1][0];

export default defineSkill<Data>({
  id: "la.eigen.characteristic-polynomial",
  version: 1,
  levels: [1, 2],
  expects: "expression",
  parseOptions: { vars: ["lambda"] },
  build(rng, level) {
    // Level 1: entries 0..5; level 2: negative entries too. Off-diagonal entries are non-zero so
    // the b·c term matters, and trace and determinant are non-zero so sign slips show.
    const lo = level === 1 ? 0 : -6;
    const hi = level === 1 ? 5 : 6;
    let A: number[][];
    do A = rng.intMatrix(2, 2, lo, hi);
    while (A[0][1] === 0 || A[1][0] === 0 || trace(A) === 0 || det2(A) === 0 || A[0][0] === A[1][1]);
    const [[a, b], [c, d]] = A;
    const answer = poly(1, -trace(A), det2(A));
    return {
      data: { A },
      prompt: `Find the characteristic polynomial $\\det(A - \\lambda I)$ of $A = ${matLatex(A)}$. Write it in terms of \`lambda\`, e.g. \`lambda^2 - 5*lambda + 6\` (a factored form is fine too).`,
      answer,
      solution: [
        `Subtract $\\lambda$ from **both** diagonal entries: $A - \\lambda I = ${minusLambdaLatex(A)}$.`,
        `$\\det(A - \\lambda I) = (${a} - \\lambda)(${d} - \\lambda) - ${paren(b)}\\cdot${paren(c)}$.`,
        `Expand: $\\lambda^2 - (${a} + ${paren(d)})\\lambda + (${paren(a)}\\cdot${paren(d)} - ${paren(b)}\\cdot${paren(c)}) = ${polyLatex(answer)}$ — that is $\\lambda^2 - \\operatorname{tr}(A)\\,\\lambda + \\det A$ with $\\operatorname{tr}A = ${trace(A)}$, $\\det A = ${det2(A)}$.`,
      ],
      hints: ["$A - \\lambda I$ subtracts $\\lambda$ from every diagonal entry.", "For a $2\\times 2$ matrix the result is always $\\lambda^2 - \\operatorname{tr}(A)\\,\\lambda + \\det(A)$."],
    };
  },
  mistakes: [
    {
      tag: "lambda-on-one-entry",
      feedback: "You subtracted $\\lambda$ from only one diagonal entry. $A - \\lambda I$ subtracts $\\lambda$ from **every** diagonal entry, so the polynomial has a $\\lambda^2$ term.",
      wrong: (p) => {
        const [[a, b], [c, d]] = p.data.A;
        return poly(0, -d, a * d - b * c);
      },
    },
    {
      tag: "trace-sign",
      feedback: "Sign error in the middle term: the coefficient of $\\lambda$ is $-\\operatorname{tr}(A)$, so $\\det(A - \\lambda I) = \\lambda^2 - \\operatorname{tr}(A)\\,\\lambda + \\det(A)$.",
      wrong: (p) => poly(1, trace(p.data.A), det2(p.data.A)),
    },
    {
      tag: "added-off-diagonal",
      feedback: "The off-diagonal product is subtracted: $\\det\\begin{pmatrix}a - \\lambda & b\\\\ c & d - \\lambda\\end{pmatrix} = (a - \\lambda)(d - \\lambda) - bc$.",
      wrong: (p) => {
        const [[a, b], [c, d]] = p.data.A;
        return poly(1, -trace(p.data.A), a * d + b * c);
      },
    },
  ],
  notes: {
    body: `The **characteristic polynomial** of a square matrix $A$ is $\\det(A - \\lambda I)$: subtract $\\lambda$ from every diagonal entry and take the determinant. Its roots are exactly the eigenvalues, because $A\\mathbf{v} = \\lambda\\mathbf{v}$ has a non-zero solution only when $A - \\lambda I$ is singular. For a $2\\times 2$ matrix,
$$\\det\\begin{pmatrix}a - \\lambda & b\\\\ c & d - \\lambda\\end{pmatrix} = \\lambda^2 - (a + d)\\lambda + (ad - bc) = \\lambda^2 - \\operatorname{tr}(A)\\,\\lambda + \\det(A).$$

Why it matters for machine learning: it turns "find the special directions of a matrix" into "solve a polynomial", which is how eigenvalues of small covariance matrices and Hessians are found by hand; and it shows that the eigenvalues add up to the trace and multiply to the determinant.

Example: $A = \\begin{pmatrix}4 & 1\\\\ 2 & 3\\end{pmatrix}$ gives $(4 - \\lambda)(3 - \\lambda) - 2 = \\lambda^2 - 7\\lambda + 10 = (\\lambda - 2)(\\lambda - 5)$, so the eigenvalues are $2$ and $5$.`,
  },
});
