// mc.calc.power-rule — d/dx Σ c·x^p = Σ c·p·x^(p−1), term by term: whole powers 0..5 (level 1),
// negative and half-integer powers written as fractions and roots (level 2).
import { defineSkill } from "../../define";
import { paren } from "../../tex";
import { power, sumTex, sumText, type CalcData, type Term } from "./terms";

/** One term c·x^(num/den), den 1 or 2. */
type Mono = { c: number; num: number; den: number };
type Data = CalcData & { terms: Mono[] };

const term = (c: number, num: number, den: number): Term => ({ c, body: power(num, den) });
/** Σ coef(m)·x^(exp(m)) as text, exponents as fractions num/den. */
const mapText = (ms: Mono[], coef: (m: Mono) => number, num: (m: Mono) => number): string =>
  sumText(ms.map((m) => term(coef(m), num(m), m.den)));

const derivativeTerms = (ms: Mono[]): Term[] => ms.map((m) => term((m.c * m.num) / m.den, m.num - m.den, m.den));

const pText = (m: Mono): string => (m.den === 1 ? String(m.num) : `${m.num}/${m.den}`);

/** How the term appears in the prompt: fractions for negative powers, a root for x^(±1/2). */
function displayTex({ c, num, den }: Mono, first: boolean): string {
  const sign = c < 0 ? "-" : first ? "" : "+";
  const a = Math.abs(c);
  const k = a === 1 ? "" : String(a);
  let body: string;
  if (num < 0 && den === 1) body = `\\frac{${a}}{${num === -1 ? "x" : `x^{${-num}}`}}`;
  else if (num === -1 && den === 2) body = `\\frac{${a}}{\\sqrt{x}}`;
  else if (num === 1 && den === 2) body = `${k}\\sqrt{x}`;
  else if (num === 0) body = String(a);
  else body = `${k}${power(num, den).tex}`;
  return `${first ? sign : ` ${sign} `}${body}`;
}

