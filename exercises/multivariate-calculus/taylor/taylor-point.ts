// mc.taylor.taylor-point — the Taylor polynomial of degree 1 (level 1) or 2 (level 2) of a simple
// function about a nice point x = a (e^x at 1, ln x at 2, √x at 9, 1/x at −2, sin x at π/6, a
// cubic at an integer). Any equivalent polynomial is accepted; its degree is checked.
import { Q } from "@/lib/math";
import { defineSkill } from "../../define";
import { pickPointSpec, pointFunction, type FamilyName, type PointSpec } from "./functions";
import { factorial, taylor1, term, type Centre, type Coef } from "./poly";

type Data = PointSpec & { f: string; vars: string[]; n: number };

/** D_j / j! for j ≤ n; `noFactorial` keeps D_j. */
const coefs = (D: Coef[], n: number, noFactorial = false): Coef[] =>
  D.slice(0, n + 1).map((c, j) => ({ q: noFactorial ? c.q : Q.div(c.q, factorial(j)), unit: c.unit }));

const ZERO: Centre = { text: "0", tex: "0", value: 0 };
const minusCentre = (a: Centre): Centre => (a.text.startsWith("-") ? { text: a.text.slice(1), tex: a.tex.slice(1), value: -a.value } : { text: `-${a.text}`, tex: `-${a.tex}`, value: -a.value });

const pfOf = (d: Data) => pointFunction(d);

export default defineSkill<Data>({
  id: "mc.taylor.taylor-point",
  version: 1,
  levels: [1, 2],
  expects: "expression",
  build(rng, level) {
    const n = level;
    const families: FamilyName[] = ["exp", "ln", "sqrt", "recip", "sin", "cos", "cubic"];
    const spec = pickPointSpec(rng, rng.pick(families));
    const pf = pointFunction(spec);
    const { a, D } = pf;
    const data: Data = { f: pf.f.text, vars: ["x"], ...spec, n };
    const cs = coefs(D, n);
    const answer = taylor1(cs, "x", a);
    const values = [`f(${a.tex}) = ${term(D[0]).tex}`, `f'(${a.tex}) = ${term(D[1]).tex}`, ...(n === 2 ? [`f''(${a.tex}) = ${term(D[2]).tex}`] : [])];
    const general = n === 1 ? `f(a) + f'(a)(x - a)` : `f(a) + f'(a)(x - a) + \\frac{f''(a)}{2}(x - a)^{2}`;
    const bounds = ["ln", "sqrt"].includes(pf.family) ? " for $x > 0$" : "";
    return {
      data,
      prompt: `Find the Taylor polynomial of degree $${n}$ of $f(x) = ${pf.f.tex}$${bounds} about $x = ${a.tex}$. Give it in powers of $${taylor1([{ q: Q.zero }, { q: Q.one }], "x", a).tex}$ with exact coefficients, e.g. \`2 + 3(x - 1)${n === 2 ? " - (x - 1)^2/4" : ""}\`${n === 2 ? ", with no terms above the square" : ""}.`,
      answer: answer.text,
      solution: [
        `Differentiate: $f'(x) = ${pf.derivTex[0]}$${n === 2 ? `, $f''(x) = ${pf.derivTex[1]}$` : ""}.`,
        `Evaluate at $a = ${a.tex}$: $${values.join(",\\; ")}$.`,
        `Substitute into $P(x) = ${general}$: $P(x) = ${answer.tex}$.`,
      ],
      hints: [
        `Every derivative is evaluated at $x = ${a.tex}$, not at $0$, and the powers are of $(x - a)$.`,
        n === 2 ? "The quadratic term is $\\frac{f''(a)}{2!}(x - a)^2$." : "The degree-1 Taylor polynomial is the tangent line $f(a) + f'(a)(x - a)$.",
      ],
      policy: { form: { maxDegree: n } },
    };
  },
  mistakes: [
    {
      tag: "powers-of-x",
      feedback: (p) => `You wrote the terms in powers of $x$. A Taylor polynomial about $x = ${pfOf(p.data).a.tex}$ uses powers of $(x - a)$: replace $x$ by $(x - a)$ in each term.`,
      wrong: (p) => taylor1(coefs(pfOf(p.data).D, p.data.n), "x", ZERO).text,
    },
    {
      tag: "derivatives-at-zero",
      feedback: (p) => `You evaluated the derivatives at $0$. About $x = ${pfOf(p.data).a.tex}$ the coefficients are $f^{(j)}(${pfOf(p.data).a.tex})/j!$.`,
      wrong: (p) => {
        const pf = pfOf(p.data);
        return pf.D0 ? taylor1(coefs(pf.D0, p.data.n), "x", pf.a).text : null;
      },
    },
    {
      tag: "shifted-wrong-way",
      feedback: (p) => `The powers are of $(x - a)$ with $a = ${pfOf(p.data).a.tex}$; you used $(x + a)$.`,
      wrong: (p) => taylor1(coefs(pfOf(p.data).D, p.data.n), "x", minusCentre(pfOf(p.data).a)).text,
    },
    {
      tag: "forgot-half",
      feedback: "The quadratic term is $\\frac{f''(a)}{2}(x - a)^2$: divide the second derivative by $2! = 2$.",
      wrong: (p) => (p.data.n === 2 ? taylor1(coefs(pfOf(p.data).D, 2, true), "x", pfOf(p.data).a).text : null),
    },
  ],
  notes: {
    body: `The **Taylor polynomial** of degree $n$ about $x = a$ matches $f$'s value and first $n$ derivatives at $a$:
$$P_n(x) = f(a) + f'(a)(x - a) + \\frac{f''(a)}{2!}(x - a)^2 + \\dots + \\frac{f^{(n)}(a)}{n!}(x - a)^n.$$
Expanding about a point where $f$ is easy to evaluate gives a good approximation nearby; the Maclaurin polynomial is the case $a = 0$.

Why it matters for machine learning: optimisers approximate the loss around the current parameters, not around zero — gradient descent uses the degree-1 expansion, Newton's method the degree-2 one, both about the current point.

Example: $f(x) = \\sqrt{x}$ about $a = 4$: $f(4) = 2$, $f'(4) = \\frac{1}{4}$, $f''(4) = -\\frac{1}{32}$, so
$$P_2(x) = 2 + \\tfrac{1}{4}(x - 4) - \\tfrac{1}{64}(x - 4)^2.$$`,
  },
});
