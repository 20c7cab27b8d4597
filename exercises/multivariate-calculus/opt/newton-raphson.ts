// mc.opt.newton-raphson — x_{n+1} = x_n − f(x_n)/f'(x_n) for a cubic, x² − k (a square root) or a
// simple transcendental equation (e^x = k, x = cos x, e^{−x} = x, ln x + x = k) from an integer
// start: x₁ at level 1, x₂ at level 2, accepted to 4 significant figures.
import { Q, type Rational } from "@/lib/math";
import { defineSkill } from "../../define";
import type { Rng } from "../../rng";
import { polyW } from "../taylor/functions";

type Family = "cubic" | "sqrt" | "exp" | "cos" | "expneg" | "lnlin";
type Data = { f: string; vars: string[]; x0: number; family: Family; p: number[] };

export const PRECISION = { sigFigs: 4, relTol: 5e-4 };

interface Fn {
  tex: string;
  dTex: string;
  f: (x: number) => number;
  df: (x: number) => number;
  /** Exact f and f' on rationals, for polynomials. */
  exact?: { f: (x: Rational) => Rational; df: (x: Rational) => Rational };
}

const horner = (cs: number[], x: Rational): Rational => cs.reduceRight<Rational>((acc, c) => Q.add(Q.mul(acc, x), c), Q.zero);
const hornerN = (cs: number[], x: number): number => cs.reduceRight((acc, c) => acc * x + c, 0);
const dPoly = (cs: number[]): number[] => cs.slice(1).map((c, i) => c * (i + 1));

function fnOf(d: Data): Fn {
  const k = d.p[0];
  switch (d.family) {
    case "cubic":
    case "sqrt": {
      const cs = d.p;
      const ds = dPoly(cs);
      return {
        tex: polyW(cs).tex,
        dTex: polyW(ds).tex,
        f: (x) => hornerN(cs, x),
        df: (x) => hornerN(ds, x),
        exact: { f: (x) => horner(cs, x), df: (x) => horner(ds, x) },
      };
    }
    case "exp":
      return { tex: `e^{x} - ${k}`, dTex: "e^{x}", f: (x) => Math.exp(x) - k, df: (x) => Math.exp(x) };
    case "cos":
      return { tex: "x - \\cos x", dTex: "1 + \\sin x", f: (x) => x - Math.cos(x), df: (x) => 1 + Math.sin(x) };
    case "expneg":
      return { tex: "e^{-x} - x", dTex: "-e^{-x} - 1", f: (x) => Math.exp(-x) - x, df: (x) => -Math.exp(-x) - 1 };
    case "lnlin":
      return { tex: `\\ln x + x - ${k}`, dTex: "\\frac{1}{x} + 1", f: (x) => Math.log(x) + x - k, df: (x) => 1 / x + 1 };
  }
}

const TEXT: Record<Exclude<Family, "cubic" | "sqrt">, (k: number) => string> = {
  exp: (k) => `e^x - ${k}`,
  cos: () => "x - cos(x)",
  expneg: () => "e^(-x) - x",
  lnlin: (k) => `ln(x) + x - ${k}`,
};

type Rule = "newton" | "plus" | "flipped";

/** One step of the rule, exact when possible (rational x and a polynomial). */
function step(F: Fn, x: Rational | number, rule: Rule): Rational | number | null {
  if (typeof x !== "number" && F.exact) {
    const [fx, dfx] = [F.exact.f(x), F.exact.df(x)];
    if (Q.isZero(rule === "flipped" ? fx : dfx)) return null;
    const r = rule === "flipped" ? Q.div(dfx, fx) : Q.div(fx, dfx);
    return rule === "plus" ? Q.add(x, r) : Q.sub(x, r);
  }
  const xv = typeof x === "number" ? x : Q.toNumber(x);
  const [fx, dfx] = [F.f(xv), F.df(xv)];
  const r = rule === "flipped" ? dfx / fx : fx / dfx;
  const out = rule === "plus" ? xv + r : xv - r;
  return Number.isFinite(out) ? out : null;
}

/** Answer-language text of an iterate: the exact fraction when it is short, else 10 significant figures. */
function numText(x: Rational | number): string {
  if (typeof x !== "number") return Q.den(x) <= 1000n ? Q.toString(x) : Q.toNumber(x).toPrecision(10);
  return Math.abs(x - Math.round(x)) < 1e-12 ? String(Math.round(x)) : x.toPrecision(10);
}
const num = (x: Rational | number): number => (typeof x === "number" ? x : Q.toNumber(x));
const show = (x: Rational | number): string => {
  const t = numText(x);
  if (t.includes("/")) return `${Q.toLatex(Q.of(t))} \\approx ${+num(x).toPrecision(5)}`;
  return /^-?\d+$/.test(t) ? t : `${+num(x).toPrecision(6)}\\ldots`;
};

/** The iterates x1..xn under a rule, or null if a step divides by zero. */
function iterates(d: Data, steps: number, rule: Rule = "newton"): (Rational | number)[] | null {
  const F = fnOf(d);
  const xs: (Rational | number)[] = [];
  let x: Rational | number = F.exact ? Q.of(d.x0) : d.x0;
  for (let i = 0; i < steps; i++) {
    const nx = step(F, x, rule);
    if (nx === null) return null;
    xs.push(nx);
    x = nx;
  }
  return xs;
}

/** The last iterate asked for (x1 at level 1, x2 at level 2). */
const answerText = (xs: (Rational | number)[]): string => numText(xs[xs.length - 1]);

