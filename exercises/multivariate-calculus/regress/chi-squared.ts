// mc.regress.chi-squared — χ² = Σ((y_i − f(x_i))/σ_i)² for a given line f(x) = m x + c and data
// with uncertainties σ_i: 4 points with σ ∈ {1, 2} and an integer line (level 1); 5 points with
// σ ∈ {0.5, 1, 2, 3} and a slope that may be a half (level 2). Exact rational answer.
import { Q, type Rational } from "@/lib/math";
import { defineSkill } from "../../define";
import { PRECISION } from "../opt/newton-raphson";

/** X rows [x, y, σ] (σ as an exact string when not an integer); the model y = m x + c. */
type Data = { X: (number | string)[][]; m: number | string; c: number };

const rows = (d: Data) => d.X.map(([x, y, s]) => ({ x: x as number, y: y as number, s: Q.of(s) }));
const residual = (d: Data, x: number, y: number): Rational => Q.sub(y, Q.add(Q.mul(d.m, x), d.c));

/** Σ over points of a term built from the residual r and σ. */
const total = (d: Data, term: (r: Rational, s: Rational) => Rational): Rational =>
  rows(d).reduce<Rational>((acc, { x, y, s }) => Q.add(acc, term(residual(d, x, y), s)), Q.zero);

const chi2 = (d: Data) => total(d, (r, s) => Q.div(Q.mul(r, r), Q.mul(s, s)));
const dec = (q: Rational): string => String(+Q.toNumber(q).toPrecision(6));

export default defineSkill<Data>({
  id: "mc.regress.chi-squared",
  version: 1,
  levels: [1, 2],
  expects: "number",
  policy: PRECISION,
  build(rng, level) {
    for (;;) {
      const n = level === 1 ? 4 : 5;
      const m = level === 1 ? rng.nonZeroInt(-3, 3) : Q.toString(Q.of(rng.nonZeroInt(-5, 5), 2));
      const c = rng.int(-4, 4);
      const start = rng.int(0, 2);
      const sigmas = level === 1 ? ["1", "2"] : ["1/2", "1", "2", "3"];
      const d: Data = { X: [], m: typeof m === "number" ? m : Q.isInteger(Q.of(m)) ? Number(m) : m, c };
      d.X = Array.from({ length: n }, (_, i) => {
        const x = start + i;
        const fx = Q.add(Q.mul(d.m, x), c);
        // y an integer near the line: round the model value, then perturb
        const y = Math.round(Q.toNumber(fx)) + rng.int(-2, 2);
        const s = rng.pick(sigmas);
        return [x, y, Q.isInteger(Q.of(s)) ? Number(s) : s];
      });
      const rs = rows(d).map(({ x, y }) => residual(d, x, y));
      if (rs.filter((r) => !Q.isZero(r)).length < 3) continue;
      if (rows(d).every(({ s }) => Q.eq(s, 1))) continue; // σ must matter
      const chi = chi2(d);
      const model = `${d.m === 1 ? "" : d.m === -1 ? "-" : typeof d.m === "number" ? d.m : dec(Q.of(d.m))}x ${c < 0 ? "-" : "+"} ${Math.abs(c)}`;
      const terms = rows(d).map(({ s }, i) => `\\left(\\frac{${Q.toLatex(rs[i])}}{${dec(s)}}\\right)^2`);
      return {
        data: d,
        prompt: `The model $f(x) = ${model}$ is compared with data $(x_i, y_i)$ with uncertainties $\\sigma_i$: ${rows(d).map(({ x, y, s }) => `$(${x}, ${y}),\\ \\sigma = ${dec(s)}$`).join("; ")}. Compute $\\chi^2 = \\sum_i \\left(\\frac{y_i - f(x_i)}{\\sigma_i}\\right)^2$. Give it exactly or to 4 significant figures.`,
        answer: Q.toString(chi),
        solution: [
          `Model values $f(x_i)$: ${rows(d).map(({ x }) => `$${dec(Q.add(Q.mul(d.m, x), c))}$`).join(", ")}; residuals $y_i - f(x_i)$: ${rs.map((r) => `$${dec(r)}$`).join(", ")}.`,
          `Divide each residual by its $\\sigma_i$ and square: $\\chi^2 = ${terms.join(" + ")}$.`,
          `$\\chi^2 = ${rows(d).map(({ s }, i) => Q.toLatex(Q.div(Q.mul(rs[i], rs[i]), Q.mul(s, s)))).join(" + ")} = ${Q.toLatex(chi)}${Q.isInteger(chi) ? "" : ` = ${dec(chi)}`}$.`,
        ],
        hints: [
          "For each point: residual $y_i - f(x_i)$, divide by $\\sigma_i$, square; then add up.",
          "A point with a small $\\sigma$ counts more: dividing by $\\sigma = 0.5$ doubles the residual before squaring.",
        ],
      };
    }
  },
  mistakes: [
    {
      tag: "forgot-to-square",
      feedback: "You added the weighted residuals $(y_i - f(x_i))/\\sigma_i$ without squaring them. Square each one first, so that positive and negative misfits both count.",
      wrong: (p) => Q.toString(total(p.data, (r, s) => Q.div(r, s))),
    },
    {
      tag: "divided-by-sigma-not-squared",
      feedback: "You divided the squared residual by $\\sigma_i$. The whole ratio is squared: $\\left(\\frac{y_i - f(x_i)}{\\sigma_i}\\right)^2 = \\frac{(y_i - f(x_i))^2}{\\sigma_i^2}$.",
      wrong: (p) => Q.toString(total(p.data, (r, s) => Q.div(Q.mul(r, r), s))),
    },
    {
      tag: "ignored-sigma",
      feedback: "You added the squared residuals without the uncertainties. Divide each residual by its $\\sigma_i$ before squaring.",
      wrong: (p) => Q.toString(total(p.data, (r) => Q.mul(r, r))),
    },
    {
      tag: "multiplied-by-sigma",
      feedback: "You multiplied by $\\sigma_i$. Points with small uncertainty should count *more*: divide by $\\sigma_i$.",
      wrong: (p) => Q.toString(total(p.data, (r, s) => Q.mul(Q.mul(r, r), Q.mul(s, s)))),
    },
  ],
  notes: {
    body: `The **chi-squared** statistic measures how well a model $f$ fits data with known uncertainties $\\sigma_i$:
$$\\chi^2 = \\sum_i \\left(\\frac{y_i - f(x_i)}{\\sigma_i}\\right)^2.$$
Each residual is measured in units of its own uncertainty, so a precise point that misses counts heavily and a noisy point counts little. For a good fit, each term is about $1$ on average, so $\\chi^2$ is close to the number of data points.

Why it matters for machine learning: minimising $\\chi^2$ is weighted least squares, and it is exactly maximum likelihood under Gaussian noise — the origin of the mean-squared-error loss.

Example: $f(x) = 2x + 1$ and points $(0, 2)$ with $\\sigma = 1$, $(1, 2)$ with $\\sigma = 0.5$: residuals $1$ and $-1$, so $\\chi^2 = (1/1)^2 + (-1/0.5)^2 = 1 + 4 = 5$.`,
  },
});
