// mc.multi.jacobian-matrix — the 2×2 Jacobian [[∂u/∂x, ∂u/∂y], [∂v/∂x, ∂v/∂y]] of a map
// (u(x, y), v(x, y)): polynomial maps (level 1), maps with sin, cos or exp (level 2, polar-like).
import { defineSkill } from "../../define";
import { d, text, tex, type Expr } from "./algebra";
import { mixedFunction, polynomial, VARS2 } from "./functions";

/** f: the components (u, v) as expressions in x, y. */
type Data = { f: string[]; vars: string[]; exprs: Expr[] };

const J = (exprs: Expr[]) => exprs.map((f) => VARS2.map((_, j) => d(f, j)));
const matText = (m: Expr[][]) => `[${m.map((r) => `[${r.map((e) => text(e, VARS2)).join(", ")}]`).join(", ")}]`;
const matTex = (m: Expr[][]) => `\\begin{bmatrix} ${m.map((r) => r.map((e) => tex(e, VARS2)).join(" & ")).join(" \\\\ ")} \\end{bmatrix}`;
const transpose = (m: Expr[][]) => m[0].map((_, j) => m.map((r) => r[j]));

export default defineSkill<Data>({
  id: "mc.multi.jacobian-matrix",
  version: 2,
  levels: [1, 2],
  expects: "matrix",
  parseOptions: { vars: VARS2 },
  build(rng, level) {
    let exprs: Expr[];
    // not symmetric, so the transposed matrix is a different (wrong) answer
    do exprs = [0, 1].map(() => (level === 1 ? polynomial(rng, 2, 2, 2, 3) : mixedFunction(rng, 2)));
    while (text(d(exprs[0], 1), VARS2) === text(d(exprs[1], 0), VARS2));
    const m = J(exprs);
    const [u, v] = exprs;
    return {
      data: { f: [text(u, VARS2), text(v, VARS2)], vars: VARS2, exprs },
      prompt: `Find the Jacobian matrix of the map $(x, y) \\mapsto (u, v)$ with $u = ${tex(u, VARS2)}$ and $v = ${tex(v, VARS2)}$: $J = \\begin{bmatrix} \\partial u/\\partial x & \\partial u/\\partial y \\\\ \\partial v/\\partial x & \\partial v/\\partial y \\end{bmatrix}$. Give it as \`[[a, b], [c, d]]\` with expressions in $x, y$.`,
      answer: matText(m),
      solution: [
        "Row $i$ holds the partial derivatives of output $i$; column $j$ is the derivative with respect to input $j$.",
        `Row 1 (from $u$): $\\partial u/\\partial x = ${tex(m[0][0], VARS2)}$, $\\partial u/\\partial y = ${tex(m[0][1], VARS2)}$.`,
        `Row 2 (from $v$): $\\partial v/\\partial x = ${tex(m[1][0], VARS2)}$, $\\partial v/\\partial y = ${tex(m[1][1], VARS2)}$.`,
        `So $J = ${matTex(m)}$.`,
      ],
      hints: [
        "Each row is the Jacobian (gradient row) of one output function.",
        "Rows are outputs $u, v$; columns are inputs $x, y$.",
      ],
    };
  },
  mistakes: [
    {
      tag: "transposed-jacobian",
      feedback: "You transposed the Jacobian (variables as rows). Row $i$ must hold the derivatives of output $i$: the first row is $(\\partial u/\\partial x, \\partial u/\\partial y)$.",
      wrong: (p) => matText(transpose(J(p.data.exprs))),
    },
    {
      tag: "rows-swapped",
      feedback: "Your rows are swapped: the first row belongs to the first output $u$, the second to $v$.",
      wrong: (p) => matText(J(p.data.exprs).reverse()),
    },
  ],
  notes: {
    body: `For a vector-valued function, say $(x, y) \\mapsto (u(x, y), v(x, y))$, the **Jacobian matrix** stacks the Jacobian row of each output:
$$J = \\begin{bmatrix} \\dfrac{\\partial u}{\\partial x} & \\dfrac{\\partial u}{\\partial y} \\\\[2mm] \\dfrac{\\partial v}{\\partial x} & \\dfrac{\\partial v}{\\partial y} \\end{bmatrix}.$$
Near a point the map behaves like the linear map $J$: a small step $\\delta\\mathbf{x}$ in the input moves the output by about $J\\,\\delta\\mathbf{x}$, and $|\\det J|$ is how much areas are stretched.

Why it matters for machine learning: each layer of a network is a vector function of its inputs; its Jacobian says how changes propagate through it, and the chain rule multiplies these matrices layer by layer in backpropagation.

Example: polar coordinates $x = r\\cos\\theta$, $y = r\\sin\\theta$ give $J = \\begin{bmatrix} \\cos\\theta & -r\\sin\\theta \\\\ \\sin\\theta & r\\cos\\theta \\end{bmatrix}$ with $\\det J = r$.`,
  },
});
