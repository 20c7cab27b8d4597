// mc.calc.chain-rule — d/dx F(g(x)) = F'(g(x))·g'(x) with outer F from sin, cos, exp, ln, powers
// and roots, inner g(x) = a x^m + b: linear (level 1), a square or cube of x (level 2).
import { defineSkill } from "../../define";
import { ONE, fnFactor, monomial, over, power, sumTex, sumText, xPow, type CalcData, type Factor } from "./terms";

type Outer = "sin" | "cos" | "exp" | "ln" | "pow" | "sqrt";
type Data = CalcData & { outer: Outer; n: number; a: number; m: number; b: number };

const inner = (d: Data) => {
  const terms = [{ c: d.a, body: power(d.m) }, { c: d.b, body: ONE }];
  return { text: sumText(terms), tex: sumTex(terms) };
};

/** F(g) written out. */
function outerOf(d: Data): { text: string; tex: string } {
  const g = inner(d);
  switch (d.outer) {
    case "sin":
    case "cos":
      return { text: `${d.outer}(${g.text})`, tex: `\\${d.outer}(${g.tex})` };
    case "exp":
      return { text: `e^(${g.text})`, tex: `e^{${g.tex}}` };
    case "ln":
      return { text: `ln(${g.text})`, tex: `\\ln(${g.tex})` };
    case "sqrt":
      return { text: `sqrt(${g.text})`, tex: `\\sqrt{${g.tex}}` };
    case "pow":
      return { text: `(${g.text})^${d.n < 0 ? `(${d.n})` : d.n}`, tex: `(${g.tex})^{${d.n}}` };
  }
}

const TWO = fnFactor("2", "2");

/** F'(g) as (coefficient, factors); sqrt's 1/(2√u) keeps its 2 in the denominator. */
function outerDerivative(d: Data): [number, Factor[]] {
  const g = inner(d);
  const paren = { text: `(${g.text})`, tex: `(${g.tex})` };
  switch (d.outer) {
    case "sin":
      return [1, [fnFactor(`cos(${g.text})`, `\\cos(${g.tex})`)]];
    case "cos":
      return [-1, [fnFactor(`sin(${g.text})`, `\\sin(${g.tex})`)]];
    case "exp":
      return [1, [fnFactor(`e^(${g.text})`, `e^{${g.tex}}`)]];
    case "ln":
      return [1, [over(fnFactor(g.text, g.tex))]];
    case "sqrt":
      return [1, [over(TWO), over(fnFactor(`sqrt(${g.text})`, `\\sqrt{${g.tex}}`))]];
    case "pow": {
      const k = d.n - 1;
      if (k === 1) return [d.n, [paren]];
      if (k > 0) return [d.n, [fnFactor(`${paren.text}^${k}`, `${paren.tex}^{${k}}`)]];
      return [d.n, [over(fnFactor(`${paren.text}^${-k}`, `${paren.tex}^{${-k}}`))]];
    }
  }
}

const innerDerivative = (d: Data): [number, Factor[]] => [d.m * d.a, d.m > 1 ? [xPow(d.m - 1)] : []];

function chain(d: Data) {
  const [co, fo] = outerDerivative(d);
  const [ci, fi] = innerDerivative(d);
  // for a root the 2 of 1/(2√u) cancels into u' (a is even there)
  return d.outer === "sqrt" ? monomial((co * ci) / 2, [...fi, ...fo.filter((f) => f.text !== TWO.text)]) : monomial(co * ci, [...fi, ...fo]);
}

const RULE: Record<Outer, string> = {
  sin: "\\frac{d}{du}\\sin u = \\cos u",
  cos: "\\frac{d}{du}\\cos u = -\\sin u",
  exp: "\\frac{d}{du}e^{u} = e^{u}",
  ln: "\\frac{d}{du}\\ln u = \\frac{1}{u}",
  sqrt: "\\frac{d}{du}\\sqrt{u} = \\frac{1}{2\\sqrt{u}}",
  pow: "\\frac{d}{du}u^n = n u^{n-1}",
};

