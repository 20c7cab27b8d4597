// mc.taylor.linearisation — estimate f(a + δ) by the tangent line f(a) + f'(a)δ at a nice point:
// √9.3, e^0.2, ln 1.05, 1.02^5 (level 1); ∛27.6, 1/4.2, √15.2 with a step down (level 2). The
// estimate is an exact rational; the precision asked (5 s.f.) separates it from the true value.
import { withinTolerance } from "@/lib/answers";
import { Q, type Rational } from "@/lib/math";
import { defineSkill } from "../../define";

type Family = "sqrt" | "exp" | "ln" | "pow" | "cbrt" | "recip";
type Data = { f: string; vars: string[]; family: Family; a: number; delta: string; n?: number };

const POLICY = { sigFigs: 5, relTol: 1e-5 };

interface Lin {
  f: { text: string; tex: string };
  /** f' as a formula, f(a), f'(a). */
  dTex: string;
  fa: Rational;
  dfa: Rational;
  /** The true value f(a + δ) as a float, and how the quantity is written: √9.3. */
  exact: number;
  target: string;
}

const dec = (q: Rational): string => String(+Q.toNumber(q).toFixed(4));

function lin(d: Data): Lin {
  const delta = Q.of(d.delta);
  const x = dec(Q.add(d.a, delta));
  const xv = Q.toNumber(Q.add(d.a, delta));
  const a = d.a;
  switch (d.family) {
    case "sqrt": {
      const s = Math.round(Math.sqrt(a));
      return { f: { text: "sqrt(x)", tex: "\\sqrt{x}" }, dTex: "\\frac{1}{2\\sqrt{x}}", fa: Q.of(s), dfa: Q.of(1, 2 * s), exact: Math.sqrt(xv), target: `\\sqrt{${x}}` };
    }
    case "cbrt": {
      const s = Math.round(Math.cbrt(a));
      return { f: { text: "x^(1/3)", tex: "\\sqrt[3]{x}" }, dTex: "\\frac{1}{3x^{2/3}}", fa: Q.of(s), dfa: Q.of(1, 3 * s * s), exact: Math.cbrt(xv), target: `\\sqrt[3]{${x}}` };
    }
    case "exp":
      return { f: { text: "e^x", tex: "e^{x}" }, dTex: "e^{x}", fa: Q.one, dfa: Q.one, exact: Math.exp(xv), target: `e^{${x}}` };
    case "ln":
      return { f: { text: "ln(x)", tex: "\\ln x" }, dTex: "\\frac{1}{x}", fa: Q.zero, dfa: Q.one, exact: Math.log(xv), target: `\\ln ${x}` };
    case "pow":
      return { f: { text: `x^${d.n}`, tex: `x^{${d.n}}` }, dTex: `${d.n}x^{${d.n! - 1}}`, fa: Q.one, dfa: Q.of(d.n!), exact: xv ** d.n!, target: `${x}^{${d.n}}` };
    case "recip":
      return { f: { text: "1/x", tex: "\\frac{1}{x}" }, dTex: "-\\frac{1}{x^{2}}", fa: Q.of(1, a), dfa: Q.of(-1, a * a), exact: 1 / xv, target: `\\frac{1}{${x}}` };
  }
}

/** f(a) + s · f'(a) δ. */
const estimate = (d: Data, s = 1): Rational => {
  const L = lin(d);
  return Q.add(L.fa, Q.mul(s, Q.mul(L.dfa, d.delta)));
};

function pick(rng: import("../../rng").Rng, level: number): Data {
  const tenth = (lo: number, hi: number) => Q.toString(Q.of(rng.nonZeroInt(lo, hi), 10));
  const base = { f: "", vars: ["x"] };
  if (level === 1) {
    switch (rng.pick(["sqrt", "exp", "ln", "pow"] as const)) {
      case "sqrt":
        return { ...base, family: "sqrt", a: rng.int(2, 10) ** 2, delta: Q.toString(Q.of(rng.int(1, 9), 10)) };
      case "exp":
        return { ...base, family: "exp", a: 0, delta: tenth(-3, 3) };
      case "ln":
        return { ...base, family: "ln", a: 1, delta: Q.toString(Q.of(rng.nonZeroInt(-8, 8), 100)) };
      case "pow":
        return { ...base, family: "pow", a: 1, n: rng.int(3, 6), delta: Q.toString(Q.of(rng.nonZeroInt(-5, 5), 100)) };
    }
  }
  switch (rng.pick(["cbrt", "recip", "sqrt"] as const)) {
    case "cbrt":
      return { ...base, family: "cbrt", a: rng.int(2, 5) ** 3, delta: tenth(-9, 9) };
    case "recip":
      return { ...base, family: "recip", a: rng.pick([2, 4, 5, 10]), delta: tenth(-3, 3) };
    case "sqrt":
      return { ...base, family: "sqrt", a: rng.int(3, 12) ** 2, delta: Q.toString(Q.of(-rng.int(1, 9), 10)) };
  }
}

