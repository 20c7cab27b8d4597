// mc.regress.nonlinear-step — the gradient of χ²(a, b) = Σ(y_i − f(x_i; a, b))² for y = a e^{bx}
// (at b = 0) or y = a sin(bx) (at b = π/2), where every model value and derivative is an integer
// so the sums can be done by hand; level 1 asks ∇χ², level 2 the parameters after one step.
import { Q, type Rational } from "@/lib/math";
import { defineSkill } from "../../define";
import { PRECISION } from "../opt/newton-raphson";

type Model = "exp" | "sin";
/** X rows [x, y]; f the model in x with parameters vars = [a, b]; x0 the starting (a, b). */
type Data = { f: string; vars: string[]; X: number[][]; x0: (number | string)[]; eta: string; model: Model };

/** At the start: model value, ∂f/∂a, ∂f/∂b per point (exact integers by the choice of b). */
function jet(d: Data, x: number): [number, number, number] {
  const a = d.x0[0] as number;
  if (d.model === "exp") return [a, 1, a * x]; // e^{0·x} = 1
  const sin = [0, 1, 0, -1][x % 4];
  const cos = [1, 0, -1, 0][x % 4];
  return [a * sin, sin, a * x * cos];
}

type Variant = { dropModel?: boolean; sign?: 1 | -1; two?: number };

/** ∇χ² = −2 Σ r_i ∇f_i (or a mistaken version of it). */
function gradient(d: Data, v: Variant = {}): [number, number] {
  const two = v.two ?? 2;
  const sign = v.sign ?? -1;
  let [ga, gb] = [0, 0];
  for (const [x, y] of d.X) {
    const [f, fa, fb] = jet(d, x);
    const r = y - f;
    ga += sign * two * r * (v.dropModel ? 1 : fa);
    gb += sign * two * r * (v.dropModel ? 1 : fb);
  }
  return [ga, gb];
}

/** The answer for a gradient: level 1 the gradient itself, level 2 the parameters after one step. */
function answerFor(d: Data, level: number, g: [number, number], stepSign: 1 | -1 = -1): string {
  if (level === 1) return `(${g[0]}, ${g[1]})`;
  const eta = Q.of(d.eta);
  const a1 = Q.add(d.x0[0] as number, Q.mul(stepSign, Q.mul(eta, g[0])));
  const db = Q.mul(stepSign, Q.mul(eta, g[1]));
  const b1 = d.model === "exp" ? Q.toString(db) : Q.isZero(db) ? "pi/2" : `pi/2 ${Q.sign(db) < 0 ? "-" : "+"} ${Q.toString(Q.abs(db))}`;
  return `(${Q.toString(a1)}, ${b1})`;
}

const dec = (q: Rational | number): string => String(+(typeof q === "number" ? q : Q.toNumber(q)).toPrecision(6));

