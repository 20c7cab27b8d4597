// la.matrices.solve-elimination — A x = b with an integer solution, by Gaussian elimination and
// back substitution. Level 1: 2×2 with det ±1..±6; level 2: 3×3 with det ±1..±4.
import { entryLatex, Q, type Rational, vecText } from "@/lib/math";
import { defineSkill } from "../../define";
import { matVec } from "../../int-linalg";
import { paren } from "../../tex";
import { matrix2WithDet, sampleWithDet } from "./exact";
import { augmentedLatex, rowReduce, stageSteps } from "./row-reduce";

type Data = { A: number[][]; b: number[] };

const NAMES = ["x", "y", "z"];

/** "2x - y + \\frac{1}{2}z" from coefficients (zero terms left out). */
function lhs(coeffs: (number | Rational)[], from = 0): string {
  const terms = coeffs
    .map((c, j) => [Q.of(c), j] as const)
    .filter(([c, j]) => j >= from && !Q.isZero(c))
    .map(([c, j], k) => {
      const a = Q.abs(c);
      const body = `${Q.eq(a, 1) ? "" : entryLatex(a)}${NAMES[j]}`;
      return Q.sign(c) < 0 ? `${k === 0 ? "-" : "- "}${body}` : `${k === 0 ? "" : "+ "}${body}`;
    });
  return terms.join(" ") || "0";
}

const equations = (A: number[][], b: number[]) =>
  `$$\\begin{aligned} ${A.map((row, i) => `${lhs(row)} &= ${b[i]}`).join(" \\\\ ")} \\end{aligned}$$`;

/** Back substitution on an echelon augmented matrix: the solution and one step per unknown. */
function backSubstitute(U: Rational[][]): { x: Rational[]; steps: string[] } {
  const n = U.length;
  const x: Rational[] = Array.from({ length: n }, () => Q.zero);
  const steps: string[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const known = U[i].slice(i + 1, n).reduce((s, c, k) => s.add(c.mul(x[i + 1 + k])), Q.zero);
    x[i] = U[i][n].sub(known).div(U[i][i]);
    const own = lhs(U[i].slice(0, n).map((c, j) => (j === i ? c : Q.zero)));
    const rhs = entryLatex(U[i][n]);
    const solved = Q.eq(U[i][i], 1) ? "" : `, so $${NAMES[i]} = ${entryLatex(x[i])}$`;
    if (Q.isZero(known)) steps.push(`Row ${i + 1}: $${lhs(U[i].slice(0, n))} = ${rhs}$${solved}.`);
    else {
      const sign = Q.sign(known) > 0 ? "+" : "-";
      steps.push(
        `Row ${i + 1}: $${lhs(U[i].slice(0, n))} = ${rhs}$; substituting the known values gives $${own} ${sign} ${entryLatex(Q.abs(known))} = ${rhs}$, so $${own} = ${entryLatex(U[i][n].sub(known))}$${solved.replace(", so", " and")}.`,
      );
    }
  }
  return { x, steps };
}

/** The slip: in the last back-substitution step the known terms moved across without changing sign. */
function slipped(A: number[][], b: number[]): string | null {
  const n = A.length;
  const U = rowReduce(A.map((r, i) => [...r, b[i]]), n, false).result;
  const { x } = backSubstitute(U);
  const known = U[0].slice(1, n).reduce((s, c, k) => s.add(c.mul(x[1 + k])), Q.zero);
  if (Q.isZero(known)) return null;
  return vecText([U[0][n].add(known).div(U[0][0]), ...x.slice(1)]);
}

export default defineSkill<Data>({
  id: "la.matrices.solve-elimination",
  version: 2,
  levels: [1, 2],
  expects: "vector",
  build(rng, level) {
    const n = level === 1 ? 2 : 3;
    const d = rng.pick([1, -1]) * rng.int(1, level === 1 ? 6 : 4);
    let A: number[][];
    let x: number[];
    do {
      A = n === 2 ? matrix2WithDet(rng, d, 6) : sampleWithDet(rng, 3, d, 5);
      x = rng.intVector(n, -4, 4);
      // A non-zero first column: the system is not already triangular, so elimination has work to do.
    } while (A.some((r) => r[0] === 0) || vecText(x) === vecText(x.slice().reverse()) || slipped(A, matVec(A, x)) === null);
    const b = matVec(A, x);
    const start = A.map((r, i) => [...r, b[i]]);
    const { stages, result } = rowReduce(start, n, false);
    const back = backSubstitute(result);
    const unknowns = NAMES.slice(0, n).join(", ");
    return {
      data: { A, b },
      prompt: `Solve by Gaussian elimination: ${equations(A, b)} Give the solution as \`(${unknowns})\`.`,
      answer: vecText(x),
      solution: [
        `Write the augmented matrix $(A \\mid \\mathbf{b})$: $$${augmentedLatex(start.map((r) => r.map((v) => Q.of(v))), n)}$$`,
        ...stageSteps(stages, n),
        `The matrix is now in echelon form. Back substitute from the last row up:`,
        ...back.steps,
        `So $(${unknowns}) = (${x.join(", ")})$. Check in the first equation: $${A[0].map((c, j) => `${paren(c)}\\cdot${paren(x[j])}`).join(" + ")} = ${b[0]}$.`,
      ],
      hints: [
        "Use the first equation to eliminate the first unknown from the ones below it, then repeat with the next unknown.",
        "When the last row has one unknown, solve it and substitute upwards.",
      ],
    };
  },
  mistakes: [
    {
      tag: "back-substitution-slip",
      feedback: "One entry is off: in back substitution, a term moved to the right-hand side changes sign. Substitute your values into each original equation to find the one that fails.",
      wrong: (p) => slipped(p.data.A, p.data.b),
    },
    {
      tag: "swapped-unknowns",
      feedback: (p) => `Your values are right but in the wrong order: give them in the order $(${NAMES.slice(0, p.data.b.length).join(", ")})$.`,
      wrong: (p) => vecText((p.answer.numeric as number[]).slice().reverse()),
    },
  ],
  notes: {
    body: `**Gaussian elimination** solves $A\\mathbf{x} = \\mathbf{b}$ by row operations on the augmented matrix $(A \\mid \\mathbf{b})$ — swapping equations, scaling one, adding a multiple of one to another — none of which changes the solution. Work column by column to clear the entries below each pivot; the system becomes triangular (echelon form), and **back substitution** solves it from the last equation up.

Why it matters for machine learning: this is how linear systems are actually solved (as an LU factorisation), from the normal equations of linear regression to Newton steps in optimisation. It also reveals when a system has no solution or infinitely many: a row of zeros appears.

Example: $x + 2y = 5$, $3x + 4y = 11$. Do $R_2 \\to R_2 - 3R_1$: $-2y = -4$, so $y = 2$; then $x = 5 - 2\\cdot2 = 1$.`,
  },
});
