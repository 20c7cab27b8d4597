// mc.chain.multivariate-chain — df/dt = J_f(x) · J_x(u) · du/dt for f(x, y), (x, y) = x(u, v),
// (u, v) = u(t), at a point: polynomial maps with small integers, so the answer is an integer.
import { matLatex, vecLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { d, evalAt, text, tex, type Expr } from "../multi/algebra";
import { polynomial, VARS2 } from "../multi/functions";
import type { Rng } from "../../rng";

type Data = { f: string; vars: string[]; x: string[]; u: string[]; t0: number; exprs: { f: Expr; x: Expr[]; u: Expr[] } };

const UV = ["u", "v"];
const T = ["t"];

/** The three Jacobians at the point and the intermediate points. */
function parts({ exprs, t0 }: Pick<Data, "exprs" | "t0">) {
  const uv = exprs.u.map((e) => evalAt(e, [t0]));
  const xy = exprs.x.map((e) => evalAt(e, uv));
  const Jf = [0, 1].map((i) => evalAt(d(exprs.f, i), xy));
  const Jx = exprs.x.map((e) => [0, 1].map((j) => evalAt(d(e, j), uv)));
  const du = exprs.u.map((e) => evalAt(d(e, 0), [t0]));
  return { uv, xy, Jf, Jx, du };
}
const rowTimes = (r: number[], M: number[][]) => [0, 1].map((j) => r[0] * M[0][j] + r[1] * M[1][j]);
const dot = (a: number[], b: number[]) => a[0] * b[0] + a[1] * b[1];
const T2 = (M: number[][]) => [[M[0][0], M[1][0]], [M[0][1], M[1][1]]];

function linearOrSquare(rng: Rng, vars: number): Expr {
  // a·u + b·v, or a single product/square term plus a linear one
  const a = rng.nonZeroInt(-3, 3);
  const b = rng.nonZeroInt(-3, 3);
  if (vars === 1) return rng.bool() ? [{ c: a, e: [1] }, { c: b, e: [0] }] : [{ c: 1, e: [2] }, { c: a, e: [1] }];
  return rng.pick([
    [{ c: a, e: [1, 0] }, { c: b, e: [0, 1] }],
    [{ c: a, e: [1, 1] }, { c: b, e: [0, 1] }],
    [{ c: 1, e: [2, 0] }, { c: b, e: [0, 1] }],
    [{ c: a, e: [1, 0] }, { c: 1, e: [0, 2] }],
  ]) as Expr;
}

export default defineSkill<Data>({
  id: "mc.chain.multivariate-chain",
  version: 1,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    let tried: Pick<Data, "exprs" | "t0">;
    for (;;) {
      const f = polynomial(rng, 2, 2, 2, level === 1 ? 2 : 3);
      const x = [linearOrSquare(rng, 2), linearOrSquare(rng, 2)];
      const u = [linearOrSquare(rng, 1), linearOrSquare(rng, 1)];
      const t0 = level === 1 ? rng.int(0, 1) : rng.int(-1, 2);
      tried = { t0, exprs: { f, x, u } }; // the texts are written once a try is kept
      const { Jf, Jx, du } = parts(tried);
      const right = dot(rowTimes(Jf, Jx), du);
      const wrongOrder = dot(rowTimes(Jf, T2(Jx)), du);
      // a non-zero answer, bounded in size, that the wrong order does not also give
      if (right !== 0 && Math.abs(right) <= 400 && wrongOrder !== right) break;
    }
    const { f: fe, x: xe, u: ue } = tried.exprs;
    const data: Data = { f: text(fe, VARS2), vars: VARS2, x: xe.map((e) => text(e, UV)), u: ue.map((e) => text(e, T)), t0: tried.t0, exprs: tried.exprs };
    const { uv, xy, Jf, Jx, du } = parts(data);
    const g = rowTimes(Jf, Jx);
    const answer = dot(g, du);
    const { f, x, u } = data.exprs;
    return {
      data,
      prompt: `Let $f(x, y) = ${tex(f, VARS2)}$, where $x = ${tex(x[0], UV)}$ and $y = ${tex(x[1], UV)}$, and $u = ${tex(u[0], T)}$, $v = ${tex(u[1], T)}$. Use the multivariate chain rule $\\dfrac{df}{dt} = \\dfrac{\\partial f}{\\partial \\mathbf{x}}\\,\\dfrac{\\partial \\mathbf{x}}{\\partial \\mathbf{u}}\\,\\dfrac{d\\mathbf{u}}{dt}$ to find $\\dfrac{df}{dt}$ at $t = ${data.t0}$. Give the number.`,
      answer: String(answer),
      solution: [
        `At $t = ${data.t0}$: $(u, v) = (${uv.join(", ")})$ and $(x, y) = (${xy.join(", ")})$.`,
        `$\\dfrac{\\partial f}{\\partial \\mathbf{x}} = \\big(${tex(d(f, 0), VARS2)},\\ ${tex(d(f, 1), VARS2)}\\big) = ${matLatex([Jf])}$ at $(x, y)$ (a $1\\times 2$ row).`,
        `$\\dfrac{\\partial \\mathbf{x}}{\\partial \\mathbf{u}} = \\begin{bmatrix} ${tex(d(x[0], 0), UV)} & ${tex(d(x[0], 1), UV)} \\\\ ${tex(d(x[1], 0), UV)} & ${tex(d(x[1], 1), UV)} \\end{bmatrix} = ${matLatex(Jx)}$ at $(u, v)$ ($2\\times 2$).`,
        `$\\dfrac{d\\mathbf{u}}{dt} = ${vecLatex(du)}$ ($2\\times 1$).`,
        `Multiply left to right: $${matLatex([Jf])}${matLatex(Jx)} = ${matLatex([g])}$, then $${matLatex([g])}${vecLatex(du)} = ${answer}$.`,
      ],
      hints: [
        "First find $(u, v)$ at the given $t$, then $(x, y)$ from them: each Jacobian is evaluated at its own point.",
        "The shapes must chain: $(1\\times2)(2\\times2)(2\\times1)$ gives a $1\\times1$ number. Rows of $\\partial\\mathbf{x}/\\partial\\mathbf{u}$ belong to $x$ and $y$.",
      ],
    };
  },
  mistakes: [
    {
      tag: "jacobians-wrong-order",
      feedback: "You multiplied in the wrong order (or used the transposed middle Jacobian). With rows for outputs, the product is $\\frac{\\partial f}{\\partial \\mathbf{x}}\\,\\frac{\\partial \\mathbf{x}}{\\partial \\mathbf{u}}\\,\\frac{d\\mathbf{u}}{dt}$: $(1\\times2)(2\\times2)(2\\times1)$.",
      wrong: (p) => {
        const { Jf, Jx, du } = parts(p.data);
        return String(dot(rowTimes(Jf, T2(Jx)), du));
      },
    },
    {
      tag: "evaluated-at-wrong-point",
      feedback: "You evaluated $\\partial f/\\partial \\mathbf{x}$ at $(u, v)$. It must be evaluated at the point $(x, y) = \\mathbf{x}(u, v)$ that $f$ actually sees.",
      wrong: (p) => {
        const { uv, Jx, du } = parts(p.data);
        const JfWrong = [0, 1].map((i) => evalAt(d(p.data.exprs.f, i), uv));
        return String(dot(rowTimes(JfWrong, Jx), du));
      },
    },
    {
      tag: "forgot-du-dt",
      feedback: "You stopped at $\\frac{\\partial f}{\\partial \\mathbf{x}}\\frac{\\partial \\mathbf{x}}{\\partial \\mathbf{u}}$ (a row of two numbers). Multiply by $\\frac{d\\mathbf{u}}{dt}$ to get the single number $df/dt$.",
      wrong: (p) => {
        const { Jf, Jx } = parts(p.data);
        return `(${rowTimes(Jf, Jx).join(", ")})`;
      },
    },
  ],
  notes: {
    body: `When $f$ depends on $\\mathbf{x}$, which depends on $\\mathbf{u}$, which depends on $t$, the **multivariate chain rule** multiplies the Jacobians of the links:
$$\\frac{df}{dt} = \\frac{\\partial f}{\\partial \\mathbf{x}}\\;\\frac{\\partial \\mathbf{x}}{\\partial \\mathbf{u}}\\;\\frac{d\\mathbf{u}}{dt}.$$
Each Jacobian has one row per output and one column per input, so the shapes chain: a $1\\times n$ row, an $n\\times m$ matrix, an $m\\times 1$ column. Each factor is evaluated at the point where that link is: $\\partial f/\\partial \\mathbf{x}$ at $\\mathbf{x}$, $\\partial\\mathbf{x}/\\partial\\mathbf{u}$ at $\\mathbf{u}$.

Why it matters for machine learning: a network is a chain of vector functions (layers), and the gradient of the loss with respect to early weights is exactly such a product of layer Jacobians — backpropagation evaluates it right to left, reusing partial products.

Example: $f = x y$, $x = u + v$, $y = u - v$, $u = t$, $v = t^2$ at $t = 1$: $(u, v) = (1, 1)$, $(x, y) = (2, 0)$, so $(0, 2)\\begin{bmatrix} 1 & 1 \\\\ 1 & -1 \\end{bmatrix}\\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix} = (2, -2)\\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix} = -2$.`,
  },
});
