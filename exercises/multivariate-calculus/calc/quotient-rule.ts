// mc.calc.quotient-rule — (u/v)' = (u'v − uv')/v²: a power or linear numerator over a linear
// denominator (level 1), sin, cos, e^x or ln x over a power of x or x² + c (level 2).
import { defineSkill } from "../../define";
import { atomic, ONE, power, sumTex, type CalcData, type Term } from "./terms";

/** A function written as text and LaTeX, with its derivative. */
type Fn = { text: string; tex: string; d: { text: string; tex: string } };
type Data = CalcData & { u: Fn; v: Fn };

const F = (text: string, tex: string, dText: string, dTex: string): Fn => ({ text, tex, d: { text: dText, tex: dTex } });
/** A + or − outside brackets (after a leading sign). */
const isSum = (t: string) => {
  let s = t.slice(1);
  while (/\([^()]*\)/.test(s)) s = s.replace(/\([^()]*\)/g, "");
  return /[+-]/.test(s);
};

/** a·b as text and LaTeX, dropping a factor 1 and bracketing sums. */
function prod(a: { text: string; tex: string }, b: { text: string; tex: string }): { text: string; tex: string } {
  if (a.text === "1") return b;
  if (b.text === "1") return a;
  // numbers first: 3x^3, not x^3·3
  if ((/^\d+$/.test(b.text) && !/^\d+$/.test(a.text)) || (/^\d/.test(b.text) && !/^\d/.test(a.text))) [a, b] = [b, a];
  const wt = (t: string) => (isSum(t) || t.startsWith("-") ? `(${t})` : t);
  const wx = (t: string, s: string) => (isSum(s) ? `(${t})` : t);
  return { text: `${a.text.startsWith("-") && !isSum(a.text) ? a.text : wt(a.text)}*${wt(b.text)}`, tex: `${wx(a.tex, a.text)}\\,${wx(b.tex, b.text)}` };
}

/** v² written out: x^n → x^(2n), sums squared in brackets. */
function square(v: Fn) {
  const m = /^x(?:\^(\d+))?$/.exec(v.text);
  if (m) {
    const k = 2 * Number(m[1] ?? 1);
    return { text: `x^${k}`, tex: `x^{${k}}` };
  }
  return { text: `(${v.text})^2`, tex: `(${v.tex})^{2}` };
}

function quotient(num: { text: string; tex: string }, den: { text: string; tex: string }) {
  return { text: `(${num.text})/${atomic(den.text) ? den.text : `(${den.text})`}`, tex: `\\frac{${num.tex}}{${den.tex}}` };
}

function minus(a: { text: string; tex: string }, b: { text: string; tex: string }, sign = "-") {
  const neg = b.text.startsWith("-") || isSum(b.text);
  return { text: `${a.text} ${sign} ${neg ? `(${b.text})` : b.text}`, tex: `${a.tex} ${sign} ${neg ? `(${b.tex})` : b.tex}` };
}

const numerator = ({ u, v }: Data) => minus(prod(u.d, v), prod(u, v.d));
const answerOf = (d: Data) => quotient(numerator(d), square(d.v));

const pow = (n: number): Fn =>
  n === 1 ? F("x", "x", "1", "1") : F(`x^${n}`, `x^{${n}}`, n === 2 ? "2*x" : `${n}*x^${n - 1}`, n === 2 ? "2x" : `${n}x^{${n - 1}}`);
const linear = (a: number, b: number): Fn => {
  const text = `${a === 1 ? "" : `${a}*`}x + ${b}`;
  return F(text, `${a === 1 ? "" : a}x + ${b}`, String(a), String(a));
};

