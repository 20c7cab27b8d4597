// mc.opt.gradient-descent — x ← x − η∇f(x) on a quadratic f(x, y) with integer coefficients, from an
// integer start with η ∈ {0.1, 0.05, 0.25}: one step (level 1) or two (level 2). Exact rational
// answers; decimals accepted to 4 significant figures.
import { Q, type Rational } from "@/lib/math";
import { defineSkill } from "../../define";
import { sum } from "../calc/terms";
import { PRECISION } from "./newton-raphson";

/** f = a x² + b xy + c y² + d x + e y, stored as [a, b, c, d, e]. */
type Data = { f: string; vars: string[]; x0: number[]; eta: string; q: number[] };

const grad = ([a, b, c, d, e]: number[], [x, y]: Rational[]): Rational[] => [
  Q.add(Q.add(Q.mul(2 * a, x), Q.mul(b, y)), d),
  Q.add(Q.add(Q.mul(b, x), Q.mul(2 * c, y)), e),
];

type Rule = { sign?: 1 | -1; eta?: Rational };

/** The points after each step under a rule (descent with η by default). */
function path(d: Data, steps: number, r: Rule = {}): Rational[][] {
  const eta = r.eta ?? Q.of(d.eta);
  const s = r.sign ?? -1;
  const pts: Rational[][] = [];
  let p = d.x0.map((v) => Q.of(v));
  for (let i = 0; i < steps; i++) {
    const g = grad(d.q, p);
    p = p.map((v, j) => Q.add(v, Q.mul(s, Q.mul(eta, g[j]))));
    pts.push(p);
  }
  return pts;
}

const vecLatex = (p: Rational[]): string => `(${p.map(Q.toLatex).join(", ")})`;
const pointText = (p: Rational[]): string => `(${p.map(Q.toString).join(", ")})`;
const decimal = (q: Rational): string => String(+Q.toNumber(q).toPrecision(8));
const pointDec = (p: Rational[]): string => `(${p.map(decimal).join(", ")})`;

function fWritten(q: number[]) {
  const mono = ["x^2", "x*y", "y^2", "x", "y"];
  const monoTex = ["x^{2}", "xy", "y^{2}", "x", "y"];
  const ts = q.map((c, i) => {
    const k = Math.abs(c);
    const sign = c < 0 ? "-" : "";
    return { text: c === 0 ? "0" : `${sign}${k === 1 ? "" : `${k}*`}${mono[i]}`, tex: `${sign}${k === 1 ? "" : k}${monoTex[i]}` };
  });
  return sum(ts);
}

/** LaTeX of Σ c·v, zero terms dropped: [[2, "x"], [-1, "y"], [3, ""]] → "2x - y + 3". */
const linTex = (cs: [number, string][]): string =>
  sum(cs.map(([c, v]) => ({ text: c === 0 ? "0" : "t", tex: v === "" ? String(c) : c === 1 ? v : c === -1 ? `-${v}` : `${c}${v}` }))).tex;

