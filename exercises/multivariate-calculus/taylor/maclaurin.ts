// mc.taylor.maclaurin — the Maclaurin polynomial of degree n of g(kx) (e^(kx), sin(kx), cos(kx),
// ln(1 + kx), 1/(1 − kx)) at level 1, of x^m · g(kx) at level 2. Coefficients are exact
// rationals from the known series; the form (degree ≤ n) is checked by policy.form.
import { Q, type Rational } from "@/lib/math";
import { defineSkill } from "../../define";
import { sum, type Written } from "../calc/terms";
import { coef, factorial, powerOf, taylor1, term, intCentre } from "./poly";

type Family = "exp" | "sin" | "cos" | "ln" | "geom";
type Data = { f: string; vars: string[]; n: number; family: Family; k: number; m: number };

/** Coefficient of x^j in the series of g(kx); `alternate: false` drops the (−1) sign pattern. */
function gCoef(family: Family, k: number, j: number, alternate = true): Rational {
  const kj = Q.pow(k, j);
  const s = (e: number) => (alternate && e % 2 !== 0 ? -1 : 1);
  switch (family) {
    case "exp":
      return Q.div(kj, factorial(j));
    case "sin":
      return j % 2 === 1 ? Q.mul(s((j - 1) / 2), Q.div(kj, factorial(j))) : Q.zero;
    case "cos":
      return j % 2 === 0 ? Q.mul(s(j / 2), Q.div(kj, factorial(j))) : Q.zero;
    case "ln":
      return j === 0 ? Q.zero : Q.mul(s(j + 1), Q.div(kj, j));
    case "geom":
      return kj;
  }
}

type Variant = { alternate?: boolean; noFactorial?: boolean; kOnce?: boolean };

/** Coefficients c_0..c_n of x^m g(kx), possibly as a mistake computes them. */
function coefs(d: Data, upTo: number, v: Variant = {}): Rational[] {
  return Array.from({ length: upTo + 1 }, (_, j) => {
    if (j < d.m) return Q.zero;
    const i = j - d.m;
    let c = gCoef(d.family, d.k, i, v.alternate ?? true);
    if (v.kOnce && i >= 1) c = Q.div(Q.mul(c, d.k), Q.pow(d.k, i));
    if (v.noFactorial) c = Q.mul(c, factorial(j));
    return c;
  });
}

const poly = (cs: Rational[]): Written => taylor1(cs.map((c) => coef(c)), "x", intCentre(0));
const nonZero = (cs: Rational[]) => cs.filter((c) => !Q.isZero(c)).length;

const inner = (k: number): Written => (k === 1 ? { text: "x", tex: "x" } : k === -1 ? { text: "-x", tex: "-x" } : { text: `${k}*x`, tex: `${k}x` });

function gWritten(family: Family, k: number): Written {
  const i = inner(k);
  const signed = (t: string) => (t.startsWith("-") ? `- ${t.slice(1)}` : `+ ${t}`);
  switch (family) {
    case "exp":
      return { text: k === 1 ? "e^x" : `e^(${i.text})`, tex: `e^{${i.tex}}` };
    case "sin":
      return { text: `sin(${i.text})`, tex: `\\sin(${i.tex})` };
    case "cos":
      return { text: `cos(${i.text})`, tex: `\\cos(${i.tex})` };
    case "ln":
      return { text: `ln(1 ${signed(i.text)})`, tex: `\\ln(1 ${signed(i.tex)})` };
    case "geom":
      return { text: `1/(1 ${signed(inner(-k).text)})`, tex: `\\frac{1}{1 ${signed(inner(-k).tex)}}` };
  }
}

/** Next non-zero degree above n (the term a learner adds by going one too far). */
function nextDegree(d: Data): number {
  for (let j = d.n + 1; j <= d.n + 3; j++) if (!Q.isZero(coefs(d, j)[j])) return j;
  return d.n + 1;
}

const ALT: Family[] = ["sin", "cos", "ln"];

