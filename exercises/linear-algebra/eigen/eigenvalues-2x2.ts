// la.eigen.eigenvalues-2x2 — the eigenvalues of an integer 2×2 matrix: integers (built as P D P⁻¹,
// or a Jordan block for a repeated one) at level 1, a ± √b at level 2.
import { matLatex, surd } from "@/lib/math";
import { defineSkill } from "../../define";
import { matMul, maxAbs } from "../../int-linalg";
import type { Rng } from "../../rng";
import { distinctInts, eigenMatrix, minusLambdaLatex, quadratic } from "./eigen-shared";

type Data = { A: number[][] };

const trace = (A: number[][]) => A[0][0] + A[1][1];
const det2 = (A: number[][]) => A[0][0] * A[1][1] - A[0][1] * A[1][0];
const SQUARE_FREE = [2, 3, 5, 6, 7, 10, 11, 13];

/** A = P [[λ, 1], [0, λ]] P⁻¹: a repeated eigenvalue with one eigenvector direction. */
function jordan(rng: Rng, lambda: number): number[][] {
  for (;;) {
    const { P, Pinv } = rng.unimodular(2, 2);
    const A = matMul(matMul(P, [[lambda, 1], [0, lambda]]), Pinv);
    if (maxAbs(A) <= 9 && A[0][1] !== 0 && A[1][0] !== 0) return A;
  }
}

/** [[m + p, q], [r, m − p]] with p² + q r = b: eigenvalues m ± √b. */
function surdMatrix(rng: Rng): { A: number[][]; m: number; b: number } {
  for (;;) {
    const m = rng.int(-2, 4);
    const b = rng.pick(SQUARE_FREE);
    const p = rng.int(-3, 3);
    const qr = b - p * p;
    if (qr === 0) continue;
    const divisors = Array.from({ length: Math.abs(qr) }, (_, i) => i + 1).filter((d) => qr % d === 0);
    const q = rng.pick(divisors) * rng.pick([1, -1]);
    const A = [[m + p, q], [qr / q, m - p]];
    if (maxAbs(A) <= 9) return { A, m, b };
  }
}

const factor = (e: number) => (e === 0 ? "\\lambda" : `(\\lambda ${e < 0 ? "+" : "-"} ${Math.abs(e)})`);
const sorted = (xs: number[]) => xs.slice().sort((p, q) => p - q);

export default defineSkill<Data>({
  id: "la.eigen.eigenvalues-2x2",
  version: 1,
  levels: [1, 2],
  expects: "set",
  build(rng, level) {
    let A: number[][];
    let answer: string;
    let roots: string;
    if (level === 1) {
      const repeated = rng.bool(0.2);
      const eigs = repeated ? [rng.int(-3, 4), 0] : sorted(distinctInts(rng, 2, -3, 5));
      if (repeated) eigs[1] = eigs[0];
      A = repeated ? jordan(rng, eigs[0]) : eigenMatrix(rng, eigs).A;
      answer = `{${eigs.join(", ")}}`;
      roots = repeated ? `${factor(eigs[0])}^2` : `${factor(eigs[0])}${factor(eigs[1])}`;
    } else {
      const s = surdMatrix(rng);
      A = s.A;
      const root = surd(1, s.b).toString();
      answer = `{${s.m} + ${root}, ${s.m} - ${root}}`.replace(/\{0 \+ /, "{").replace(/, 0 - /, ", -");
      roots = `\\lambda = \\frac{${trace(A)} \\pm \\sqrt{${trace(A) ** 2 - 4 * det2(A)}}}{2} = ${s.m === 0 ? "" : s.m}\\pm\\sqrt{${s.b}}`;
    }
    const t = trace(A);
    const d = det2(A);
    return {
      data: { A },
      prompt: `Find the eigenvalues of $A = ${matLatex(A)}$. List them with repeats, e.g. \`{2, 5}\` or \`{3, 3}\`${level === 2 ? "; give exact values such as `1 + sqrt(3)`" : ""}.`,
      answer,
      solution: [
        `$\\det(A - \\lambda I) = \\det${minusLambdaLatex(A)} = ${quadratic(t, d)}$ (using $\\operatorname{tr}A = ${t}$, $\\det A = ${d}$).`,
        level === 1 ? `It factorises as $${roots}$.` : `The quadratic formula gives $${roots}$.`,
        `So the eigenvalues are $\\{${answer.slice(1, -1).replace(/sqrt\((\d+)\)/g, "\\sqrt{$1}")}\\}$.`,
      ],
      hints: ["Solve $\\det(A - \\lambda I) = 0$.", "For $2\\times 2$: $\\lambda^2 - \\operatorname{tr}(A)\\lambda + \\det(A) = 0$; the eigenvalues add up to the trace and multiply to the determinant."],
    };
  },
  mistakes: [
    {
      tag: "diagonal-entries",
      feedback: "You gave the diagonal entries. Those are the eigenvalues only for a triangular (or diagonal) matrix; here solve $\\det(A - \\lambda I) = 0$.",
      wrong: (p) => `{${p.data.A[0][0]}, ${p.data.A[1][1]}}`,
    },
    {
      tag: "quadratic-sign",
      feedback: "Sign error: you solved $\\lambda^2 + \\operatorname{tr}(A)\\lambda + \\det A = 0$, which gives the negatives of the eigenvalues. The middle coefficient is $-\\operatorname{tr}(A)$.",
      // the roots of λ² + tλ + d are the negated eigenvalues
      wrong: (p) => negate(p.answer.text),
    },
    {
      tag: "trace-and-determinant",
      feedback: "You gave the trace and the determinant. They are the sum and the product of the eigenvalues — find two numbers with that sum and product (the roots of $\\lambda^2 - \\operatorname{tr}(A)\\lambda + \\det A$).",
      wrong: (p) => `{${trace(p.data.A)}, ${det2(p.data.A)}}`,
    },
  ],
  notes: {
    body: `The **eigenvalues** of $A$ are the numbers $\\lambda$ for which $A - \\lambda I$ is singular: the roots of $\\det(A - \\lambda I) = 0$. For a $2\\times 2$ matrix this is a quadratic,
$$\\lambda^2 - \\operatorname{tr}(A)\\,\\lambda + \\det(A) = 0, \\qquad \\lambda = \\frac{\\operatorname{tr}A \\pm \\sqrt{(\\operatorname{tr}A)^2 - 4\\det A}}{2}.$$
A repeated root counts twice; a negative discriminant means complex eigenvalues (a rotation-like matrix).

Why it matters for machine learning: eigenvalues measure how strongly a matrix stretches along its special directions — the variance captured by each principal component, the curvature of a loss along each direction of its Hessian, and the step sizes at which gradient descent converges or diverges.

Example: $A = \\begin{pmatrix}1 & 2\\\\ 2 & 1\\end{pmatrix}$: $\\lambda^2 - 2\\lambda - 3 = (\\lambda - 3)(\\lambda + 1)$, so the eigenvalues are $\\{-1, 3\\}$ — not the diagonal entries $1, 1$.`,
  },
});

/** The negated multiset, in answer-language text: "{2, -3}" → "{-2, 3}", "{1 + sqrt(2), 1 - sqrt(2)}" → "{-1 - sqrt(2), -1 + sqrt(2)}". */
function negate(setText: string): string {
  const items = setText.slice(1, -1).split(", ");
  return `{${items.map((x) => `-(${x})`).join(", ")}}`;
}
