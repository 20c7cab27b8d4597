// mc.calc.special-functions — derivatives of e^x, ln x, sin x, cos x in integer linear combinations
// (level 2 adds a power of x and uses three or four of them).
import { defineSkill } from "../../define";
import { COS, EXP, INV_X, LN, SIN, power, sumTex, sumText, type Body, type CalcData, type Term } from "./terms";

type Fn = "exp" | "ln" | "sin" | "cos" | "pow";
type Part = { fn: Fn; c: number; n?: number };
type Data = CalcData & { parts: Part[] };

const BODY: Record<Exclude<Fn, "pow">, Body> = { exp: EXP, ln: LN, sin: SIN, cos: COS };
const bodyOf = (p: Part): Body => (p.fn === "pow" ? power(p.n!) : BODY[p.fn]);

/** The derivative of c·fn, with optional deliberate slips for the mistake detectors. */
type Slip = { cosPlus?: boolean; lnAsLn?: boolean; sinMinus?: boolean; expPower?: boolean };
function dTerm(p: Part, slip: Slip = {}): Term {
  switch (p.fn) {
    case "exp":
      return slip.expPower ? { c: p.c, body: { text: "x*e^(x - 1)", tex: "x e^{x-1}" } } : { c: p.c, body: EXP };
    case "ln":
      return slip.lnAsLn ? { c: p.c, body: LN } : { c: p.c, body: INV_X };
    case "sin":
      return { c: slip.sinMinus ? -p.c : p.c, body: COS };
    case "cos":
      return { c: slip.cosPlus ? p.c : -p.c, body: SIN };
    case "pow":
      return { c: p.c * p.n!, body: power(p.n! - 1) };
  }
}

const RULE: Record<Fn, string> = {
  exp: "\\frac{d}{dx}e^{x} = e^{x}",
  ln: "\\frac{d}{dx}\\ln x = \\frac{1}{x}",
  sin: "\\frac{d}{dx}\\sin x = \\cos x",
  cos: "\\frac{d}{dx}\\cos x = -\\sin x",
  pow: "\\frac{d}{dx}x^n = n x^{n-1}",
};

const dText = (parts: Part[], slip?: Slip) => sumText(parts.map((p) => dTerm(p, slip)));

export default defineSkill<Data>({
  id: "mc.calc.special-functions",
  version: 1,
  levels: [1, 2],
  expects: "expression",
  build(rng, level) {
    const fns = rng.shuffle(["exp", "ln", "sin", "cos"] as const).slice(0, level === 1 ? 2 : rng.int(3, 4));
    const parts: Part[] = fns.map((fn) => ({ fn, c: rng.nonZeroInt(-5, 5) }));
    if (level === 2) parts.splice(rng.int(0, parts.length), 0, { fn: "pow", c: rng.nonZeroInt(-4, 4), n: rng.int(2, 4) });
    const terms = parts.map((p) => ({ c: p.c, body: bodyOf(p) }));
    const dTerms = parts.map((p) => dTerm(p));
    return {
      data: { f: sumText(terms), vars: ["x"], parts },
      prompt: `Differentiate $f(x) = ${sumTex(terms)}$ for $x > 0$. Give $f'(x)$ as an expression in $x$, e.g. \`3e^x - 2sin(x) + 1/x\`.`,
      answer: dText(parts),
      solution: [
        `Differentiate term by term, keeping each constant multiple. The rules needed: $${parts.map((p) => RULE[p.fn]).join(",\\quad ")}$.`,
        ...parts.map((p, i) => `$\\frac{d}{dx}\\big(${sumTex([terms[i]])}\\big) = ${sumTex([dTerms[i]])}$.`),
        `So $f'(x) = ${sumTex(dTerms)}$.`,
      ],
      hints: [
        "$e^x$ is its own derivative; $\\ln x$ has derivative $\\frac{1}{x}$.",
        "$\\sin \\to \\cos$ and $\\cos \\to -\\sin$: only the derivative of cos picks up a minus sign.",
      ],
      policy: { domain: { x: [0.3, 3] } },
    };
  },
  mistakes: [
    {
      tag: "cos-derivative-sign",
      feedback: "The derivative of $\\cos x$ is $-\\sin x$, not $\\sin x$: cos decreases where sin is positive.",
      wrong: (p) => (p.data.parts.some((q) => q.fn === "cos") ? dText(p.data.parts, { cosPlus: true }) : null),
    },
    {
      tag: "ln-derivative-as-ln",
      feedback: "The derivative of $\\ln x$ is $\\frac{1}{x}$, not $\\ln x$ — only $e^x$ is its own derivative.",
      wrong: (p) => (p.data.parts.some((q) => q.fn === "ln") ? dText(p.data.parts, { lnAsLn: true }) : null),
    },
    {
      tag: "sin-derivative-sign",
      feedback: "The derivative of $\\sin x$ is $+\\cos x$; the minus sign belongs to the derivative of $\\cos x$.",
      wrong: (p) => (p.data.parts.some((q) => q.fn === "sin") ? dText(p.data.parts, { sinMinus: true }) : null),
    },
    {
      tag: "power-rule-on-exp",
      feedback: "$e^x$ is not a power of $x$ (the variable is in the exponent), so the power rule does not apply: $\\frac{d}{dx}e^x = e^x$.",
      wrong: (p) => (p.data.parts.some((q) => q.fn === "exp") ? dText(p.data.parts, { expPower: true }) : null),
    },
  ],
  notes: {
    body: `Four functions beyond powers have derivatives worth knowing by heart:
$$\\frac{d}{dx}e^x = e^x, \\qquad \\frac{d}{dx}\\ln x = \\frac{1}{x}, \\qquad \\frac{d}{dx}\\sin x = \\cos x, \\qquad \\frac{d}{dx}\\cos x = -\\sin x.$$
The exponential is the function that equals its own gradient everywhere; the logarithm (its inverse) has gradient $1/x$, steep near $0$ and flattening out; sine and cosine turn into each other, with a minus sign when cosine is differentiated. Sums and constant multiples are differentiated term by term as before.

Why it matters for machine learning: $e^x$ sits inside the sigmoid and softmax, $\\ln$ inside the cross-entropy and log-likelihood losses, and the simple derivatives above are why those choices make gradients cheap to compute.

Example: $f(x) = 3e^x - 2\\ln x + 4\\cos x$ gives $f'(x) = 3e^x - \\frac{2}{x} - 4\\sin x$.`,
  },
});