export default defineSkill<Data>({
  id: "mc.taylor.maclaurin",
  version: 1,
  levels: [1, 2],
  expects: "expression",
  build(rng, level) {
    for (;;) {
      const family = rng.pick(["exp", "sin", "cos", "ln", "geom"] as const);
      const k = family === "ln" || family === "geom" ? rng.pick(level === 1 ? [1, 1, -1] : [1, -1, 2, -2]) : rng.pick(level === 1 ? [1, 2, -1, 3, -2] : [1, -1, 2, -2, 3]);
      const m = level === 1 ? 0 : rng.int(1, 2);
      const n = level === 1 ? rng.int(2, 4) : rng.int(3, 4);
      const d: Data = { f: "", vars: ["x"], n, family, k, m };
      const cs = coefs(d, n);
      if (nonZero(cs) < 2) continue;
      const g = gWritten(family, k);
      const xm = powerOf({ text: "x", tex: "x" }, m);
      const f: Written = m === 0 ? g : { text: `${xm.text}*${g.text}`, tex: `${xm.tex}${family === "geom" ? "\\cdot " : "\\,"}${g.tex}` };
      d.f = f.text;
      const answer = poly(cs);
      const gcs = coefs({ ...d, m: 0 }, n - m);
      const derivs = gcs.map((c, j) => `g^{(${j})}(0) = ${Q.toLatex(Q.mul(c, factorial(j)))}`);
      const gTerms = sum(gcs.map((c, j) => term(coef(c), powerOf({ text: "x", tex: "x" }, j)))).tex;
      const solution =
        m === 0
          ? [
              `Write $g(x) = ${g.tex}$ and evaluate its derivatives at $0$: $${derivs.join(",\\; ")}$.`,
              `The Maclaurin coefficients are $c_j = g^{(j)}(0)/j!$: divide each derivative by $j!$ ($0! = 1,\\ 1! = 1,\\ 2! = 2,\\ 3! = 6,\\ 4! = 24$).`,
              `Keep the terms up to $x^{${n}}$: $${answer.tex}$.`,
            ]
          : [
              `Expand $g(x) = ${g.tex}$ first, up to $x^{${n - m}}$ (the factor $${xm.tex}$ raises every power by $${m}$): its derivatives at $0$ are $${derivs.join(",\\; ")}$, so $g(x) \\approx ${gTerms}$ (coefficients $g^{(j)}(0)/j!$).`,
              `Multiply by $${xm.tex}$: $${f.tex} \\approx ${xm.tex}\\big(${gTerms}\\big)$.`,
              `Expand and keep the terms up to $x^{${n}}$: $${answer.tex}$.`,
            ];
      return {
        data: d,
        prompt: `Find the Maclaurin polynomial of degree $${n}$ of $f(x) = ${f.tex}$, that is its Taylor polynomial about $x = 0$ with all terms up to $x^{${n}}$ and none above. Give it as a polynomial in $x$ with exact coefficients, e.g. \`1 + 2x - x^2/2\`.`,
        answer: answer.text,
        solution,
        hints: [
          "The coefficient of $x^j$ is $f^{(j)}(0)/j!$ — do not forget to divide by the factorial.",
          m === 0 ? "Differentiate a few times and look for the pattern; each derivative of $g(kx)$ brings out another factor $k$." : `Expand the non-polynomial factor first, then multiply by $${xm.tex}$ and drop anything above $x^{${n}}$.`,
        ],
        policy: { form: { maxDegree: n } },
      };
    }
  },
  mistakes: [
    {
      tag: "forgot-factorials",
      feedback: "You used the derivatives $f^{(j)}(0)$ as coefficients. Divide each by $j!$: the coefficient of $x^j$ is $f^{(j)}(0)/j!$.",
      wrong: (p) => poly(coefs(p.data, p.data.n, { noFactorial: true })).text,
    },
    {
      tag: "term-above-degree",
      feedback: (p) => `You included a term above $x^{${p.data.n}}$. The question asks for the polynomial of degree $${p.data.n}$: stop at the $x^{${p.data.n}}$ term.`,
      wrong: (p) => poly(coefs(p.data, nextDegree(p.data))).text,
    },
    {
      tag: "wrong-sign-pattern",
      feedback: (p) =>
        p.data.family === "ln"
          ? "The signs of $\\ln(1 + x) = x - x^2/2 + x^3/3 - \\dots$ alternate: each derivative of $1/(1+x)$ flips the sign."
          : "The signs of the sine and cosine series alternate: $\\sin x = x - x^3/6 + \\dots$ and $\\cos x = 1 - x^2/2 + \\dots$, because the derivatives cycle $\\sin, \\cos, -\\sin, -\\cos$. Your signs are those of $\\sinh$/$\\cosh$.",
      wrong: (p) => (ALT.includes(p.data.family) ? poly(coefs(p.data, p.data.n, { alternate: false })).text : null),
    },
    {
      tag: "chain-factor-not-raised",
      feedback: (p) => `Each derivative of $g(${p.data.k}x)$ brings out another factor $${p.data.k}$, so the coefficient of $x^j$ carries $${p.data.k}^j$, not just $${p.data.k}$.`,
      wrong: (p) => (Math.abs(p.data.k) > 1 ? poly(coefs(p.data, p.data.n, { kOnce: true })).text : null),
    },
  ],
  notes: {
    body: `A **Maclaurin polynomial** approximates a function near $x = 0$ by the polynomial that matches its value and its first $n$ derivatives there:
$$f(x) \\approx f(0) + f'(0)\\,x + \\frac{f''(0)}{2!}x^2 + \\dots + \\frac{f^{(n)}(0)}{n!}x^n.$$
The factorials undo the factors that differentiating $x^j$ brings down, so the $j$-th derivative of the polynomial at $0$ equals $f^{(j)}(0)$.

Why it matters for machine learning: cheap polynomial approximations are everywhere — $e^x \\approx 1 + x$ and $\\ln(1 + x) \\approx x$ explain why small learning-rate updates behave linearly, second-order expansions justify Newton's method, and activation functions like GELU are implemented with series-based approximations.

Example: for $f(x) = e^{2x}$, $f^{(j)}(0) = 2^j$, so up to degree 3
$$e^{2x} \\approx 1 + 2x + \\frac{4}{2}x^2 + \\frac{8}{6}x^3 = 1 + 2x + 2x^2 + \\tfrac{4}{3}x^3.$$`,
  },
});
