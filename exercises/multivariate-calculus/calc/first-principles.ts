// mc.calc.first-principles — f'(x) as the limit of (f(x+h) − f(x))/h for a quadratic (level 1), or
// a/x and a cubic a x³ + b x (level 2).
import { defineSkill } from "../../define";
import { paren } from "../../tex";
import { ONE, power, sumTex, sumText, type CalcData, type Term } from "./terms";

type Data = CalcData & { family: "quadratic" | "reciprocal" | "cubic"; a: number; b: number; c: number };

/** f'(x) as text, from the family's coefficients. */
function derivativeTerms({ family, a, b }: Data): Term[] {
  return family === "quadratic" ? [{ c: 2 * a, body: power(1) }, { c: b, body: ONE }] : [{ c: 3 * a, body: power(2) }, { c: b, body: ONE }];
}
const derivativeText = (d: Data): string => (d.family === "reciprocal" ? `${-d.a}/x^2` : sumText(derivativeTerms(d)));

const H = { text: "h", tex: "h" };
const XH = { text: "x*h", tex: "xh" };
const H2 = { text: "h^2", tex: "h^{2}" };

/** The difference quotient after cancelling h once, before the limit (still contains h). */
function quotientTerms({ family, a, b }: Data): Term[] {
  if (family === "quadratic") return [{ c: 2 * a, body: power(1) }, { c: b, body: ONE }, { c: a, body: H }];
  return [{ c: 3 * a, body: power(2) }, { c: 3 * a, body: XH }, { c: a, body: H2 }, { c: b, body: ONE }];
}

const quotientText = (d: Data): string => (d.family === "reciprocal" ? `${-d.a}/(x*(x + h))` : sumText(quotientTerms(d)));
const quotientTex = (d: Data): string => sumTex(quotientTerms(d));

