// mc.taylor.multivariate — the second-order Taylor polynomial f + JΔ + ½ΔᵀHΔ of f(x, y) about
// (a, b): a cubic polynomial at an integer point (level 1), a product such as x²e^{2y}, y²sin(3x)
// or y ln x at a point where the special factor has integer derivatives (level 2).
import { Q, type Rational } from "@/lib/math";
import { defineSkill } from "../../define";
import { sum, type Written } from "../calc/terms";
import { coef, intCentre, powerOf, product, shifted, term } from "./poly";

/** A factor of one variable: kind and parameter (power m, or inner factor k). */
type Factor = { kind: "pow" | "exp" | "sin" | "cos" | "ln"; p: number };
type Data = {
  f: string;
  vars: string[];
  x0: number[];
  /** Level 1: the polynomial's terms [c, i, j] for c x^i y^j. */
  terms?: number[][];
  /** Level 2: f = X(x)·Y(y). */
  fx?: Factor;
  fy?: Factor;
};

/** [value, first, second derivative] of a factor of variable t at t0 (null when undefined). */
function factorAt(fc: Factor, t0: number): [number, number, number] | null {
  const { kind, p } = fc;
  switch (kind) {
    case "pow":
      return [t0 ** p, p * t0 ** (p - 1), p * (p - 1) * (p >= 2 ? t0 ** (p - 2) : 0)];
    case "exp":
      return [Math.exp(p * t0), p * Math.exp(p * t0), p * p * Math.exp(p * t0)];
    case "sin":
      return [Math.sin(p * t0), p * Math.cos(p * t0), -p * p * Math.sin(p * t0)];
    case "cos":
      return [Math.cos(p * t0), -p * Math.sin(p * t0), -p * p * Math.cos(p * t0)];
    case "ln":
      return t0 > 0 ? [Math.log(t0), 1 / t0, -1 / (t0 * t0)] : null;
  }
}

/** [f, fx, fy, fxx, fxy, fyy] at (x, y), integers at the generated points. */
function derivatives(d: Data, [x, y]: number[]): number[] | null {
  if (d.terms) {
    const out = [0, 0, 0, 0, 0, 0];
    const pw = (t: number, k: number) => (k < 0 ? 0 : t ** k);
    for (const [c, i, j] of d.terms) {
      out[0] += c * pw(x, i) * pw(y, j);
      out[1] += c * i * pw(x, i - 1) * pw(y, j);
      out[2] += c * j * pw(x, i) * pw(y, j - 1);
      out[3] += c * i * (i - 1) * pw(x, i - 2) * pw(y, j);
      out[4] += c * i * j * pw(x, i - 1) * pw(y, j - 1);
      out[5] += c * j * (j - 1) * pw(x, i) * pw(y, j - 2);
    }
    return out;
  }
  const X = factorAt(d.fx!, x);
  const Y = factorAt(d.fy!, y);
  if (!X || !Y) return null;
  return [X[0] * Y[0], X[1] * Y[0], X[0] * Y[1], X[2] * Y[0], X[1] * Y[1], X[0] * Y[2]].map((v) => Math.round(v) + 0);
}

type Variant = { half?: number; crossHalf?: boolean; H?: number[] };

/** f + fx Δx + fy Δy + ½(fxx Δx² + 2 fxy ΔxΔy + fyy Δy²), in powers of (x − a), (y − b). */
function expansion(D: number[], [a, b]: number[], v: Variant = {}): Written {
  const [f, fx, fy, fxx, fxy, fyy] = D;
  const [hxx, hxy, hyy] = v.H ?? [fxx, fxy, fyy];
  const half = v.half ?? 2;
  const X = shifted("x", intCentre(a));
  const Y = shifted("y", intCentre(b));
  const t = (q: Rational, fs: Written[]) => term(coef(q), product(fs));
  return sum([
    t(Q.of(f), []),
    t(Q.of(fx), [X]),
    t(Q.of(fy), [Y]),
    t(Q.of(hxx, half), [powerOf(X, 2)]),
    t(v.crossHalf ? Q.of(hxy, 2) : Q.of(hxy), [X, Y]),
    t(Q.of(hyy, half), [powerOf(Y, 2)]),
  ]);
}

const xyMono = (i: number, j: number, tex: boolean): string =>
  [i ? (i === 1 ? "x" : tex ? `x^{${i}}` : `x^${i}`) : "", j ? (j === 1 ? "y" : tex ? `y^{${j}}` : `y^${j}`) : ""].filter(Boolean).join(tex ? "" : "*");

