// mc.calc.gradient-from-graph — rise over run: the slope of the line through two points, or (level 2)
// of the secant through two points on the graph of a given quadratic.
import { Q } from "@/lib/math";
import { defineSkill } from "../../define";
import { paren } from "../../tex";
import { power, sumTex, sumText, type Term } from "./terms";

type Data = { A: number[]; B: number[]; f?: string; vars?: string[] };

const slope = ({ A, B }: Data) => Q.div(B[1] - A[1], B[0] - A[0]);

export default defineSkill<Data>({
  id: "mc.calc.gradient-from-graph",
  version: 1,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    let A: number[];
    let B: number[];
    let terms: Term[] = [];
    for (;;) {
      if (level === 1) {
        A = [rng.int(-6, 6), rng.int(-6, 6)];
        B = [rng.int(-6, 6), rng.int(-6, 6)];
      } else {
        terms = [{ c: rng.nonZeroInt(-2, 2), body: power(2) }, { c: rng.int(-4, 4), body: power(1) }, { c: rng.int(-5, 5), body: power(0) }];
        const f = (x: number) => terms[0].c * x * x + terms[1].c * x + terms[2].c;
        const [x1, x2] = [rng.int(-3, 3), rng.int(-3, 3)];
        A = [x1, f(x1)];
        B = [x2, f(x2)];
      }
      const rise = B[1] - A[1];
      const run = B[0] - A[0];
      // rise ≠ ±run so "run over rise" differs from the answer; both non-zero so neither is undefined
      if (run !== 0 && rise !== 0 && Math.abs(rise) !== Math.abs(run)) break;
    }
    const data: Data = level === 1 ? { A, B } : { A, B, f: sumText(terms), vars: ["x"] };
    const m = slope(data);
    const exact = Q.toLatex(m);
    const rise = B[1] - A[1];
    const run = B[0] - A[0];
    const pt = (P: number[]) => `(${P[0]}, ${P[1]})`;
    const intro = level === 1
      ? `A straight line passes through the points $A = ${pt(A)}$ and $B = ${pt(B)}$. Find its gradient (slope).`
      : `Let $f(x) = ${sumTex(terms)}$. Find the gradient of the straight line (the secant) through the points of the graph $y = f(x)$ at $x = ${A[0]}$ and $x = ${B[0]}$.`;
    return {
      data,
      prompt: `${intro} Give an integer or a fraction such as \`-3/4\`.`,
      answer: Q.toString(m),
      solution: [
        ...(level === 2 ? [`Evaluate $f$ at the two values of $x$: $f(${A[0]}) = ${A[1]}$ and $f(${B[0]}) = ${B[1]}$, so $A = ${pt(A)}$ and $B = ${pt(B)}$.`] : []),
        `Rise: $\\Delta y = ${B[1]} - ${paren(A[1])} = ${rise}$. Run: $\\Delta x = ${B[0]} - ${paren(A[0])} = ${run}$.`,
        `Gradient $= \\dfrac{\\text{rise}}{\\text{run}} = \\dfrac{${rise}}{${run}}${Q.toString(m) === `${rise}/${run}` ? "" : ` = ${exact}`}$.`,
        Q.sign(m) > 0 ? "The gradient is positive: the line goes up from left to right." : "The gradient is negative: the line goes down from left to right.",
      ],
      hints: [
        "Gradient = rise / run = (change in y) / (change in x).",
        "Subtract in the same order on top and bottom: $(y_B - y_A)/(x_B - x_A)$.",
      ],
    };
  },
  mistakes: [
    {
      tag: "run-over-rise",
      feedback: "You divided the change in x by the change in y. The gradient is rise over run: (change in y) / (change in x).",
      wrong: (p) => Q.toString(Q.inv(slope(p.data))),
    },
    {
      tag: "sign-error",
      feedback: "Check the sign: subtract the coordinates in the same order on top and bottom, $(y_B - y_A)/(x_B - x_A)$. A line going up from left to right has a positive gradient.",
      wrong: (p) => Q.toString(Q.neg(slope(p.data))),
    },
    {
      tag: "negative-reciprocal",
      feedback: "You gave $-\\text{run}/\\text{rise}$, the gradient of the perpendicular line. The gradient is rise over run.",
      wrong: (p) => Q.toString(Q.neg(Q.inv(slope(p.data)))),
    },
  ],
  notes: {
    body: `The **gradient** (slope) of a straight line says how much $y$ changes per unit change in $x$:
$$m = \\frac{\\text{rise}}{\\text{run}} = \\frac{y_2 - y_1}{x_2 - x_1}.$$
A positive gradient means the graph goes up from left to right, a negative one that it goes down, and a larger $|m|$ means a steeper line. For a curve, the line through two of its points (a *secant*) gives the average gradient between them; letting the two points move together gives the gradient of the curve at a point — the derivative.

Why it matters for machine learning: training follows the gradient of a loss. Its sign says which way to move a parameter to decrease the loss, and its size how sensitive the loss is to that parameter.

Example: through $(1, 2)$ and $(4, -4)$ the rise is $-4 - 2 = -6$ and the run $4 - 1 = 3$, so $m = -6/3 = -2$: the line falls 2 units for every unit to the right.`,
  },
});
