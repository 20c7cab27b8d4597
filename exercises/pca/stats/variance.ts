// pca.stats.variance — population variance (1/N)Σ(xₙ − μ)² of 4–8 integers, as an exact fraction.
import { Q, sqrtQ } from "@/lib/math";
import { defineSkill } from "../../define";
import { paren } from "../../tex";
import { varianceQ } from "../shared";

type Data = { x: number[] };

const meanOf = (x: number[]) => Q.of(x.reduce((s, v) => s + v, 0), x.length);

export default defineSkill<Data>({
  id: "pca.stats.variance",
  version: 1,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    // Level 1: 4–6 values with an integer mean; level 2: 5–8 values, mean a whole or half number.
    const N = level === 1 ? rng.int(4, 6) : rng.int(5, 8);
    let x: number[];
    do {
      x = Array.from({ length: N }, () => rng.int(-4, 10));
    } while (new Set(x).size < 3 || Number(Q.den(meanOf(x))) > (level === 1 ? 1 : 2) || Q.eq(varianceQ(x), 1));
    const mu = meanOf(x);
    const devs = x.map((v) => Q.sub(v, mu));
    const sq = devs.map((d) => d.mul(d));
    const total = sq.reduce((s, v) => s.add(v), Q.zero);
    const variance = varianceQ(x);
    const muTex = Q.toLatex(mu);
    return {
      data: { x },
      prompt: `Compute the variance of the data $${x.join(",\\ ")}$ using the population formula $\\operatorname{Var}[x] = \\frac{1}{N}\\sum_n (x_n - \\mu)^2$ (divide by $N$, as in this course). Give an exact answer (a fraction if needed).`,
      answer: Q.toString(variance),
      solution: [
        `The mean is $\\mu = \\frac{${x.reduce((s, v) => s + v, 0)}}{${N}} = ${muTex}$.`,
        `The deviations $x_n - \\mu$ are $${devs.map((d) => Q.toLatex(d)).join(",\\ ")}$; their squares are $${sq.map((d) => Q.toLatex(d)).join(",\\ ")}$.`,
        `The squares add up to $${Q.toLatex(total)}$, so $\\operatorname{Var}[x] = \\frac{1}{${N}}\\cdot ${paren(Q.toLatex(total))} = ${Q.toLatex(variance)}$.`,
      ],
      hints: ["Find the mean first, then the squared distance of each value from it.", `Average the squared deviations: divide their sum by $N = ${N}$.`],
    };
  },
  mistakes: [
    {
      tag: "used-n-minus-1",
      feedback: "You divided by $N-1$ (the sample variance). This course uses the population variance: divide the sum of squared deviations by $N$.",
      wrong: (p) => Q.toString(varianceQ(p.data.x, p.data.x.length - 1)),
    },
    {
      tag: "forgot-to-square",
      feedback: "You averaged the distances $|x_n - \\mu|$ without squaring them. The variance averages the squared deviations $(x_n - \\mu)^2$.",
      wrong: (p) => {
        const mu = meanOf(p.data.x);
        return Q.toString(p.data.x.reduce((s, v) => s.add(Q.abs(Q.sub(v, mu))), Q.zero).div(Q.of(p.data.x.length)));
      },
    },
    {
      tag: "deviations-sum-to-zero",
      feedback: "The plain deviations $x_n - \\mu$ always add up to $0$. Square each deviation before adding.",
      wrong: () => "0",
    },
    {
      tag: "gave-standard-deviation",
      feedback: "That is the standard deviation $\\sqrt{\\operatorname{Var}[x]}$. The variance is its square: do not take the square root.",
      wrong: (p) => sqrtQ(varianceQ(p.data.x)).toString(),
    },
    {
      tag: "forgot-to-centre",
      feedback: "You averaged the squares $x_n^2$ without subtracting the mean. Use $(x_n - \\mu)^2$ (or subtract $\\mu^2$ from the mean of the squares).",
      wrong: (p) => Q.toString(Q.of(p.data.x.reduce((s, v) => s + v * v, 0), p.data.x.length)),
    },
  ],
  notes: {
    body: `The **variance** of one-dimensional data measures its spread around the mean $\\mu$: the average squared deviation,
$$\\operatorname{Var}[x] = \\frac{1}{N}\\sum_{n=1}^{N} (x_n - \\mu)^2 = \\frac{1}{N}\\sum_n x_n^2 - \\mu^2 .$$
This course divides by $N$ (the population variance). Statistics texts often divide by $N-1$ to estimate a larger population's variance from a sample; for PCA on a fixed dataset either only rescales everything, but answers here use $1/N$. The square root of the variance is the standard deviation.

Why it matters for machine learning: variance is the quantity PCA keeps — the first principal component is the direction along which the projected data have the largest variance — and features are often standardised by their standard deviation before training.

Example: for $1, 3, 4, 8$ the mean is $4$, the deviations $-3, -1, 0, 4$, the squares $9, 1, 0, 16$, and $\\operatorname{Var} = 26/4 = 13/2$.`,
  },
});