export default defineSkill<Data>({
  id: "mc.calc.quotient-rule",
  version: 1,
  levels: [1, 2],
  expects: "expression",
  build(rng, level) {
    let u: Fn;
    let v: Fn;
    let simplified: Term[] | null = null;
    if (level === 1) {
      const [n, p, q] = [rng.int(1, 3), rng.int(1, 4), rng.int(1, 5)];
      const isPow = rng.bool();
      u = isPow ? pow(n) : linear(p, q);
      let r: number;
      let s: number;
      do [r, s] = [rng.int(1, 3), rng.int(1, 5)];
      while (!isPow && p * s === q * r); // u a multiple of v would make f constant
      v = linear(r, s);
      // numerator u'v − uv' multiplied out: ps − qr, or (n−1) r xⁿ + n s xⁿ⁻¹
      simplified = isPow ? [{ c: (n - 1) * r, body: power(n) }, { c: n * s, body: power(n - 1) }] : [{ c: p * s - q * r, body: ONE }];
    } else {
      u = rng.pick([
        F("sin(x)", "\\sin x", "cos(x)", "\\cos x"),
        F("cos(x)", "\\cos x", "-sin(x)", "-\\sin x"),
        F("e^x", "e^{x}", "e^x", "e^{x}"),
        F("ln(x)", "\\ln x", "1/x", "\\frac{1}{x}"),
      ]);
      const c = rng.int(1, 4);
      v = rng.bool() ? pow(rng.int(1, 3)) : F(`x^2 + ${c}`, `x^{2} + ${c}`, "2*x", "2x");
    }
    const data: Data = { f: `(${u.text})/${isSum(v.text) ? `(${v.text})` : v.text}`, vars: ["x"], u, v };
    const ans = answerOf(data);
    return {
      data,
      prompt: `Differentiate $f(x) = \\dfrac{${u.tex}}{${v.tex}}$ for $x > 0$. Give $f'(x)$ as an expression in $x$, e.g. \`(cos(x)*x - sin(x))/x^2\`.`,
      answer: ans.text,
      solution: [
        `Quotient rule with $u = ${u.tex}$ and $v = ${v.tex}$: $\\left(\\dfrac{u}{v}\\right)' = \\dfrac{u'v - uv'}{v^2}$.`,
        `$u' = ${u.d.tex}$ and $v' = ${v.d.tex}$.`,
        `So $f'(x) = ${ans.tex}$.`,
        ...(simplified ? [`Multiplying out the numerator simplifies this to $f'(x) = \\dfrac{${sumTex(simplified)}}{${square(v).tex}}$.`] : []),
      ],
      hints: [
        "Name the numerator $u$ and the denominator $v$, and differentiate both.",
        "$\\left(\\frac{u}{v}\\right)' = \\frac{u'v - uv'}{v^2}$: the derivative of the top comes first, and the bottom is squared.",
      ],
      policy: { domain: { x: [0.5, 3] } },
    };
  },
  mistakes: [
    {
      tag: "numerator-reversed",
      feedback: "Your numerator has the wrong sign: it is $u'v - uv'$ (derivative of the top first), not $uv' - u'v$.",
      wrong: (p) => quotient(minus(prod(p.data.u, p.data.v.d), prod(p.data.u.d, p.data.v)), square(p.data.v)).text,
    },
    {
      tag: "forgot-square-denominator",
      feedback: "The denominator of the quotient rule is $v^2$, not $v$: square the original denominator.",
      wrong: (p) => quotient(numerator(p.data), p.data.v).text,
    },
    {
      tag: "divided-derivatives",
      feedback: "The derivative of a quotient is not the quotient of the derivatives $u'/v'$. Use $\\left(\\frac{u}{v}\\right)' = \\frac{u'v - uv'}{v^2}$.",
      wrong: (p) => quotient(p.data.u.d, p.data.v.d).text,
    },
    {
      tag: "plus-instead-of-minus",
      feedback: "The numerator is a difference, $u'v - uv'$; a plus sign there is the product rule.",
      wrong: (p) => quotient(minus(prod(p.data.u.d, p.data.v), prod(p.data.u, p.data.v.d), "+"), square(p.data.v)).text,
    },
  ],
  notes: {
    body: `The **quotient rule** differentiates a ratio of two functions:
$$\\frac{d}{dx}\\,\\frac{u(x)}{v(x)} = \\frac{u'(x)\\,v(x) - u(x)\\,v'(x)}{v(x)^2}.$$
It follows from the product rule applied to $u \\cdot v^{-1}$ together with the chain rule. The order in the numerator matters (it is a difference), and the denominator is squared.

Why it matters for machine learning: ratios appear in the sigmoid $\\sigma(z) = \\frac{1}{1 + e^{-z}}$, in softmax probabilities and in normalisations; the quotient rule is how their derivatives (for example $\\sigma' = \\sigma(1 - \\sigma)$) are found.

Example: $f(x) = \\frac{\\sin x}{x}$ has $u = \\sin x$, $v = x$, so $f'(x) = \\frac{x\\cos x - \\sin x}{x^2}$.`,
  },
});