export default defineSkill<Data>({
  id: "mc.calc.chain-rule",
  version: 1,
  levels: [1, 2],
  expects: "expression",
  build(rng, level) {
    const outer = rng.pick(["sin", "cos", "exp", "ln", "pow", "sqrt"] as const);
    const n = outer !== "pow" ? 0 : level === 1 ? rng.int(2, 5) : rng.pick([-2, -1, 3, 4]);
    // ln, roots and negative powers need g > 0 on the domain x in [0.2, 2]: a > 0 and b > 0 there
    const positive = outer === "ln" || outer === "sqrt" || n < 0;
    const m = level === 1 ? 1 : rng.int(2, 3);
    let a = level === 1 ? rng.pick([-5, -4, -3, -2, 2, 3, 4, 5]) : rng.nonZeroInt(-3, 3);
    if (positive) a = Math.abs(a);
    if (outer === "sqrt" && a % 2 !== 0) a *= 2;
    const b = positive ? rng.int(1, 5) : rng.nonZeroInt(-5, 5);
    const data: Data = { f: "", vars: ["x"], outer, n, a, m, b };
    const F = outerOf(data);
    data.f = F.text;
    const g = inner(data);
    const gp = monomial(...innerDerivative(data));
    const Fp = monomial(...outerDerivative(data));
    const answer = chain(data);
    return {
      data,
      prompt: `Differentiate $f(x) = ${F.tex}$${positive ? " (for $x > 0$)" : ""}. Give $f'(x)$ as an expression in $x$, e.g. \`6x cos(3x^2 + 1)\`.`,
      answer: answer.text,
      solution: [
        `$f$ is a composition: the outer function of $u = ${g.tex}$. Chain rule: $f'(x) = F'(u)\\cdot u'(x)$.`,
        `Outer derivative: $${RULE[outer]}$, so with $u = ${g.tex}$ it is $${Fp.tex}$.`,
        `Inner derivative: $u'(x) = ${gp.tex}$.`,
        `Multiply: $f'(x) = ${answer.tex}$.`,
      ],
      hints: [
        "Identify the outer function and the inner function $u(x)$; differentiate the outer one leaving $u$ inside unchanged.",
        "Then multiply by the derivative of the inside, $u'(x)$.",
      ],
      policy: { domain: { x: [0.2, 2] } },
    };
  },
  mistakes: [
    {
      tag: "forgot-inner-derivative",
      feedback: (p) => `You differentiated the outer function but did not multiply by the derivative of the inside, $u' = ${monomial(...innerDerivative(p.data)).tex}$.`,
      wrong: (p) => monomial(...outerDerivative(p.data)).text,
    },
    {
      tag: "differentiated-inner-only",
      feedback: "You differentiated only the inner function. The chain rule needs the outer derivative too, evaluated at the inner function: $F'(u(x))\\cdot u'(x)$.",
      wrong: (p) => monomial(...innerDerivative(p.data)).text,
    },
    {
      tag: "cos-derivative-sign",
      feedback: "The derivative of $\\cos u$ is $-\\sin u$: you lost the minus sign.",
      wrong: (p) => (p.data.outer === "cos" ? `-(${chain(p.data).text})` : null),
    },
  ],
  notes: {
    body: `The **chain rule** differentiates a composition $f(x) = F(u(x))$, a function applied to the output of another:
$$\\frac{df}{dx} = \\frac{dF}{du}\\cdot\\frac{du}{dx} = F'(u(x))\\,u'(x).$$
Differentiate the outer function as if its inside were a plain variable, keep the inside unchanged in the result, then multiply by the derivative of the inside. Rates of change multiply along the chain: if $u$ changes 3 times as fast as $x$ and $F$ twice as fast as $u$, then $F$ changes 6 times as fast as $x$.

Why it matters for machine learning: a neural network is a long composition of layers, and backpropagation is nothing but the chain rule applied layer by layer to get the derivative of the loss with respect to every weight.

Example: $f(x) = \\sin(3x^2 + 1)$ has outer $\\sin u$ and inner $u = 3x^2 + 1$, so $f'(x) = \\cos(3x^2 + 1)\\cdot 6x = 6x\\cos(3x^2 + 1)$.`,
  },
});
