// mc.multi.hessian — the Hessian of f(x, y) at a given stationary point and its classification by
// det H and f_xx: f is a quadratic form around the point (level 1) plus cubic terms that vanish
// in H there (level 2). Types are drawn evenly; saddles often have f_xx > 0 to test the det rule.
import { defineSkill } from "../../define";
import { add, byDegree, d, evalAt, substitute, text, tex, type Expr } from "./algebra";
import { VARS2 } from "./functions";

type Kind = "maximum" | "minimum" | "saddle";
type Data = { f: string; vars: string[]; point: number[]; expr: Expr };

function hessianAt(p: Data): number[][] {
  return [0, 1].map((i) => [0, 1].map((j) => evalAt(d(d(p.expr, i), j), p.point)));
}
const kindOf = (H: number[][]): Kind => {
  const det = H[0][0] * H[1][1] - H[0][1] * H[1][0];
  return det < 0 ? "saddle" : H[0][0] > 0 ? "minimum" : "maximum";
};
const hText = (H: number[][]) => `[[${H[0].join(", ")}], [${H[1].join(", ")}]]`;
const partsText = (H: number[][], k: string) => `H = ${hText(H)}; type = ${k}`;

export default defineSkill<Data>({
  id: "mc.multi.hessian",
  version: 1,
  levels: [1, 2],
  expects: "parts",
  parseOptions: { parts: { H: "matrix", type: "word" }, words: ["maximum", "minimum", "saddle"] },
  build(rng, level) {
    const kind = rng.pick(["maximum", "minimum", "saddle"] as const);
    let a: number, b: number, c: number;
    for (;;) {
      [a, b, c] = [rng.nonZeroInt(-3, 3), rng.int(-4, 4), rng.int(-3, 3)];
      const det = 4 * a * c - b * b;
      if (det !== 0 && kindOf([[2 * a, b], [b, 2 * c]]) === kind) break;
    }
    const point = [rng.int(-2, 2), rng.int(-2, 2)];
    // f = a u² + b u v + c v² (+ cubic terms) + k, u = x − p, v = y − q, multiplied out in x, y
    const q: Expr = [{ c: a, e: [2, 0] }, { c: b, e: [1, 1] }, { c: c, e: [0, 2] }, { c: rng.int(-5, 5), e: [0, 0] }];
    if (level === 2) q.push({ c: rng.nonZeroInt(-2, 2), e: [3, 0] }, { c: rng.int(-2, 2), e: rng.pick([[2, 1], [1, 2]]) });
    const shift: Expr[] = [[{ c: 1, e: [1, 0] }, { c: -point[0], e: [0, 0] }], [{ c: 1, e: [0, 1] }, { c: -point[1], e: [0, 0] }]];
    const expr = byDegree(add(substitute(q, shift, 2)));
    const data: Data = { f: text(expr, VARS2), vars: VARS2, point, expr };
    const H = hessianAt(data);
    const det = H[0][0] * H[1][1] - H[0][1] * H[1][0];
    const second = [0, 1].map((i) => [0, 1].map((j) => d(d(expr, i), j)));
    const pt = `(${point.join(", ")})`;
    return {
      data,
      prompt: `The function $f(x, y) = ${tex(expr, VARS2)}$ has a stationary point at $${pt}$. Find the Hessian $H$ there and classify the point. Answer as \`H = [[a, b], [c, d]]; type = saddle\`, where the type is maximum, minimum or saddle.`,
      answer: partsText(H, kindOf(H)),
      solution: [
        `Second derivatives: $f_{xx} = ${tex(second[0][0], VARS2)}$, $f_{xy} = f_{yx} = ${tex(second[0][1], VARS2)}$, $f_{yy} = ${tex(second[1][1], VARS2)}$.`,
        `At $${pt}$: $H = \\begin{bmatrix} ${H[0][0]} & ${H[0][1]} \\\\ ${H[1][0]} & ${H[1][1]} \\end{bmatrix}$.`,
        `$\\det H = (${H[0][0]})(${H[1][1]}) - (${H[0][1]})^2 = ${det}$.`,
        det < 0
          ? `$\\det H < 0$: the curvatures have opposite signs, so the point is a **saddle** (whatever the sign of $f_{xx}$).`
          : `$\\det H > 0$ and $f_{xx} = ${H[0][0]} ${H[0][0] > 0 ? "> 0" : "< 0"}$: the point is a **${kindOf(H)}**.`,
      ],
      hints: [
        "Differentiate twice: $H = \\begin{bmatrix} f_{xx} & f_{xy} \\\\ f_{yx} & f_{yy} \\end{bmatrix}$, evaluated at the point.",
        "Look at $\\det H$ first: negative means saddle; if positive, the sign of $f_{xx}$ decides between minimum and maximum.",
      ],
    };
  },
  mistakes: [
    {
      tag: "classified-by-fxx-alone",
      feedback: "$\\det H < 0$, so the point is a saddle whatever the sign of $f_{xx}$: the surface curves up in one direction and down in another. Check the determinant before looking at $f_{xx}$.",
      wrong: (p) => {
        const H = hessianAt(p.data);
        return kindOf(H) === "saddle" ? partsText(H, H[0][0] > 0 ? "minimum" : "maximum") : null;
      },
    },
    {
      tag: "mixed-partials-mismatched",
      feedback: "Your off-diagonal entries differ, but $f_{xy} = f_{yx}$ for smooth functions: the Hessian is symmetric. Recompute the mixed partial derivative.",
      wrong: (p) => {
        const H = hessianAt(p.data);
        return H[0][1] === 0 ? null : partsText([H[0], [2 * H[1][0], H[1][1]]], kindOf(H));
      },
    },
    {
      tag: "diagonal-not-doubled",
      feedback: "The second derivative of $a x^2$ is $2a$, not $a$: differentiate twice rather than reading off coefficients.",
      wrong: (p) => {
        const H = hessianAt(p.data);
        return partsText([[H[0][0] / 2, H[0][1]], [H[1][0], H[1][1] / 2]], kindOf(H));
      },
    },
    {
      tag: "wrong-classification",
      feedback: "With $\\det H > 0$, the point is a minimum when $f_{xx} > 0$ (curving up) and a maximum when $f_{xx} < 0$ (curving down).",
      wrong: (p) => {
        const H = hessianAt(p.data);
        const k = kindOf(H);
        return k === "saddle" ? null : partsText(H, k === "minimum" ? "maximum" : "minimum");
      },
    },
  ],
  notes: {
    body: `The **Hessian** of $f(x, y)$ is the matrix of its second partial derivatives,
$$H = \\begin{bmatrix} f_{xx} & f_{xy} \\\\ f_{yx} & f_{yy} \\end{bmatrix}, \\qquad f_{xy} = f_{yx}.$$
At a stationary point (where the gradient is zero) it describes the curvature and classifies the point: if $\\det H < 0$ it is a **saddle**; if $\\det H > 0$ it is a **minimum** when $f_{xx} > 0$ and a **maximum** when $f_{xx} < 0$. (If $\\det H = 0$ the test is inconclusive.)

Why it matters for machine learning: the Hessian of a loss tells whether a point where training stalls is a true minimum or a saddle — in high dimensions saddles are far more common — and second-order optimisers such as Newton's method use it to choose their steps.

Example: $f = x^2 + 3xy + y^2$ at $(0, 0)$ has $H = \\begin{bmatrix} 2 & 3 \\\\ 3 & 2 \\end{bmatrix}$, $\\det H = 4 - 9 = -5 < 0$: a saddle, even though $f_{xx} = 2 > 0$.`,
  },
});
