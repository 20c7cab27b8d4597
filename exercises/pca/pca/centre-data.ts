// pca.pca.centre-data — subtract each feature's mean (level 1), or z-score each feature by its
// mean and 1/N standard deviation (level 2, columns built so the standard deviations are whole).
import { matLatex, matText, Q, type Rational, sqrtQ } from "@/lib/math";
import { defineSkill } from "../../define";
import type { Rng } from "../../rng";
import { dataLatex, meanQ } from "../shared";

type Data = { X: number[][]; standardise: boolean };

/** Zero-sum integer deviations whose 1/N variance is a perfect square (so z-scores are fractions). */
function niceDeviations(rng: Rng, N: number): { d: number[]; sd: number } {
  // One scratch array for the many tries (same draws and sums as a fresh array per try).
  const d = new Array<number>(N);
  for (;;) {
    let sum = 0;
    for (let i = 0; i < N - 1; i++) sum += d[i] = rng.int(-4, 4);
    d[N - 1] = -sum;
    let ss = 0;
    for (let i = 0; i < N; i++) ss += d[i] * d[i];
    if (Math.abs(d[N - 1]) > 5 || ss === 0 || ss % N !== 0) continue;
    const sd = Math.round(Math.sqrt(ss / N));
    if (sd * sd === ss / N && sd > 1) return { d: rng.shuffle(d), sd };
  }
}

const centred = (X: number[][]) => {
  const mu = meanQ(X);
  return X.map((r) => r.map((x, j) => Q.sub(x, mu[j])));
};
const variances = (X: number[][]) => {
  const C = centred(X);
  return X[0].map((_, j) => C.reduce((s, r) => s.add(r[j].mul(r[j])), Q.zero).div(Q.of(X.length)));
};
const scaled = (X: number[][], by: (j: number) => Rational) => centred(X).map((r) => r.map((x, j) => x.div(by(j))));
const sdOf = (X: number[][]) => variances(X).map((v) => sqrtQ(v));

