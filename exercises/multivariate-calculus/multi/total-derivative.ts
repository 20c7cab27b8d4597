// mc.multi.total-derivative — df/dt = ∂f/∂x·dx/dt + ∂f/∂y·dy/dt along a path (x(t), y(t)): as an
// expression in t for a polynomial f (level 1), or its value at t = 0 for f with a composition (level 2).
import { defineSkill } from "../../define";
import { add, byDegree, d, evalAt, mul, substitute, text, tex, type Expr, type Term } from "./algebra";
import { polynomial, VARS2 } from "./functions";
import type { Rng } from "../../rng";

type Data = { f: string; vars: string[]; x: string; y: string; t0?: number; expr: Expr; path: Expr[] };

const T = ["t"];
/** A path in t: a t + b or a t² (quadratic allowed), a t + b (linear), a t or a t + t² (through 0 at t = 0). */
function path(rng: Rng, kind: "quadratic" | "linear" | "through0"): Expr {
  const a = rng.nonZeroInt(-3, 3);
  if (kind === "through0") return rng.pick([[{ c: a, e: [1] }], [{ c: 1, e: [2] }, { c: a, e: [1] }]]);
  const b = rng.nonZeroInt(-3, 3);
  return kind === "quadratic" && rng.bool() ? [{ c: a, e: [2] }] : [{ c: a, e: [1] }, { c: b, e: [0] }];
}

/** ∂f/∂v composed with the path, times dv/dt, as an expression in t (polynomial f only). */
const termAlong = (p: Data, i: number): Expr => byDegree(mul(substitute(d(p.expr, i), p.path, 1), d(p.path[i], 0)));
/** The same at t0 as a number (any f). */
const termAt = (p: Data, i: number): number => evalAt(d(p.expr, i), p.path.map((q) => evalAt(q, [p.t0!]))) * evalAt(d(p.path[i], 0), [p.t0!]);

const value = (p: Data, which: number[]): string =>
  p.t0 === undefined ? text(byDegree(add(...which.map((i) => termAlong(p, i)))), T) : String(Math.round(which.reduce((s, i) => s + termAt(p, i), 0)));

/**
 * value(p, [0]), value(p, [1]) and value(p, [0, 1]) from one computation of each term (the
 * rejection loop below needs all three on every try; computing a term is a substitution).
 */
function values(p: Data): { one: [string, string]; both: string; terms: [Expr, Expr] | null } {
  if (p.t0 === undefined) {
    const terms: [Expr, Expr] = [termAlong(p, 0), termAlong(p, 1)];
    const one = terms.map((x) => text(byDegree(add(x)), T)) as [string, string];
    return { one, both: text(byDegree(add(...terms)), T), terms };
  }
  const at = [termAt(p, 0), termAt(p, 1)];
  return { one: [String(Math.round(0 + at[0])), String(Math.round(0 + at[1]))], both: String(Math.round(0 + at[0] + at[1])), terms: null };
}

