// mc.regress.least-squares-line — the line y = m x + c minimising Σ(y − m x − c)² through 4
// (level 1, consecutive x) or 5–6 (level 2, spread x) integer points, kept only when m and c are
// simple decimals (denominators dividing 20). Integer sums are used for speed; exact text via Q.
import { Q } from "@/lib/math";
import { defineSkill } from "../../define";
import type { Rng } from "../../rng";
import { coef } from "../../tex";
import { PRECISION } from "../opt/newton-raphson";

type Data = { X: number[][] };

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
/** Is the fraction p/q (q ≠ 0) a multiple of 1/20? */
const nice = (p: number, q: number): boolean => 20 % (Math.abs(q) / gcd(p, q)) === 0;

interface Sums { n: number; sx: number; sy: number; sxx: number; sxy: number; syy: number }

function sums(X: number[][]): Sums {
  const s = { n: X.length, sx: 0, sy: 0, sxx: 0, sxy: 0, syy: 0 };
  for (const [x, y] of X) {
    s.sx += x; s.sy += y; s.sxx += x * x; s.sxy += x * y; s.syy += y * y;
  }
  return s;
}

/** Slope and intercept of the regression of v on u: [num, den] pairs (den the same for both). */
function fit(n: number, su: number, sv: number, suu: number, suv: number): { m: [number, number]; c: [number, number] } {
  const D = n * suu - su * su;
  const N = n * suv - su * sv;
  return { m: [N, D], c: [D * sv - N * su, n * D] };
}

const qText = ([p, q]: [number, number]) => Q.toString(Q.of(p, q));
const qTex = ([p, q]: [number, number]) => Q.toLatex(Q.of(p, q));
const dec = ([p, q]: [number, number]) => String(+(p / q).toPrecision(6));
const pair = (m: [number, number], c: [number, number]) => `(${qText(m)}, ${qText(c)})`;

function pickX(rng: Rng, level: number): number[] {
  if (level === 1) {
    const s = rng.int(0, 2);
    return [s, s + 1, s + 2, s + 3];
  }
  const n = rng.int(5, 6);
  return rng.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8]).slice(0, n).sort((a, b) => a - b);
}

