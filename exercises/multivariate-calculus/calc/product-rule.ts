// mc.calc.product-rule — (u v)' = u' v + u v' for k·u·v with u, v from x^n, e^x, sin x, cos x, ln x:
// a power times a special function (level 1), two special functions or a power and one with a
// constant factor (level 2).
import { defineSkill } from "../../define";
import { fnFactor, monomial, over, sum, xPow, type CalcData, type Factor, type Written } from "./terms";

type Kind = "pow" | "exp" | "sin" | "cos" | "ln";
type Piece = { kind: Kind; n?: number };
type Data = CalcData & { k: number; u: Piece; v: Piece };

const SIN: Factor = { ...fnFactor("sin(x)", "\\sin x"), sqTex: "\\sin^2 x" };
const COS: Factor = { ...fnFactor("cos(x)", "\\cos x"), sqTex: "\\cos^2 x" };
const EXP = fnFactor("e^x", "e^{x}");
const LN = fnFactor("ln(x)", "\\ln x");

/** The factor itself as (coefficient, factors). */
function self(p: Piece): [number, Factor[]] {
  return [1, [p.kind === "pow" ? xPow(p.n!) : { exp: EXP, sin: SIN, cos: COS, ln: LN }[p.kind]]];
}

/** Its derivative as (coefficient, factors). */
function deriv(p: Piece): [number, Factor[]] {
  switch (p.kind) {
    case "pow":
      return [p.n!, p.n! > 1 ? [xPow(p.n! - 1)] : []];
    case "exp":
      return [1, [EXP]];
    case "sin":
      return [1, [COS]];
    case "cos":
      return [-1, [SIN]];
    case "ln":
      return [1, [over(xPow(1))]];
  }
}

/** k · a · b as a written term. */
const times = (k: number, [ca, fa]: [number, Factor[]], [cb, fb]: [number, Factor[]]): Written => monomial(k * ca * cb, [...fa, ...fb]);

const duv = (d: Data) => times(d.k, deriv(d.u), self(d.v));
const udv = (d: Data) => times(d.k, self(d.u), deriv(d.v));
const w = (c: number, f: Factor[]) => monomial(c, f);

export default defineSkill<Data>({
  id: "mc.calc.product-rule",
  version: 1,
  levels: [1, 2],
  expects: "expression",
  build(rng, level) {
    let u: Piece;
    let v: Piece;
    let k = 1;
    if (level === 1) {
      u = { kind: "pow", n: rng.int(1, 3) };
      v = { kind: rng.pick(["exp", "sin", "cos", "ln"] as const) };
      k = rng.pick([1, 1, 2, 3, -1, -2]);
    } else {
      const [a, b] = rng.shuffle(["pow", "exp", "sin", "cos", "ln"] as const).slice(0, 2);
      const order: Kind[] = ["pow", "exp", "sin", "cos", "ln"];
      [u, v] = [a, b].sort((p, q) => order.indexOf(p) - order.indexOf(q)).map((kind) => (kind === "pow" ? { kind, n: rng.int(2, 4) } : { kind }));
      k = rng.nonZeroInt(-3, 3);
    }
    const data: Data = { f: "", vars: ["x"], k, u, v };
    const f = w(k, [...self(u)[1], ...self(v)[1]]);
    data.f = f.text;
    const [a1, a2] = [duv(data), udv(data)];
    const answer = sum([a1, a2]);
    const [uw, vw] = [w(1, self(u)[1]), w(1, self(v)[1])];
    const [duw, dvw] = [w(...deriv(u)), w(...deriv(v))];
    const kTex = k === 1 ? "" : k === -1 ? "-" : String(k);
    const rule = `${duw.tex}\\cdot ${vw.tex} + ${uw.tex}\\cdot ${dvw.tex.startsWith("-") ? `(${dvw.tex})` : dvw.tex}`;
    return {
      data,
      prompt: `Differentiate $f(x) = ${f.tex}$${u.kind === "ln" || v.kind === "ln" ? " for $x > 0$" : ""}. Give $f'(x)$ as an expression in $x$, e.g. \`2x e^x + x^2 e^x\` (put a \`*\` before a bracket after a power: \`e^x*(2x + x^2)\`, since \`e^x (2x + x^2)\` reads the bracket as part of the exponent).`,
      answer: answer.text,
      solution: [
        `$f$ is ${k === 1 ? "" : k === -1 ? "minus " : `$${k}$ times `}the product $u\\,v$ with $u = ${uw.tex}$ and $v = ${vw.tex}$. Product rule: $(uv)' = u'v + uv'$.`,
        `$u' = ${duw.tex}$ and $v' = ${dvw.tex}$.`,
        `So $f'(x) = ${k === 1 ? rule : `${kTex}\\big(${rule}\\big)`}$.`,
        `Simplify: $f'(x) = ${answer.tex}$.`,
      ],
      hints: [
        "Name the two factors $u$ and $v$, differentiate each, then use $(uv)' = u'v + uv'$.",
        "There are two terms: each factor is differentiated once while the other is left alone.",
      ],
      policy: { domain: { x: [0.3, 3] } },
    };
  },
  mistakes: [
    {
      tag: "multiplied-derivatives",
      feedback: "You multiplied the two derivatives, $u'v'$. The derivative of a product is not the product of the derivatives: use $(uv)' = u'v + uv'$.",
      // with e^x as a factor u'v' coincides with one of the two terms: that is the dropped-term mistake
      wrong: (p) => (p.data.u.kind === "exp" || p.data.v.kind === "exp" ? null : times(p.data.k, deriv(p.data.u), deriv(p.data.v)).text),
    },
    {
      tag: "dropped-u-dv-term",
      feedback: (p) => `You only have $u'v = ${duv(p.data).tex}$. Add the second term $uv' = ${udv(p.data).tex}$ (first factor times the derivative of the second).`,
      wrong: (p) => duv(p.data).text,
    },
    {
      tag: "dropped-du-v-term",
      feedback: (p) => `You only have $uv' = ${udv(p.data).tex}$. Add the first term $u'v = ${duv(p.data).tex}$ (derivative of the first factor times the second).`,
      wrong: (p) => udv(p.data).text,
    },
    {
      tag: "minus-instead-of-plus",
      feedback: "The two terms of the product rule are added: $(uv)' = u'v + uv'$. The minus sign belongs to the quotient rule.",
      wrong: (p) => sum([duv(p.data), { text: `-(${udv(p.data).text})`, tex: "" }]).text,
    },
  ],
  notes: {
    body: `The **product rule** differentiates a product of two functions:
$$\\frac{d}{dx}\\big(u(x)\\,v(x)\\big) = u'(x)\\,v(x) + u(x)\\,v'(x).$$
Each factor takes its turn being differentiated while the other is held fixed, and the two contributions add. It is *not* $u'v'$: for $x \\cdot x = x^2$ that would give $1$ instead of $2x$.

Why it matters for machine learning: a neuron's pre-activation $w x$ is a product of a weight and an input, and losses such as $y\\,\\ln \\hat y$ are products; differentiating them with respect to a parameter is the product rule at work.

Example: $f(x) = x^2 \\sin x$ has $u = x^2$, $v = \\sin x$, so $f'(x) = 2x \\sin x + x^2 \\cos x$.`,
  },
});