export default defineSkill<Data>({
  id: "mc.multi.total-derivative",
  version: 1,
  levels: [1, 2],
  expects: "expression",
  parseOptions: { vars: ["t", "x", "y"] },
  build(rng, level) {
    let data: Data;
    let v: ReturnType<typeof values>;
    for (;;) {
      let expr: Expr;
      let X: Expr;
      if (level === 1) {
        expr = polynomial(rng, 2, 2, 2, 3); // total degree ≤ 3 keeps df/dt short
        X = path(rng, "quadratic");
      } else {
        // a composition whose inside contains x, and x(0) = 0: every value at t = 0 is an integer
        const fn = rng.pick(["sin", "cos", "exp"] as const);
        const n = rng.bool() ? [1, 1] : [1, 0];
        const special: Term = { c: rng.nonZeroInt(-3, 3), e: [0, rng.int(0, 1)], s: { fn, k: fn === "exp" ? rng.nonZeroInt(-2, 2) : rng.int(1, 3), n } };
        expr = add(polynomial(rng, 2, 1, 2), [special]);
        X = path(rng, "through0");
      }
      const Y = path(rng, "linear");
      data = { f: text(expr, VARS2), vars: VARS2, x: text(X, T), y: text(Y, T), ...(level === 2 ? { t0: 0 } : {}), expr, path: [X, Y] };
      v = values(data);
      const { both, one } = v;
      // both terms contribute, and the answer is not zero
      if (both !== "0" && one[0] !== both && one[1] !== both && one[0] !== "0" && one[1] !== "0") break;
    }
    const { expr, path: [X, Y] } = data;
    const fx = d(expr, 0);
    const fy = d(expr, 1);
    const at = level === 2 ? " at $t = 0$" : "";
    const answer = v.both;
    const terms = v.terms;
    return {
      data,
      prompt: `Let $f(x, y) = ${tex(expr, VARS2)}$, where $x = ${tex(X, T)}$ and $y = ${tex(Y, T)}$. Find the total derivative $\\dfrac{df}{dt}$${at}. ${level === 1 ? "Give it as an expression in $t$ only (substitute $x$ and $y$), e.g. `6t^2 - 4t`." : "Give the exact value."}`,
      answer,
      solution: [
        "Chain rule along the path: $\\dfrac{df}{dt} = \\dfrac{\\partial f}{\\partial x}\\dfrac{dx}{dt} + \\dfrac{\\partial f}{\\partial y}\\dfrac{dy}{dt}$.",
        `$\\dfrac{\\partial f}{\\partial x} = ${tex(fx, VARS2)}$, $\\dfrac{\\partial f}{\\partial y} = ${tex(fy, VARS2)}$, $\\dfrac{dx}{dt} = ${tex(d(X, 0), T)}$, $\\dfrac{dy}{dt} = ${tex(d(Y, 0), T)}$.`,
        level === 1
          ? `Substitute $x = ${tex(X, T)}$, $y = ${tex(Y, T)}$: the first term is $${tex(terms![0], T)}$ and the second $${tex(terms![1], T)}$.`
          : `At $t = 0$: $x = ${evalAt(X, [0])}$, $y = ${evalAt(Y, [0])}$, so the first term is $${Math.round(termAt(data, 0))}$ and the second $${Math.round(termAt(data, 1))}$.`,
        `Add: $\\dfrac{df}{dt}${level === 2 ? "\\Big|_{t=0}" : ""} = ${level === 1 ? tex(byDegree(add(...terms!)), T) : answer}$.`,
      ],
      hints: [
        "$f$ changes through $x$ and through $y$: add the two contributions $\\frac{\\partial f}{\\partial x}\\frac{dx}{dt}$ and $\\frac{\\partial f}{\\partial y}\\frac{dy}{dt}$.",
        level === 1 ? "Your final answer should contain only $t$: replace $x$ and $y$ by their expressions in $t$." : "Find $x$ and $y$ at $t = 0$ first, then evaluate each partial derivative there.",
      ],
    };
  },
  mistakes: [
    {
      tag: "forgot-dy-term",
      feedback: "You left out the term $\\frac{\\partial f}{\\partial y}\\frac{dy}{dt}$: $f$ also changes because $y$ changes along the path.",
      wrong: (p) => value(p.data, [0]),
    },
    {
      tag: "forgot-dx-term",
      feedback: "You left out the term $\\frac{\\partial f}{\\partial x}\\frac{dx}{dt}$: $f$ also changes because $x$ changes along the path.",
      wrong: (p) => value(p.data, [1]),
    },
    {
      tag: "did-not-substitute",
      feedback: "Your answer still contains $x$ or $y$. Substitute $x(t)$ and $y(t)$ so that $df/dt$ is a function of $t$ alone.",
      wrong: (p) => {
        if (p.data.t0 !== undefined) return null;
        const [X, Y] = p.data.path;
        return `(${text(d(p.data.expr, 0), VARS2)})*(${text(d(X, 0), T)}) + (${text(d(p.data.expr, 1), VARS2)})*(${text(d(Y, 0), T)})`;
      },
    },
  ],
  notes: {
    body: `When $f(x, y)$ is evaluated along a path $x = x(t)$, $y = y(t)$, it becomes a function of $t$ alone. Its **total derivative** adds up the change coming through each variable:
$$\\frac{df}{dt} = \\frac{\\partial f}{\\partial x}\\frac{dx}{dt} + \\frac{\\partial f}{\\partial y}\\frac{dy}{dt}.$$
Compute the partial derivatives, multiply each by the rate of its variable, add, and substitute $x(t)$, $y(t)$ so the result depends on $t$ only.

Why it matters for machine learning: during training the parameters move along a path in time, and the loss changes at the rate given by exactly this sum — the gradient dotted with the velocity. It is also the one-variable case of the multivariate chain rule behind backpropagation.

Example: $f = x^2 y$ with $x = 2t$, $y = t^2$: $\\frac{df}{dt} = 2xy \\cdot 2 + x^2 \\cdot 2t = 8t^3 + 8t^3 = 16t^3$, which matches differentiating $f = 4t^4$ directly.`,
  },
});