export default defineSkill<Data>({
  id: "mc.calc.first-principles",
  version: 1,
  levels: [1, 2],
  expects: "expression",
  parseOptions: { vars: ["x", "h"] },
  build(rng, level) {
    const family = level === 1 ? "quadratic" : rng.pick(["reciprocal", "cubic"] as const);
    const a = family === "quadratic" ? rng.nonZeroInt(-5, 5) : family === "cubic" ? rng.nonZeroInt(-3, 3) : rng.nonZeroInt(-6, 6);
    const b = family === "reciprocal" ? 0 : rng.nonZeroInt(-6, 6);
    const c = family === "quadratic" ? rng.nonZeroInt(-9, 9) : 0;
    const terms =
      family === "reciprocal" ? [] :
      family === "quadratic" ? [{ c: a, body: power(2) }, { c: b, body: power(1) }, { c, body: ONE }] :
      [{ c: a, body: power(3) }, { c: b, body: power(1) }];
    const f = family === "reciprocal" ? `${a}/x` : sumText(terms);
    const fTex = family === "reciprocal" ? `\\dfrac{${a}}{x}` : sumTex(terms);
    const data: Data = { f, vars: ["x"], family, a, b, c };
    const answer = derivativeText(data);
    const steps: string[] = family === "reciprocal"
      ? [
          `$f(x+h) - f(x) = \\dfrac{${a}}{x+h} - \\dfrac{${a}}{x} = \\dfrac{${a === 1 ? "x - (x+h)" : a === -1 ? "-x + (x+h)" : `${a}x - ${paren(a)}(x+h)`}}{x(x+h)} = \\dfrac{${-a === 1 ? "" : -a === -1 ? "-" : -a}h}{x(x+h)}$.`,
          `Divide by $h$: $\\dfrac{f(x+h) - f(x)}{h} = \\dfrac{${-a}}{x(x+h)}$.`,
          `Let $h \\to 0$: $f'(x) = \\dfrac{${-a}}{x^2}$.`,
        ]
      : family === "quadratic"
        ? [
            `Expand: $f(x+h) = ${paren(a)}(x^2 + 2xh + h^2) + ${paren(b)}(x + h) + ${paren(c)}$.`,
            `Subtract $f(x)$: $f(x+h) - f(x) = ${sumTex([{ c: 2 * a, body: XH }, { c: a, body: H2 }, { c: b, body: H }])}$ — the cross term $2axh$ is where the derivative comes from.`,
            `Divide by $h$: $${quotientTex(data)}$.`,
            `Let $h \\to 0$: the term with $h$ vanishes, so $f'(x) = ${sumTex(derivativeTerms(data))}$.`,
          ]
        : [
            `Expand: $(x+h)^3 = x^3 + 3x^2h + 3xh^2 + h^3$, so $f(x+h) - f(x) = ${a === 1 ? "" : a === -1 ? "-" : paren(a)}(3x^2h + 3xh^2 + h^3) ${b < 0 ? "-" : "+"} ${Math.abs(b) === 1 ? "" : Math.abs(b)}h$.`,
            `Divide by $h$: $${quotientTex(data)}$.`,
            `Let $h \\to 0$: the terms with $h$ vanish, so $f'(x) = ${sumTex(derivativeTerms(data))}$.`,
          ];
    return {
      data,
      prompt: `Let $f(x) = ${fTex}$. Using the definition $$f'(x) = \\lim_{h \\to 0} \\frac{f(x+h) - f(x)}{h},$$ find $f'(x)$. Give it as an expression in $x$, e.g. \`6x - 1\`.`,
      answer,
      solution: [`Write the difference quotient $\\dfrac{f(x+h) - f(x)}{h}$ and simplify it before letting $h \\to 0$.`, ...steps],
      hints: [
        family === "reciprocal" ? "Put the two fractions over the common denominator $x(x+h)$." : "Expand $f(x+h)$ fully, then subtract $f(x)$: everything without an $h$ cancels.",
        "Divide by $h$ before letting $h \\to 0$; your final answer must not contain $h$.",
      ],
      policy: { domain: { x: [0.5, 3], h: [0.5, 3] } },
    };
  },
  mistakes: [
    {
      tag: "left-h-in-answer",
      feedback: "Your answer still contains $h$: that is the difference quotient, not its limit. Let $h \\to 0$ — every term with a factor $h$ vanishes.",
      wrong: (p) => quotientText(p.data),
    },
    {
      tag: "dropped-cross-term",
      feedback: "You dropped the cross term: $(x+h)^2 = x^2 + 2xh + h^2$, not $x^2 + h^2$. The term $2axh$ is exactly what gives $2ax$ in the derivative.",
      wrong: (p) => (p.data.family === "quadratic" ? String(p.data.b) : null),
    },
    {
      tag: "kept-constant",
      feedback: "The constant term cancels in $f(x+h) - f(x)$; it does not appear in the derivative.",
      wrong: (p) => (p.data.family === "quadratic" ? `${derivativeText(p.data)} + ${paren(p.data.c)}` : null),
    },
    {
      tag: "lost-sign",
      feedback: "Check the sign: $\\frac{a}{x+h} - \\frac{a}{x} = \\frac{-ah}{x(x+h)}$, so the derivative of $a/x$ is $-a/x^2$.",
      wrong: (p) => (p.data.family === "reciprocal" ? `${p.data.a}/x^2` : null),
    },
  ],
  notes: {
    body: `**Differentiating from first principles** means computing the derivative straight from its definition, the limit of the gradient of a secant as its two points merge:
$$f'(x) = \\lim_{h \\to 0} \\frac{f(x+h) - f(x)}{h}.$$
The recipe: expand $f(x+h)$, subtract $f(x)$ (the terms without $h$ cancel), divide by $h$, and only then let $h \\to 0$.

Why it matters for machine learning: every rule you will use later (power, product, chain) is a consequence of this definition, and numerical gradient checks — the standard test that a backpropagation implementation is right — evaluate exactly this quotient with a small $h$.

Example: for $f(x) = 3x^2 + 2x$, $f(x+h) - f(x) = 6xh + 3h^2 + 2h$, so the quotient is $6x + 3h + 2$ and $f'(x) = 6x + 2$.`,
  },
});