export default defineSkill<Data>({
  id: "pca.pca.centre-data",
  version: 1,
  levels: [1, 2],
  expects: "matrix",
  build(rng, level) {
    const standardise = level === 2;
    const N = level === 1 ? rng.int(3, 5) : 4;
    let X: number[][];
    do {
      if (standardise) {
        const cols = [0, 1].map(() => {
          const { d } = niceDeviations(rng, N);
          const m = rng.int(-3, 6);
          return d.map((x) => x + m);
        });
        X = cols[0].map((_, i) => [cols[0][i], cols[1][i]]);
      } else {
        X = Array.from({ length: N }, () => [rng.int(-3, 9), rng.int(-3, 9)]);
        const s = [0, 1].map((j) => X.reduce((t, r) => t + r[j], 0));
        X[N - 1] = X[N - 1].map((x, j) => x - (((s[j] % N) + N) % N));
      }
    } while (new Set(X.map(String)).size < N || variances(X).some((v) => Q.isZero(v)) || Q.eq(meanQ(X)[0], meanQ(X)[1]));
    const mu = meanQ(X);
    const C = centred(X);
    const sd = sdOf(X);
    const Z = scaled(X, (j) => sd[j].k);
    return {
      data: { X, standardise },
      prompt: standardise
        ? `Standardise the dataset below (one observation per row): subtract each feature's mean and divide by its standard deviation, using the $1/N$ variance as in this course. Give the $z$-scored data matrix as \`[[…], […], …]\` with exact fractions.
$$X = ${dataLatex(X)}$$`
        : `Centre the dataset below (one observation per row) by subtracting each feature's mean. Give the centred data matrix as \`[[…], […], …]\`, one row per observation.
$$X = ${dataLatex(X)}$$`,
      answer: matText(standardise ? Z : C),
      solution: [
        `The feature means (column means) are $\\mu_1 = ${Q.toLatex(mu[0])}$ and $\\mu_2 = ${Q.toLatex(mu[1])}$.`,
        `Subtract $\\mu_1$ from the first column and $\\mu_2$ from the second: $${matLatex(C)}$.`,
        ...(standardise
          ? [
              `Variances ($1/N$): $\\sigma_1^2 = ${Q.toLatex(variances(X)[0])}$, $\\sigma_2^2 = ${Q.toLatex(variances(X)[1])}$, so the standard deviations are $\\sigma_1 = ${sd[0].toLatex()}$ and $\\sigma_2 = ${sd[1].toLatex()}$.`,
              `Divide each centred column by its standard deviation: $${matLatex(Z)}$. Each column now has mean $0$ and variance $1$.`,
            ]
          : [`Check: each column of the centred data adds up to $0$.`]),
      ],
      hints: ["Work column by column: each feature has its own mean.", ...(standardise ? ["Divide by the standard deviation $\\sigma_j = \\sqrt{\\operatorname{Var}}$, not by the variance."] : ["After centring, every column sums to zero."])],
    };
  },
  mistakes: [
    {
      tag: "subtracted-overall-mean",
      feedback: "You subtracted one overall mean (of all the numbers) from both columns. Each feature has its own mean: subtract $\\mu_1$ from the first column and $\\mu_2$ from the second.",
      wrong: (p) => {
        if (p.data.standardise) return null;
        const all = Q.of(p.data.X.flat().reduce((a, b) => a + b, 0), p.data.X.flat().length);
        return matText(p.data.X.map((r) => r.map((x) => Q.sub(x, all))));
      },
    },
    {
      tag: "centred-rows",
      feedback: "You subtracted each row's average. Centring works per feature (per column): subtract the mean of each column from that column.",
      wrong: (p) => (p.data.standardise ? null : matText(p.data.X.map((r) => r.map((x) => Q.sub(x, Q.of(r[0] + r[1], 2)))))),
    },
    {
      tag: "divided-by-variance",
      feedback: "You divided by the variance. Standardising divides the centred values by the standard deviation, the square root of the variance.",
      wrong: (p) => (p.data.standardise ? matText(scaled(p.data.X, (j) => variances(p.data.X)[j])) : null),
    },
    {
      tag: "forgot-to-scale",
      feedback: "You centred the data but did not divide by the standard deviations. Standardising needs both steps, so that every feature ends with variance $1$.",
      wrong: (p) => (p.data.standardise ? matText(centred(p.data.X)) : null),
    },
    {
      tag: "used-sample-std",
      feedback: "You divided by the sample standard deviation (with $N-1$). This course uses the $1/N$ variance: $\\sigma_j^2 = \\frac{1}{N}\\sum_n (x_{nj} - \\mu_j)^2$.",
      wrong: (p) => {
        if (!p.data.standardise) return null;
        const N = p.data.X.length;
        const inv = variances(p.data.X).map((v) => sqrtQ(Q.inv(v.mul(Q.of(N, N - 1)))));
        return matText(centred(p.data.X).map((r) => r.map((x, j) => inv[j].scale(x))));
      },
    },
  ],
  notes: {
    body: `**Centring** subtracts each feature's mean, so the data cloud sits around the origin: $\\mathbf{x}_n \\mapsto \\mathbf{x}_n - \\boldsymbol{\\mu}$. **Standardising** (z-scoring) also divides each feature by its standard deviation,
$$z_{nj} = \\frac{x_{nj} - \\mu_j}{\\sigma_j}, \\qquad \\sigma_j^2 = \\frac{1}{N}\\sum_n (x_{nj} - \\mu_j)^2,$$
so every feature ends with mean $0$ and variance $1$. Both work column by column on a data matrix with one observation per row.

Why it matters for machine learning: PCA looks for directions of largest variance through the origin, so the data must be centred first. Standardising stops a feature measured in large units (metres vs millimetres, salary vs age) from dominating the principal components purely because of its scale; many learning algorithms train faster on standardised inputs.

Example: the column $2, 4, 6, 8$ has mean $5$ and variance $\\frac{9 + 1 + 1 + 9}{4} = 5$; centred it is $-3, -1, 1, 3$ and standardised $-3/\\sqrt{5}, -1/\\sqrt{5}, 1/\\sqrt{5}, 3/\\sqrt{5}$.`,
  },
});
