// mc.multi.partial-derivatives — ∂f/∂v of f(x, y) polynomial (level 1) or f(x, y, z) with a product
// and a composition of sin, cos or exp (level 2): the other variables are held constant.
import { defineSkill } from "../../define";
import { add, d, dependsOn, text, tex, type Expr } from "./algebra";
import { mixedFunction, polynomial, VARS2, VARS3 } from "./functions";

type Data = { f: string; vars: string[]; wrt: string; expr: Expr };

const idx = (p: { data: Data }) => p.data.vars.indexOf(p.data.wrt);
const others = (p: { data: Data }) => p.data.vars.map((_, i) => i).filter((i) => i !== idx(p) && dependsOn(p.data.expr, i));

export default defineSkill<Data>({
  id: "mc.multi.partial-derivatives",
  version: 1,
  levels: [1, 2],
  expects: "expression",
  parseOptions: { vars: ["x", "y", "z"] },
  build(rng, level) {
    const vars = level === 1 ? VARS2 : VARS3;
    let expr: Expr;
    let i: number;
    do {
      expr = level === 1 ? polynomial(rng, 2, rng.int(2, 3)) : mixedFunction(rng, 3);
      i = rng.int(0, vars.length - 1);
      // at level 2 the variable asked for sits inside the composition, so the chain rule is needed
    } while (d(expr, i).length === 0 || (level === 2 && !expr.some((t) => t.s && t.s.n[i] !== 0)));
    const v = vars[i];
    const answer = d(expr, i);
    const constants = vars.filter((_, j) => j !== i);
    const split = expr.map((t) => [t]);
    return {
      data: { f: text(expr, vars), vars, wrt: v, expr },
      prompt: `Let $f(${vars.join(", ")}) = ${tex(expr, vars)}$. Find the partial derivative $\\dfrac{\\partial f}{\\partial ${v}}$. Give it as an expression in $${vars.join(", ")}$, e.g. \`6x y^2 - 2z\`.`,
      answer: text(answer, vars),
      solution: [
        `Differentiate with respect to $${v}$ only, treating $${constants.join("$ and $")}$ as ${constants.length > 1 ? "constants" : "a constant"}.`,
        ...split.map((t) => {
          const dt = d(t, i);
          return `$\\frac{\\partial}{\\partial ${v}}\\big(${tex(t, vars)}\\big) = ${tex(dt, vars)}$${t[0].s && t[0].s.n[i] && t[0].e[i] ? " (product rule, and the chain rule for the inner function)" : t[0].s && t[0].s.n[i] ? " (chain rule: times the derivative of the inside)" : !dependsOn(t, i) ? ` (no $${v}$ in it: a constant)` : ""}.`;
        }),
        `So $\\dfrac{\\partial f}{\\partial ${v}} = ${tex(answer, vars)}$.`,
      ],
      hints: [
        `Pretend $${constants.join("$ and $")}$ ${constants.length > 1 ? "are fixed numbers" : "is a fixed number"}, and differentiate as usual with respect to $${v}$.`,
        "A term without the variable is a constant: its partial derivative is $0$.",
      ],
    };
  },
  mistakes: [
    {
      tag: "wrong-variable",
      feedback: (p) => `You differentiated with respect to $${p.data.vars[others(p)[0]]}$. The question asks for $\\partial f/\\partial ${p.data.wrt}$.`,
      wrong: (p) => {
        const o = others(p);
        return o.length ? text(d(p.data.expr, o[0]), p.data.vars) : null;
      },
    },
    {
      tag: "other-variable-not-constant",
      feedback: (p) => `You treated the other variables as functions of $${p.data.wrt}$ (differentiating them too). For a partial derivative they are constants: only $${p.data.wrt}$ changes.`,
      wrong: (p) => text(add(...[idx(p), ...others(p)].map((j) => d(p.data.expr, j))), p.data.vars),
    },
    {
      tag: "kept-constant-terms",
      feedback: (p) => `A term without $${p.data.wrt}$ is a constant here, so its partial derivative is $0$ — drop it.`,
      wrong: (p) => {
        const constant = p.data.expr.filter((t) => !dependsOn([t], idx(p)));
        return constant.length ? text(add(d(p.data.expr, idx(p)), constant), p.data.vars) : null;
      },
    },
  ],
  notes: {
    body: `A **partial derivative** of a function of several variables measures its rate of change when only one variable moves. To find $\\partial f/\\partial x$, treat every other variable as a constant and differentiate with respect to $x$ with the usual rules (power, product, chain):
$$\\frac{\\partial f}{\\partial x} = \\lim_{h \\to 0} \\frac{f(x + h, y) - f(x, y)}{h}.$$

Why it matters for machine learning: a loss depends on many parameters at once. Its partial derivative with respect to one weight tells how the loss changes when that weight alone is nudged — exactly the quantity gradient descent needs for every weight.

Example: for $f(x, y) = x^2 y + \\sin(3y)$, $\\frac{\\partial f}{\\partial x} = 2xy$ (the $\\sin(3y)$ term is a constant for $x$) and $\\frac{\\partial f}{\\partial y} = x^2 + 3\\cos(3y)$.`,
  },
});