function pick(rng: Rng, level: number): Data {
  const base = { f: "", vars: ["x"] };
  const family = rng.pick(level === 1 ? (["cubic", "cubic", "sqrt", "exp", "lnlin"] as const) : (["cubic", "sqrt", "exp", "cos", "expneg", "lnlin"] as const));
  switch (family) {
    case "cubic":
      return { ...base, family, x0: rng.int(-3, 3), p: [rng.int(-6, 6), rng.int(-5, 5), rng.int(-2, 2), 1] };
    case "sqrt": {
      const k = rng.pick([2, 3, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20]);
      return { ...base, family, x0: Math.round(Math.sqrt(k)), p: [-k, 0, 1] };
    }
    case "exp":
      return { ...base, family, x0: rng.int(1, 2), p: [rng.int(2, 6)] };
    case "cos":
      return { ...base, family, x0: rng.int(0, 1), p: [] };
    case "expneg":
      return { ...base, family, x0: rng.int(0, 1), p: [] };
    case "lnlin":
      return { ...base, family, x0: rng.int(1, 2), p: [rng.int(2, 4)] };
  }
}

export default defineSkill<Data>({
  id: "mc.opt.newton-raphson",
  version: 1,
  levels: [1, 2],
  expects: "number",
  policy: PRECISION,
  build(rng, level) {
    for (;;) {
      const d = pick(rng, level);
      const F = fnOf(d);
      const xs = iterates(d, level);
      if (!xs) continue;
      const all = [d.x0, ...xs.map(num)];
      // no start on a root, no wild jump, no exact landing on a root (x2 would equal x1)
      if (all.some((x) => Math.abs(F.f(x)) < 1e-9 || Math.abs(F.df(x)) < 1e-9) || Math.abs(all[1] - d.x0) > 4 || Math.abs(all[1] - d.x0) < 0.05) continue;
      if (d.family === "lnlin" && all.some((x) => x <= 0)) continue;
      // each step makes progress (|f| falls): no overshooting instances
      if (all.slice(1).some((x, i) => Math.abs(F.f(x)) >= Math.abs(F.f(all[i])))) continue;
      d.f = d.family === "cubic" || d.family === "sqrt" ? polyW(d.p).text : TEXT[d.family](d.p[0]);
      const lines = xs.map((x, i) => {
        const prev = i === 0 ? d.x0 : num(xs[i - 1]);
        const fx = +F.f(prev).toPrecision(6);
        const dfx = +F.df(prev).toPrecision(6);
        return `$x_${i + 1} = x_${i} - \\frac{f(x_${i})}{f'(x_${i})} = ${+prev.toPrecision(6)} - \\frac{${fx}}{${dfx}} = ${show(x)}$.`;
      });
      const ask = level === 1 ? "$x_1$" : "$x_2$ (two steps)";
      return {
        data: d,
        prompt: `Apply the Newton–Raphson method to $f(x) = ${F.tex}$ starting from $x_0 = ${d.x0}$. Give ${ask} to 4 significant figures (or exactly).`,
        answer: answerText(xs),
        solution: [`$f'(x) = ${F.dTex}$; each step is $x_{n+1} = x_n - f(x_n)/f'(x_n)$.`, ...lines],
        hints: [
          "Follow the tangent line at $x_n$ down to the $x$-axis: $x_{n+1} = x_n - \\dfrac{f(x_n)}{f'(x_n)}$.",
          level === 2 ? "Use the unrounded $x_1$ (or at least 6 figures) for the second step." : "Evaluate $f$ and $f'$ at $x_0$ first.",
        ],
      };
    }
  },
  mistakes: [
    {
      tag: "added-step",
      feedback: "You added $f(x_n)/f'(x_n)$. Newton–Raphson subtracts it: $x_{n+1} = x_n - f(x_n)/f'(x_n)$.",
      wrong: (p) => { const xs = iterates(p.data, p.level, "plus"); return xs ? answerText(xs) : null; },
    },
    {
      tag: "used-f-prime-over-f",
      feedback: "You divided $f'$ by $f$. The step is $f(x_n)/f'(x_n)$ — the function value over the slope.",
      wrong: (p) => { const xs = iterates(p.data, p.level, "flipped"); return xs ? answerText(xs) : null; },
    },
    {
      tag: "gave-the-step",
      feedback: "That is the step $-f(x_0)/f'(x_0)$. Add it to $x_0$ to get $x_1$.",
      wrong: (p) => {
        if (p.level !== 1) return null;
        const xs = iterates(p.data, 1);
        return xs ? numText(typeof xs[0] === "number" ? xs[0] - p.data.x0 : Q.sub(xs[0], p.data.x0)) : null;
      },
    },
    {
      tag: "stopped-after-one-step",
      feedback: "That is $x_1$. Take a second step from $x_1$ to get $x_2$.",
      wrong: (p) => { if (p.level !== 2) return null; const xs = iterates(p.data, 1); return xs ? numText(xs[0]) : null; },
    },
  ],
  notes: {
    body: `**Newton–Raphson** finds a root of $f(x) = 0$ by repeatedly replacing $f$ with its tangent line and jumping to where the tangent crosses zero:
$$x_{n+1} = x_n - \\frac{f(x_n)}{f'(x_n)}.$$
Near a simple root it converges quadratically — the number of correct digits roughly doubles each step — but it can overshoot or fail where $f'(x_n)$ is close to $0$.

Why it matters for machine learning: applied to $f = L'$, the same update $w \\leftarrow w - L'(w)/L''(w)$ is Newton's method for minimisation, the second-order cousin of gradient descent used in logistic-regression solvers (IRLS) and behind quasi-Newton methods such as L-BFGS.

Example: $f(x) = x^2 - 2$, $x_0 = 1$: $x_1 = 1 - \\frac{-1}{2} = 1.5$, $x_2 = 1.5 - \\frac{0.25}{3} = 1.41\\overline{6}$, already close to $\\sqrt2 = 1.41421\\ldots$`,
  },
});
