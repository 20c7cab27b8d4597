// mc.multi.jacobian-vector — J = (∂f/∂x, ∂f/∂y, ∂f/∂z) of a scalar f(x, y, z): a polynomial (level 1)
// or one with a product and a composition of sin, cos or exp (level 2).
import { defineSkill } from "../../define";
import { d, text, tex, type Expr } from "./algebra";
import { mixedFunction, polynomial, VARS3 } from "./functions";

type Data = { f: string; vars: string[]; expr: Expr };

const grad = (expr: Expr) => VARS3.map((_, i) => d(expr, i));
const vecText = (es: Expr[]) => `(${es.map((e) => text(e, VARS3)).join(", ")})`;

export default defineSkill<Data>({
  id: "mc.multi.jacobian-vector",
  version: 1,
  levels: [1, 2],
  expects: "vector",
  parseOptions: { vars: VARS3 },
  build(rng, level) {
    let expr: Expr;
    // reversing the order must change the answer, so ∂f/∂x and ∂f/∂z differ
    do expr = level === 1 ? polynomial(rng, 3, 3, 2, 3) : mixedFunction(rng, 3);
    while (text(d(expr, 0), VARS3) === text(d(expr, 2), VARS3));
    const J = grad(expr);
    return {
      data: { f: text(expr, VARS3), vars: VARS3, expr },
      prompt: `Let $f(x, y, z) = ${tex(expr, VARS3)}$. Find its Jacobian, the row vector $J = \\left(\\dfrac{\\partial f}{\\partial x}, \\dfrac{\\partial f}{\\partial y}, \\dfrac{\\partial f}{\\partial z}\\right)$. Give it in that order as \`(a, b, c)\` with expressions in $x, y, z$, e.g. \`(2x y, x^2, 3)\`.`,
      answer: vecText(J),
      solution: [
        "Differentiate $f$ with respect to each variable in turn, holding the other two constant.",
        ...VARS3.map((v, i) => `$\\dfrac{\\partial f}{\\partial ${v}} = ${tex(J[i], VARS3)}$.`),
        `So $J = \\left(${J.map((e) => tex(e, VARS3)).join(",\\ ")}\\right)$.`,
      ],
      hints: [
        "The Jacobian of a scalar function is the row of its partial derivatives, one entry per variable.",
        "Keep the order $x, y, z$: entry $i$ is the derivative with respect to variable $i$.",
      ],
    };
  },
  mistakes: [
    {
      tag: "variables-out-of-order",
      feedback: "Your entries are in the wrong order. The Jacobian lists $\\partial f/\\partial x$, then $\\partial f/\\partial y$, then $\\partial f/\\partial z$.",
      wrong: (p) => vecText(grad(p.data.expr).reverse()),
    },
    {
      tag: "gave-hessian",
      feedback: "You gave the matrix of second derivatives (the Hessian). The Jacobian of a scalar function has first derivatives only: one entry per variable.",
      wrong: (p) => {
        const J = grad(p.data.expr);
        return `[${J.map((g) => `[${VARS3.map((_, j) => text(d(g, j), VARS3)).join(", ")}]`).join(", ")}]`;
      },
    },
  ],
  notes: {
    body: `For a scalar function of several variables, the **Jacobian** collects all first partial derivatives in a row vector:
$$J = \\left(\\frac{\\partial f}{\\partial x}, \\frac{\\partial f}{\\partial y}, \\frac{\\partial f}{\\partial z}\\right).$$
Evaluated at a point, it is a vector pointing in the direction of steepest ascent of $f$ there, and its length is that steepest slope. (Written as a column it is called the gradient $\\nabla f$.)

Why it matters for machine learning: gradient descent steps against this vector, $\\mathbf{w} \\leftarrow \\mathbf{w} - \\eta\\, J^T$, to reduce a loss; the Jacobian of the loss with respect to all parameters is what backpropagation computes.

Example: $f = x^2 y + 3z$ has $J = (2xy,\\ x^2,\\ 3)$; at $(1, 2, 0)$ that is $(4, 1, 3)$.`,
  },
});