function polyWritten(terms: number[][]): Written {
  return sum(terms.map(([c, i, j]) => {
    const [k, sign] = [Math.abs(c), c < 0 ? "-" : ""];
    return { text: `${sign}${k === 1 ? "" : `${k}*`}${xyMono(i, j, false)}`, tex: `${sign}${k === 1 ? "" : k}${xyMono(i, j, true)}` };
  }));
}

function factorWritten(fc: Factor, v: string): Written {
  const inner = fc.p === 1 ? v : fc.p === -1 ? `-${v}` : `${fc.p}${v}`;
  const innerText = fc.p === 1 ? v : fc.p === -1 ? `-${v}` : `${fc.p}*${v}`;
  switch (fc.kind) {
    case "pow":
      return powerOf({ text: v, tex: v }, fc.p);
    case "exp":
      return { text: fc.p === 1 ? `e^${v}` : `e^(${innerText})`, tex: `e^{${inner}}` };
    case "sin":
      return { text: `sin(${innerText})`, tex: `\\sin(${inner})` };
    case "cos":
      return { text: `cos(${innerText})`, tex: `\\cos(${inner})` };
    case "ln":
      return { text: `ln(${v})`, tex: `\\ln ${v}` };
  }
}

/** X(x)·Y(y) written with the power factor first: y^2 sin(3x). */
function productOf(fx: Factor, fy: Factor): Written {
  const [X, Y] = [factorWritten(fx, "x"), factorWritten(fy, "y")];
  const [first, second] = fx.kind === "pow" ? [X, Y] : [Y, X];
  return { text: `${first.text}*${second.text}`, tex: `${first.tex}\\,${second.tex}` };
}

function build1(rng: import("../../rng").Rng): Data {
  const monos = rng.shuffle([[2, 0], [1, 1], [0, 2], [3, 0], [2, 1], [1, 2], [0, 3]]).slice(0, 3);
  if (!monos.some(([i, j]) => i + j === 3)) monos[2] = rng.pick([[2, 1], [1, 2], [3, 0], [0, 3]]);
  const terms = monos.map(([i, j]) => [rng.nonZeroInt(-3, 3), i, j]);
  if (rng.bool()) terms.push([rng.nonZeroInt(-4, 4), ...rng.pick([[1, 0], [0, 1]])]);
  terms.sort((p, q) => q[1] + q[2] - (p[1] + p[2]) || q[1] - p[1]);
  const x0 = [rng.int(-2, 2), rng.int(-2, 2)];
  return { f: "", vars: ["x", "y"], x0, terms };
}

function build2(rng: import("../../rng").Rng): Data {
  const special: Factor = rng.pick([
    { kind: "exp", p: rng.pick([1, -1, 2, -2]) },
    { kind: "sin", p: rng.pick([1, 2, 3, -1]) },
    { kind: "cos", p: rng.pick([1, 2, 3]) },
    { kind: "ln", p: 1 },
  ] as Factor[]);
  const power: Factor = { kind: "pow", p: rng.int(1, 3) };
  const t0 = special.kind === "ln" ? 1 : 0;
  const p0 = rng.nonZeroInt(-2, 2);
  return rng.bool()
    ? { f: "", vars: ["x", "y"], x0: [t0, p0], fx: special, fy: power }
    : { f: "", vars: ["x", "y"], x0: [p0, t0], fx: power, fy: special };
}