export default defineSkill<Data>({
  id: "mc.taylor.linearisation",
  version: 1,
  levels: [1, 2],
  expects: "number",
  policy: POLICY,
  build(rng, level) {
    for (;;) {
      const d = pick(rng, level);
      const L = lin(d);
      d.f = L.f.text;
      const est = estimate(d);
      // the true value must not pass for the estimate at the precision asked
      if (withinTolerance(L.exact, Q.toNumber(est), POLICY)) continue;
      const delta = Q.of(d.delta);
      const dTex = dec(delta);
      const step = `${Q.sign(L.dfa) < 0 ? "-" : "+"} ${Q.toLatex(Q.abs(L.dfa))} \\cdot ${Q.sign(delta) < 0 ? `(${dTex})` : dTex}`;
      const estDec = Q.isInteger(Q.mul(est, 1000000)) ? `= ${+Q.toNumber(est).toFixed(6)}` : `\\approx ${+Q.toNumber(est).toPrecision(5)}`;
      return {
        data: d,
        prompt: `Use the linearisation (tangent line) of $f(x) = ${L.f.tex}$ at $a = ${d.a}$ to estimate $${L.target}$. Give the estimate exactly, as a fraction or a terminating decimal, or to 5 significant figures — the estimate, not the calculator value of $${L.target}$.`,
        answer: Q.toString(est),
        solution: [
          `The linearisation at $a$ is $L(x) = f(a) + f'(a)(x - a)$, here with $f'(x) = ${L.dTex}$.`,
          `$f(${d.a}) = ${Q.toLatex(L.fa)}$ and $f'(${d.a}) = ${Q.toLatex(L.dfa)}$; the step is $\\delta = ${dTex}$.`,
          `$${L.target} \\approx ${Q.toLatex(L.fa)} ${step} = ${Q.toLatex(est)} ${estDec}$ (the true value is $${+L.exact.toPrecision(6)}\\ldots$).`,
        ],
        hints: [
          `Write the number as $a + \\delta$ with $a = ${d.a}$, where $f$ and $f'$ are easy to evaluate.`,
          "$f(a + \\delta) \\approx f(a) + f'(a)\\,\\delta$; mind the sign of $\\delta$.",
        ],
      };
    }
  },
  mistakes: [
    {
      tag: "used-exact-value",
      feedback: "That is the calculator value. The question asks for the linear estimate $f(a) + f'(a)\\,\\delta$, which differs from it slightly.",
      wrong: (p) => lin(p.data).exact.toPrecision(10),
    },
    {
      tag: "wrong-sign-of-delta",
      feedback: (p) => `The step is $\\delta = ${dec(Q.of(p.data.delta))}$ (from $${p.data.a}$ to $${dec(Q.add(p.data.a, p.data.delta))}$); you used the opposite sign.`,
      wrong: (p) => Q.toString(estimate(p.data, -1)),
    },
    {
      tag: "forgot-slope",
      feedback: "You added $\\delta$ itself. The change in $f$ is the slope times the step: $f'(a)\\,\\delta$.",
      wrong: (p) => (Q.eq(lin(p.data).dfa, 1) ? null : Q.toString(Q.add(lin(p.data).fa, p.data.delta))),
    },
    {
      tag: "no-correction",
      feedback: "You gave $f(a)$. Add the first-order correction $f'(a)\\,\\delta$.",
      wrong: (p) => Q.toString(lin(p.data).fa),
    },
  ],
  notes: {
    body: `The **linearisation** of $f$ at $a$ is its tangent line, the degree-1 Taylor polynomial:
$$f(a + \\delta) \\approx f(a) + f'(a)\\,\\delta.$$
It is accurate when $\\delta$ is small; the error is about $\\tfrac12 f''(a)\\,\\delta^2$, so halving the step quarters the error.

Why it matters for machine learning: every gradient step trusts this approximation — the loss after a small step $\\boldsymbol\\delta$ is predicted to change by $\\nabla L \\cdot \\boldsymbol\\delta$, which is why a too-large learning rate, where the linear picture fails, makes training diverge.

Example: estimate $\\sqrt{4.1}$ with $f(x) = \\sqrt{x}$, $a = 4$: $f(4) = 2$, $f'(4) = \\frac{1}{4}$, so $\\sqrt{4.1} \\approx 2 + \\frac{1}{4}\\cdot 0.1 = 2.025$ (true value $2.02485\\ldots$).`,
  },
});