export default defineSkill<Data>({
  id: "mc.opt.gradient-descent",
  version: 1,
  levels: [1, 2],
  expects: "vector",
  policy: PRECISION,
  build(rng, level) {
    for (;;) {
      const q = [rng.int(1, 3), rng.int(-2, 2), rng.int(1, 3), rng.int(-4, 4), rng.int(-4, 4)];
      const x0 = [rng.int(-3, 3), rng.int(-3, 3)];
      const eta = rng.pick(["1/10", "1/20", "1/4"]);
      const d: Data = { f: fWritten(q).text, vars: ["x", "y"], x0, eta, q };
      const g0 = grad(q, x0.map((v) => Q.of(v)));
      if (g0.some((g) => Q.isZero(g))) continue; // both coordinates move
      const pts = path(d, level);
      if (level === 2 && grad(q, pts[0]).every((g) => Q.isZero(g))) continue;
      const fw = fWritten(q);
      const etaDec = decimal(Q.of(eta));
      const [a, b, c, dd, e] = q;
      const gx = linTex([[2 * a, "x"], [b, "y"], [dd, ""]]);
      const gy = linTex([[b, "x"], [2 * c, "y"], [e, ""]]);
      let prev = x0.map((v) => Q.of(v));
      const steps = pts.map((p, i) => {
        const g = grad(q, prev);
        const line = `Step ${i + 1}: $\\nabla f${vecLatex(prev)} = ${vecLatex(g)}$, so $\\mathbf{x}_${i + 1} = ${vecLatex(prev)} - ${etaDec}\\,${vecLatex(g)} = ${vecLatex(p)}$${p.some((v) => !Q.isInteger(v)) ? ` $= ${pointDec(p)}$` : ""}.`;
        prev = p;
        return line;
      });
      return {
        data: d,
        prompt: `Take ${level === 1 ? "one step" : "two steps"} of gradient descent on $f(x, y) = ${fw.tex}$ with learning rate $\\eta = ${etaDec}$, starting from $\\mathbf{x}_0 = (${x0.join(", ")})$. Give the point $\\mathbf{x}_${level}$ as \`(x, y)\`, exactly or with decimals to 4 significant figures.`,
        answer: pointText(pts[pts.length - 1]),
        solution: [`The gradient is $\\nabla f = (${gx},\\ ${gy})$; each step is $\\mathbf{x} \\leftarrow \\mathbf{x} - \\eta\\,\\nabla f(\\mathbf{x})$.`, ...steps],
        hints: [
          "Compute both partial derivatives, evaluate them at the current point, then move *against* the gradient by $\\eta$ times it.",
          level === 2 ? "The second step uses the gradient at the new point $\\mathbf{x}_1$, not at $\\mathbf{x}_0$." : "Scale the gradient by the learning rate before subtracting.",
        ],
      };
    }
  },
  mistakes: [
    {
      tag: "moved-up-gradient",
      feedback: "You added $\\eta\\nabla f$, which climbs the function. Gradient descent subtracts it: $\\mathbf{x} \\leftarrow \\mathbf{x} - \\eta\\nabla f(\\mathbf{x})$.",
      wrong: (p) => pointText(path(p.data, p.level, { sign: 1 }).at(-1)!),
    },
    {
      tag: "forgot-eta",
      feedback: (p) => `You subtracted the whole gradient. Scale it by the learning rate first: $\\eta\\nabla f$ with $\\eta = ${decimal(Q.of(p.data.eta))}$.`,
      wrong: (p) => pointText(path(p.data, p.level, { eta: Q.one }).at(-1)!),
    },
    {
      tag: "gave-the-gradient",
      feedback: "That is the gradient at the starting point. The answer is the new point $\\mathbf{x}_0 - \\eta\\nabla f(\\mathbf{x}_0)$.",
      wrong: (p) => pointText(grad(p.data.q, p.data.x0.map((v) => Q.of(v)))),
    },
    {
      tag: "stopped-after-one-step",
      feedback: "That is $\\mathbf{x}_1$. Take a second step, using the gradient at $\\mathbf{x}_1$.",
      wrong: (p) => (p.level === 2 ? pointText(path(p.data, 1)[0]) : null),
    },
  ],
  notes: {
    body: `**Gradient descent** minimises $f$ by repeatedly stepping against the gradient, the direction of steepest increase:
$$\\mathbf{x}_{k+1} = \\mathbf{x}_k - \\eta\\,\\nabla f(\\mathbf{x}_k).$$
The learning rate $\\eta$ sets the step length: too small and progress is slow, too large and the iterates overshoot and can diverge.

Why it matters for machine learning: it is how nearly every model is trained — $\\mathbf{x}$ is the vector of weights, $f$ the loss, and the gradient comes from backpropagation.

Example: $f(x, y) = x^2 + 2y^2$, $\\mathbf{x}_0 = (2, 1)$, $\\eta = 0.1$: $\\nabla f = (2x, 4y) = (4, 4)$, so $\\mathbf{x}_1 = (2, 1) - 0.1\\,(4, 4) = (1.6, 0.6)$.`,
  },
});