export default defineSkill<Data>({
  id: "mc.taylor.multivariate",
  version: 1,
  levels: [1, 2],
  expects: "expression",
  parseOptions: { vars: ["x", "y"] },
  policy: { form: { maxDegree: 2 } },
  build(rng, level) {
    for (;;) {
      const d = level === 1 ? build1(rng) : build2(rng);
      const D = derivatives(d, d.x0)!;
      const [f0, fx, fy, fxx, fxy, fyy] = D;
      // a real second-order problem: non-zero gradient and a Hessian with at least two entries
      if ((fx === 0 && fy === 0) || [fxx, fxy, fyy].filter((h) => h !== 0).length < 2) continue;
      const fw = d.terms ? polyWritten(d.terms) : productOf(d.fx!, d.fy!);
      d.f = fw.text;
      const [a, b] = d.x0;
      const answer = expansion(D, d.x0);
      const H = `\\begin{pmatrix} ${fxx} & ${fxy} \\\\ ${fxy} & ${fyy} \\end{pmatrix}`;
      return {
        data: d,
        prompt: `Find the second-order Taylor polynomial of $f(x, y) = ${fw.tex}$ about $(a, b) = (${a}, ${b})$, i.e. $f(a, b) + J\\,\\Delta + \\tfrac12 \\Delta^{T} H\\,\\Delta$ with $\\Delta = (x - a,\\ y - b)$. Give it as an expression in $x$ and $y$ with exact coefficients, e.g. \`3 + 2(x - 1) - (y + 2) + (x - 1)^2/2 - 4(x - 1)(y + 2)\`; no terms above degree 2.`,
        answer: answer.text,
        solution: [
          `Value: $f(${a}, ${b}) = ${f0}$.`,
          `Gradient: $J = (f_x, f_y)$ at $(${a}, ${b})$ is $(${fx}, ${fy})$.`,
          `Hessian at $(${a}, ${b})$: $H = ${H}$ ($f_{xx} = ${fxx}$, $f_{xy} = f_{yx} = ${fxy}$, $f_{yy} = ${fyy}$).`,
          `$\\tfrac12 \\Delta^{T} H \\Delta = \\tfrac12 f_{xx}(x - a)^2 + f_{xy}(x - a)(y - b) + \\tfrac12 f_{yy}(y - b)^2$ (the two off-diagonal entries give the cross term twice, cancelling the $\\tfrac12$).`,
          `So $f(x, y) \\approx ${answer.tex}$.`,
        ],
        hints: [
          "Compute $f$, both first partial derivatives and all three second partial derivatives, then evaluate every one at $(a, b)$.",
          "The squared terms carry $\\tfrac12$; the cross term $f_{xy}(x - a)(y - b)$ does not.",
        ],
      };
    }
  },
  mistakes: [
    {
      tag: "forgot-half",
      feedback: "The quadratic part is $\\tfrac12\\Delta^{T}H\\Delta$: you left out the $\\tfrac12$, so your squared terms are twice too big (and the cross term too).",
      wrong: (p) => expansion(derivatives(p.data, p.data.x0)!, p.data.x0, { half: 1, H: derivatives(p.data, p.data.x0)!.slice(3).map((h, i) => (i === 1 ? 2 * h : h)) }).text,
    },
    {
      tag: "hessian-at-wrong-point",
      feedback: (p) => `You used the Hessian at the origin. Every derivative — the second ones too — is evaluated at the expansion point $(${p.data.x0.join(", ")})$.`,
      wrong: (p) => {
        const H0 = derivatives(p.data, [0, 0]);
        return H0 ? expansion(derivatives(p.data, p.data.x0)!, p.data.x0, { H: H0.slice(3) }).text : null;
      },
    },
    {
      tag: "halved-cross-term",
      feedback: "The cross term of $\\tfrac12\\Delta^{T}H\\Delta$ is $f_{xy}(x - a)(y - b)$ with no $\\tfrac12$: the Hessian's two off-diagonal entries each contribute half of it.",
      wrong: (p) => expansion(derivatives(p.data, p.data.x0)!, p.data.x0, { crossHalf: true }).text,
    },
    {
      tag: "powers-of-x-and-y",
      feedback: (p) => `The expansion is in powers of $(x - ${p.data.x0[0]})$ and $(y - ${p.data.x0[1]})$, not of $x$ and $y$.`,
      wrong: (p) => expansion(derivatives(p.data, p.data.x0)!, [0, 0]).text,
    },
  ],
  notes: {
    body: `The **second-order Taylor expansion** of $f(x, y)$ about $\\mathbf{a} = (a, b)$ uses the value, the gradient (Jacobian row) $J$ and the Hessian $H$ there. With $\\Delta = (x - a, y - b)$:
$$f(\\mathbf{a} + \\Delta) \\approx f(\\mathbf{a}) + J\\,\\Delta + \\tfrac12\\,\\Delta^{T} H\\,\\Delta.$$
Written out, $\\tfrac12\\Delta^{T}H\\Delta = \\tfrac12 f_{xx}\\Delta_x^2 + f_{xy}\\Delta_x\\Delta_y + \\tfrac12 f_{yy}\\Delta_y^2$.

Why it matters for machine learning: this quadratic model of the loss around the current weights is what Newton and quasi-Newton optimisers minimise at each step, and the Hessian's eigenvalues (curvature) explain why some directions train fast and others slowly.

Example: $f = x^2 y$ about $(1, 2)$: $f = 2$, $J = (4, 1)$, $H = \\begin{pmatrix} 4 & 2 \\\\ 2 & 0 \\end{pmatrix}$, so
$$f \\approx 2 + 4(x - 1) + (y - 2) + 2(x - 1)^2 + 2(x - 1)(y - 2).$$`,
  },
});