export default defineSkill<Data>({
  id: "mc.calc.power-rule",
  version: 1,
  levels: [1, 2],
  expects: "expression",
  build(rng, level) {
    const pool: [number, number][] = level === 1
      ? [[0, 1], [1, 1], [2, 1], [3, 1], [4, 1], [5, 1]]
      : [[-2, 1], [-1, 1], [-1, 2], [1, 2], [3, 2], [2, 1], [3, 1], [4, 1], [5, 1], [0, 1]];
    const n = level === 1 ? rng.int(2, 3) : rng.int(3, 4);
    let powers: [number, number][];
    do powers = rng.shuffle(pool).slice(0, n);
    while (
      !powers.some(([a, b]) => a / b >= 2) ||
      (level === 2 && !powers.some(([a, b]) => a < 0 || b === 2)) ||
      powers.every(([a]) => a === 0)
    );
    powers.sort((p, q) => q[0] / q[1] - p[0] / p[1]);
    // even coefficients for half powers keep every derivative coefficient an integer
    const terms: Mono[] = powers.map(([num, den]) => ({ c: den === 2 ? 2 * rng.nonZeroInt(-3, 3) : rng.nonZeroInt(-6, 6), num, den }));
    const f = mapText(terms, (m) => m.c, (m) => m.num);
    const fTex = terms.map((m, i) => displayTex(m, i === 0)).join("");
    const dTerms = derivativeTerms(terms);
    const asPowers = sumTex(terms.map((m) => term(m.c, m.num, m.den)));
    return {
      data: { f, vars: ["x"], terms },
      prompt: `Differentiate $f(x) = ${fTex}$. Give $f'(x)$ as an expression in $x$, e.g. \`12x^3 - 2/x^2\` (powers such as \`x^(-1/2)\` or \`1/sqrt(x)\` are fine).`,
      answer: sumText(dTerms),
      solution: [
        ...(level === 2 ? [`Write every term as a power of $x$: $f(x) = ${asPowers}$.`] : []),
        `Power rule, term by term: $\\frac{d}{dx}\\,c\\,x^n = c\\,n\\,x^{n-1}$ (a constant term has derivative $0$).`,
        ...terms.map((m) =>
          m.num === 0
            ? `$\\frac{d}{dx}(${m.c}) = 0$.`
            : `$\\frac{d}{dx}\\big(${sumTex([term(m.c, m.num, m.den)])}\\big) = ${paren(m.c)} \\cdot ${paren(m.den === 1 ? m.num : `\\tfrac{${m.num}}{${m.den}}`)}${m.num === m.den ? "" : `\\, ${power(m.num - m.den, m.den).tex}`} = ${sumTex([term((m.c * m.num) / m.den, m.num - m.den, m.den)])}$.`,
        ),
        `So $f'(x) = ${sumTex(dTerms)}$.`,
      ],
      hints: [
        level === 2 ? "First rewrite roots and fractions as powers: $\\sqrt{x} = x^{1/2}$, $\\frac{1}{x^2} = x^{-2}$." : "Differentiate each term separately and add the results.",
        "Bring the power down as a factor, then reduce the power by one: $x^n \\to n\\,x^{n-1}$.",
      ],
      policy: { domain: { x: [0.3, 3] } },
    };
  },
  mistakes: [
    {
      tag: "power-not-reduced",
      feedback: "You brought the power down but did not reduce it by one: $\\frac{d}{dx}x^n = n\\,x^{n-1}$, not $n\\,x^n$.",
      wrong: (p) => mapText(p.data.terms, (m) => (m.c * m.num) / m.den, (m) => m.num),
    },
    {
      tag: "dropped-constant-multiple",
      feedback: "You dropped the constant multiple: the derivative of $c\\,x^n$ is $c\\,n\\,x^{n-1}$ — keep the coefficient $c$.",
      wrong: (p) => mapText(p.data.terms, (m) => m.num / m.den, (m) => m.num - m.den),
    },
    {
      tag: "forgot-power-factor",
      feedback: "You reduced the power but did not multiply by it: $\\frac{d}{dx}x^n = n\\,x^{n-1}$ — the old power $n$ becomes a factor.",
      wrong: (p) => mapText(p.data.terms.filter((m) => m.num !== 0), (m) => m.c, (m) => m.num - m.den),
    },
    {
      tag: "kept-constant",
      feedback: "The derivative of a constant term is $0$; drop it from the derivative.",
      wrong: (p) => {
        const k = p.data.terms.find((m) => m.num === 0);
        return k ? `${sumText(derivativeTerms(p.data.terms))} + ${paren(k.c)}` : null;
      },
    },
    {
      tag: "negative-power-increased",
      feedback: (p) => {
        const m = p.data.terms.find((t) => t.num < 0)!;
        return `For a negative power, reducing by one makes it more negative: $x^{${pText(m)}}$ becomes $x^{${pText({ ...m, num: m.num - m.den })}}$, not $x^{${pText({ ...m, num: m.num + m.den })}}$.`;
      },
      wrong: (p) =>
        p.data.terms.some((m) => m.num < 0)
          ? mapText(p.data.terms, (m) => (m.c * m.num) / m.den, (m) => (m.num < 0 ? m.num + m.den : m.num - m.den))
          : null,
    },
  ],
  notes: {
    body: `The **power rule** differentiates any power of $x$: bring the power down as a factor and reduce it by one,
$$\\frac{d}{dx}\\,x^n = n\\,x^{n-1},$$
for whole, negative and fractional $n$ alike. With the **sum rule** (differentiate term by term) and constant multiples ($\\frac{d}{dx}\\,c f = c f'$) this handles every polynomial. Rewrite roots and fractions as powers first: $\\sqrt{x} = x^{1/2}$, $\\frac{1}{x^2} = x^{-2}$. A constant term has derivative $0$.

Why it matters for machine learning: squared-error losses are polynomials in the parameters, and their derivatives by the power rule ($\\frac{d}{dw}(w x - y)^2$ expands to powers of $w$) are the gradients that training follows.

Example: $f(x) = 4x^3 - 6\\sqrt{x} + \\frac{2}{x}$ $= 4x^3 - 6x^{1/2} + 2x^{-1}$, so $f'(x) = 12x^2 - 3x^{-1/2} - 2x^{-2}$.`,
  },
});