export default defineSkill<Data>({
  id: "mc.regress.least-squares-line",
  version: 1,
  levels: [1, 2],
  expects: "vector",
  policy: PRECISION,
  build(rng, level) {
    for (;;) {
      const xs = pickX(rng, level);
      const m0 = rng.pick([-2, -1, 1, 2, 3]) / rng.pick([1, 2]);
      const c0 = rng.int(-3, 5);
      const X = xs.map((x) => [x, Math.round(m0 * x + c0) + rng.int(-2, 2)]);
      const s = sums(X);
      const { m, c } = fit(s.n, s.sx, s.sy, s.sxx, s.sxy);
      const residual = X.some(([x, y]) => Math.abs(y - (m[0] / m[1]) * x - c[0] / c[1]) > 1e-9); // not a perfect fit
      if (m[0] === 0 || !nice(m[0], m[1]) || !nice(c[0], c[1]) || !residual) continue;
      const D = m[1];
      return {
        data: { X },
        prompt: `Fit a straight line $y = mx + c$ to the points ${X.map(([x, y]) => `$(${x}, ${y})$`).join(", ")} by least squares, minimising $\\sum_i (y_i - m x_i - c)^2$. Give $(m, c)$ as \`(m, c)\`, exactly or with decimals to 4 significant figures.`,
        answer: pair(m, c),
        solution: [
          `Sums over the $n = ${s.n}$ points: $\\sum x = ${s.sx}$, $\\sum y = ${s.sy}$, $\\sum x^2 = ${s.sxx}$, $\\sum xy = ${s.sxy}$.`,
          `Setting $\\partial/\\partial m$ and $\\partial/\\partial c$ of the squared error to zero gives the normal equations $m\\sum x^2 + c\\sum x = \\sum xy$ and $m \\sum x + c\\,n = \\sum y$.`,
          `Solving: $m = \\dfrac{n\\sum xy - \\sum x \\sum y}{n \\sum x^2 - (\\sum x)^2} = \\dfrac{${s.n}\\cdot ${s.sxy} - ${s.sx}\\cdot ${s.sy < 0 ? `(${s.sy})` : s.sy}}{${s.n}\\cdot ${s.sxx} - ${s.sx}^2} = \\dfrac{${m[0]}}{${D}} = ${qTex(m)}${Number.isInteger(m[0] / D) ? "" : ` = ${dec(m)}`}$.`,
          `$c = \\dfrac{\\sum y - m \\sum x}{n} = ${qTex(c)}${Number.isInteger(c[0] / c[1]) ? "" : ` = ${dec(c)}`}$, so the line is $y = ${coef(+dec(m), "x")} ${c[0] / c[1] < 0 ? "-" : "+"} ${String(Math.abs(+dec(c)))}$.`,
        ],
        hints: [
          "Differentiate $\\sum (y_i - m x_i - c)^2$ with respect to $m$ and to $c$ and set both to zero: two linear equations in $m$ and $c$.",
          "You need only $n$, $\\sum x$, $\\sum y$, $\\sum x^2$ and $\\sum xy$.",
        ],
      };
    }
  },
  mistakes: [
    {
      tag: "regressed-x-on-y",
      feedback: "You fitted $x$ as a function of $y$ (minimising horizontal distances) and rearranged. Least squares for $y = mx + c$ minimises the vertical distances $y_i - (m x_i + c)$: use $\\sum x^2$ and $\\sum xy$, not $\\sum y^2$.",
      wrong: (p) => {
        const s = sums(p.data.X);
        const { m, c } = fit(s.n, s.sy, s.sx, s.syy, s.sxy); // x = m' y + c'
        if (m[0] === 0) return null;
        // y = x/m' − c'/m'
        return `(${Q.toString(Q.of(m[1], m[0]))}, ${Q.toString(Q.neg(Q.div(Q.of(c[0], c[1]), Q.of(m[0], m[1]))))})`;
      },
    },
    {
      tag: "swapped-slope-intercept",
      feedback: "You swapped the two numbers: the answer is $(m, c)$ — slope first, then intercept.",
      wrong: (p) => {
        const s = sums(p.data.X);
        const { m, c } = fit(s.n, s.sx, s.sy, s.sxx, s.sxy);
        return pair(c, m);
      },
    },
    {
      tag: "forced-through-origin",
      feedback: "You fitted $y = mx$ through the origin ($m = \\sum xy / \\sum x^2$). The model has an intercept $c$ too: solve both normal equations together.",
      wrong: (p) => {
        const s = sums(p.data.X);
        return s.sxx === 0 ? null : `(${Q.toString(Q.of(s.sxy, s.sxx))}, 0)`;
      },
    },
  ],
  notes: {
    body: `**Least-squares line fitting** chooses the slope $m$ and intercept $c$ that minimise the sum of squared vertical residuals $\\chi^2 = \\sum_i (y_i - m x_i - c)^2$. Setting both partial derivatives to zero gives two linear *normal equations*:
$$m\\sum x_i^2 + c\\sum x_i = \\sum x_i y_i, \\qquad m\\sum x_i + c\\,n = \\sum y_i.$$
Equivalently, with the design matrix $A$ of rows $(x_i, 1)$, $(m, c)$ solves $A^T A\\,(m, c)^T = A^T \\mathbf{y}$: the residual vector is orthogonal to both columns of $A$.

Why it matters for machine learning: this is linear regression, the simplest supervised model, and the same normal equations (or gradient descent on the same loss) train every linear layer with a squared-error loss.

Example: points $(0, 1), (1, 3), (2, 4), (3, 8)$: $n = 4$, $\\sum x = 6$, $\\sum y = 16$, $\\sum x^2 = 14$, $\\sum xy = 35$, so $m = \\frac{4\\cdot 35 - 6\\cdot 16}{4\\cdot 14 - 36} = \\frac{44}{20} = 2.2$ and $c = \\frac{16 - 2.2\\cdot 6}{4} = 0.7$.`,
  },
});