export default defineSkill<Data>({
  id: "mc.regress.nonlinear-step",
  version: 1,
  levels: [1, 2],
  expects: "vector",
  policy: PRECISION,
  build(rng, level) {
    for (;;) {
      const model: Model = rng.pick(["exp", "sin"]);
      const a0 = rng.int(1, 3);
      const xs = model === "exp" ? [0, 1, 2] : [1, 2, 3, 4];
      const X = xs.map((x) => [x, model === "exp" ? a0 + x * rng.int(0, 2) + rng.int(-1, 1) : a0 * [0, 1, 0, -1][x % 4] + rng.int(-2, 2)]);
      const d: Data = { f: model === "exp" ? "a*e^(b*x)" : "a*sin(b*x)", vars: ["a", "b"], X, x0: [a0, model === "exp" ? 0 : "pi/2"], eta: rng.pick(["1/200", "1/100", "1/50", "1/20"]), model };
      const g = gradient(d);
      if (g[0] === 0 || g[1] === 0) continue;
      // a modest step: b moves by at most 0.5, a by at most 1
      const etaV = Q.toNumber(Q.of(d.eta));
      if (level === 2 && (Math.abs(etaV * g[1]) > 0.5 || Math.abs(etaV * g[0]) > 1)) continue;
      const rows = X.map(([x, y]) => { const [f, fa, fb] = jet(d, x); return { x, y, f, fa, fb, r: y - f }; });
      const bTex = model === "exp" ? "0" : "\\frac{\\pi}{2}";
      const fTex = model === "exp" ? "a e^{bx}" : "a \\sin(bx)";
      const partials = model === "exp" ? "$\\partial f/\\partial a = e^{bx}$ and $\\partial f/\\partial b = a x e^{bx}$" : "$\\partial f/\\partial a = \\sin(bx)$ and $\\partial f/\\partial b = a x \\cos(bx)$";
      const answer = answerFor(d, level, g);
      const eta = dec(Q.of(d.eta));
      const sumLine = (k: "fa" | "fb") => rows.map((r) => `(${r.r})(${r[k]})`).join(" + ");
      return {
        data: d,
        prompt: `Fit $y = ${fTex}$ to the points ${X.map(([x, y]) => `$(${x}, ${y})$`).join(", ")} by minimising $\\chi^2(a, b) = \\sum_i \\big(y_i - f(x_i; a, b)\\big)^2$. At $(a, b) = (${a0}, ${bTex})$, ${
          level === 1
            ? "find the gradient $\\left(\\frac{\\partial \\chi^2}{\\partial a}, \\frac{\\partial \\chi^2}{\\partial b}\\right)$. Give it as `(da, db)`"
            : `take one gradient-descent step with learning rate $\\eta = ${eta}$. Give the new $(a, b)$ as \`(a, b)\``
        }, exactly or with decimals to 4 significant figures.`,
        answer,
        solution: [
          `$\\dfrac{\\partial \\chi^2}{\\partial a} = -2\\sum_i r_i \\dfrac{\\partial f}{\\partial a}(x_i)$ and likewise for $b$, with residuals $r_i = y_i - f(x_i)$ and ${partials}.`,
          `At $(${a0}, ${bTex})$ the model values are ${rows.map((r) => `$${r.f}$`).join(", ")}, so the residuals are ${rows.map((r) => `$${r.r}$`).join(", ")}; $\\partial f/\\partial a$ = ${rows.map((r) => `$${r.fa}$`).join(", ")} and $\\partial f/\\partial b$ = ${rows.map((r) => `$${r.fb}$`).join(", ")}.`,
          `$\\dfrac{\\partial \\chi^2}{\\partial a} = -2\\big(${sumLine("fa")}\\big) = ${g[0]}$ and $\\dfrac{\\partial \\chi^2}{\\partial b} = -2\\big(${sumLine("fb")}\\big) = ${g[1]}$.`,
          ...(level === 2
            ? [`Step: $(a, b) \\leftarrow (${a0}, ${bTex}) - ${eta}\\,(${g[0]}, ${g[1]})$, giving $(a, b) = (${dec(Q.add(a0, Q.mul(-1, Q.mul(Q.of(d.eta), g[0]))))}, ${model === "exp" ? dec(Q.mul(-1, Q.mul(Q.of(d.eta), g[1]))) : `\\frac{\\pi}{2} ${g[1] > 0 ? "-" : "+"} ${dec(Q.abs(Q.mul(Q.of(d.eta), g[1])))} \\approx ${dec(Math.PI / 2 - Q.toNumber(Q.of(d.eta)) * g[1])}`})$.`]
            : []),
        ],
        hints: [
          "By the chain rule, $\\partial \\chi^2/\\partial a = \\sum 2 r_i \\cdot \\partial r_i/\\partial a$ and $\\partial r_i / \\partial a = -\\partial f/\\partial a$.",
          `At $b = ${bTex}$ every ${model === "exp" ? "$e^{bx_i}$ is $1$" : "$\\sin(bx_i)$ and $\\cos(bx_i)$ is $0$ or $\\pm 1$"}: tabulate $r_i$, $\\partial f/\\partial a$ and $\\partial f/\\partial b$ per point.`,
        ],
      };
    }
  },
  mistakes: [
    {
      tag: "dropped-model-derivative",
      feedback: "You left out the model's derivative: $\\partial\\chi^2/\\partial a = -2\\sum r_i\\,\\partial f/\\partial a$, not $-2\\sum r_i$. Each residual is weighted by how much $f$ at that point depends on the parameter.",
      wrong: (p) => answerFor(p.data, p.level, gradient(p.data, { dropModel: true })),
    },
    {
      tag: "wrong-sign-of-step",
      feedback: (p) =>
        p.level === 1
          ? "Your signs are flipped. The residual is $y_i - f$, so $\\partial r_i/\\partial a = -\\partial f/\\partial a$ and the gradient is $-2\\sum r_i\\,\\partial f/\\partial a$."
          : "You stepped uphill. Gradient descent subtracts: $(a, b) \\leftarrow (a, b) - \\eta\\nabla\\chi^2$.",
      wrong: (p) => (p.level === 1 ? answerFor(p.data, 1, gradient(p.data, { sign: 1 })) : answerFor(p.data, 2, gradient(p.data), 1)),
    },
    {
      tag: "forgot-factor-two",
      feedback: "Differentiating the square $r_i^2$ gives $2 r_i\\,\\partial r_i$: you left out the factor $2$.",
      wrong: (p) => answerFor(p.data, p.level, gradient(p.data, { two: 1 })),
    },
  ],
  notes: {
    body: `**Non-linear least squares** fits a model whose parameters enter non-linearly, such as $y = a e^{bx}$, by minimising $\\chi^2(a, b) = \\sum_i (y_i - f(x_i; a, b))^2$. There is no closed-form solution, so we follow the gradient downhill. By the chain rule,
$$\\frac{\\partial \\chi^2}{\\partial a} = -2\\sum_i \\big(y_i - f(x_i)\\big)\\frac{\\partial f}{\\partial a}(x_i),$$
and likewise for $b$; one step is $(a, b) \\leftarrow (a, b) - \\eta\\,\\nabla\\chi^2$.

Why it matters for machine learning: this is exactly how a neural network is trained — the loss is a sum of squared (or other) residuals, the model is non-linear in its weights, and backpropagation computes the $\\partial f/\\partial w$ factors.

Example: $f = a e^{bx}$ at $(a, b) = (2, 0)$ with points $(0, 2), (1, 3)$: residuals $0, 1$; $\\partial f/\\partial a = 1, 1$ and $\\partial f/\\partial b = a x = 0, 2$, so $\\nabla\\chi^2 = -2\\,(0 + 1,\\ 0 + 2) = (-2, -4)$.`,
  },
});
