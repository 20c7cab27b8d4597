// pca.stats.mean — the mean vector (1/N)Σxₙ of a small integer dataset, one observation per row.
import { Q, vecLatex, vecText } from "@/lib/math";
import { defineSkill } from "../../define";
import { dataLatex, meanQ } from "../shared";

type Data = { X: number[][] };

const sums = (X: number[][]) => X[0].map((_, j) => X.reduce((s, r) => s + r[j], 0));

export default defineSkill<Data>({
  id: "pca.stats.mean",
  version: 1,
  levels: [1, 2],
  expects: "vector",
  build(rng, level) {
    // Level 1: 3–5 points in 2-D with an integer mean; level 2: 4–6 points in 3-D, fractions allowed.
    const d = level === 1 ? 2 : 3;
    const N = level === 1 ? rng.int(3, 5) : rng.int(4, 6);
    let X: number[][];
    do {
      X = Array.from({ length: N }, () => Array.from({ length: d }, () => rng.int(-6, 9)));
      if (level === 1) {
        // the last point absorbs the remainders so every coordinate sum is a multiple of N
        const s = sums(X);
        X[N - 1] = X[N - 1].map((x, j) => x - (((s[j] % N) + N) % N));
      }
    } while (sums(X).every((s) => s === 0) || new Set(X.map(String)).size < N);
    const mu = meanQ(X);
    const s = sums(X);
    return {
      data: { X },
      prompt: `The dataset below has $N = ${N}$ observations of $${d}$ features, one per row. Compute its mean vector $\\boldsymbol{\\mu} = \\frac{1}{N}\\sum_n \\mathbf{x}_n$. Give it as \`(${d === 2 ? "a, b" : "a, b, c"})\`, with exact fractions where needed.
$$X = ${dataLatex(X)}$$`,
      answer: vecText(mu),
      solution: [
        `Add the observations coordinate by coordinate: $\\sum_n \\mathbf{x}_n = ${vecLatex(s)}$.`,
        `Divide by $N = ${N}$: $\\boldsymbol{\\mu} = \\frac{1}{${N}}${vecLatex(s)} = ${vecLatex(mu)}$.`,
      ],
      hints: ["Average each column of $X$ separately: the mean has one entry per feature.", `Divide each column sum by the number of observations, $N = ${N}$.`],
    };
  },
  mistakes: [
    {
      tag: "divided-by-n-minus-1",
      feedback: "You divided the sums by $N-1$. The mean divides by the number of observations $N$; $N-1$ only appears in the sample variance, and this course uses $1/N$ throughout.",
      wrong: (p) => vecText(sums(p.data.X).map((s) => Q.of(s, p.data.X.length - 1))),
    },
    {
      tag: "averaged-one-coordinate",
      feedback: "You averaged only the first coordinate. The mean of vector data is a vector: average every coordinate (every column of $X$) separately.",
      wrong: (p) => Q.toString(meanQ(p.data.X)[0]),
    },
    {
      tag: "pooled-coordinates",
      feedback: "You averaged all the numbers together into one value. Keep the features apart: the mean has one entry per column of $X$.",
      wrong: (p) => {
        const pooled = Q.of(p.data.X.flat().reduce((a, b) => a + b, 0), p.data.X.flat().length);
        // a number answer is matched to the first detector that fits, so stay apart from the one above
        return Q.eq(pooled, meanQ(p.data.X)[0]) ? null : Q.toString(pooled);
      },
    },
    {
      tag: "forgot-to-divide",
      feedback: "That is the sum of the observations. Divide it by $N$ to get the mean.",
      wrong: (p) => vecText(sums(p.data.X)),
    },
  ],
  notes: {
    body: `The **mean** of a dataset $\\mathbf{x}_1, \\dots, \\mathbf{x}_N$ is its average point,
$$\\boldsymbol{\\mu} = \\frac{1}{N}\\sum_{n=1}^{N} \\mathbf{x}_n,$$
computed one coordinate at a time. With the data stored as a matrix $X$ with one observation per row, $\\boldsymbol{\\mu}$ holds the column averages.

Why it matters for machine learning: the mean is the first summary of any dataset and the centre around which PCA works — data are centred ($\\mathbf{x}_n - \\boldsymbol{\\mu}$) before a covariance matrix is formed or principal directions are found. Feature normalisation, batch normalisation and many estimators start by subtracting a mean.

Example: the points $(1, 2), (3, 0), (5, 7)$ add up to $(9, 9)$, so $\\boldsymbol{\\mu} = \\frac{1}{3}(9, 9) = (3, 3)$.`,
  },
});
