// pca.stats.covariance-matrix — the 2×2 covariance (1/N)Σ(xₙ − μ)(xₙ − μ)ᵀ of 3–6 integer points.
import { matLatex, matText, Q, type Rational } from "@/lib/math";
import { defineSkill } from "../../define";
import { covQ, dataLatex, meanQ } from "../shared";

type Data = { X: number[][] };

const offSign = (C: Rational[][]) => C.map((r, i) => r.map((x, j) => (i === j ? x : x.neg())));

export default defineSkill<Data>({
  id: "pca.stats.covariance-matrix",
  version: 1,
  levels: [1, 2],
  expects: "matrix",
  build(rng, level) {
    // Level 1: 3–4 points, level 2: 5–6; the mean is kept integer so centred data stay integers.
    const N = level === 1 ? rng.int(3, 4) : rng.int(5, 6);
    let X: number[][];
    let C: Rational[][];
    do {
      X = Array.from({ length: N }, () => [rng.int(-4, 8), rng.int(-4, 8)]);
      const s = [0, 1].map((j) => X.reduce((t, r) => t + r[j], 0));
      X[N - 1] = X[N - 1].map((x, j) => x - (((s[j] % N) + N) % N));
      C = covQ(X);
    } while (new Set(X.map(String)).size < N || Q.isZero(C[0][1]) || Q.isZero(C[0][0]) || Q.isZero(C[1][1]));
    const mu = meanQ(X);
    const centred = X.map((r) => r.map((x, j) => Q.sub(x, mu[j])));
    // "\frac{S}{N} = C", the sum over N before simplifying (S is an integer: the mean is integer)
    const over = (x: Rational) => {
      const S = Q.toNumber(x.mul(Q.of(N)));
      return `${S < 0 ? "-" : ""}\\frac{${Math.abs(S)}}{${N}}${Q.den(x) !== BigInt(N) ? ` = ${Q.toLatex(x)}` : ""}`;
    };
    const prods = (j: number, k: number) => centred.map((r) => Q.toLatex(r[j].mul(r[k]))).join(" + ").replace(/\+ -/g, "- ");
    return {
      data: { X },
      prompt: `Compute the covariance matrix $C = \\frac{1}{N}\\sum_n (\\mathbf{x}_n - \\boldsymbol{\\mu})(\\mathbf{x}_n - \\boldsymbol{\\mu})^\\top$ of the $N = ${N}$ points below (one per row). Use the $1/N$ normalisation of this course, not $1/(N-1)$. Give it as \`[[a, b], [c, d]]\` with exact fractions where needed.
$$X = ${dataLatex(X)}$$`,
      answer: matText(C),
      solution: [
        `The mean is $\\boldsymbol{\\mu} = (${mu.map(Q.toLatex).join(", ")})$. Subtract it from every point: the centred data are $${matLatex(centred)}$.`,
        `Variances: $C_{11} = \\frac{1}{${N}}(${centred.map((r) => `${Q.toLatex(r[0].mul(r[0]))}`).join(" + ")}) = ${over(C[0][0])}$ and $C_{22} = \\frac{1}{${N}}(${centred.map((r) => `${Q.toLatex(r[1].mul(r[1]))}`).join(" + ")}) = ${over(C[1][1])}$.`,
        `Covariance: $C_{12} = C_{21} = \\frac{1}{${N}}(${prods(0, 1)}) = ${over(C[0][1])}$ (products of the two centred coordinates of each point).`,
        `So $C = ${matLatex(C)}$.`,
      ],
      hints: ["Centre the data first: subtract the mean point from every point.", "Diagonal entries average the squared centred coordinates; the off-diagonal entry averages the products of the two centred coordinates. Divide by $N$."],
    };
  },
  mistakes: [
    {
      tag: "used-n-minus-1",
      feedback: "You divided by $N-1$ (the sample covariance). This course uses $1/N$: divide the sums of products by the number of points $N$.",
      wrong: (p) => matText(covQ(p.data.X, p.data.X.length - 1)),
    },
    {
      tag: "forgot-to-centre",
      feedback: "You averaged $\\mathbf{x}_n\\mathbf{x}_n^\\top$ without subtracting the mean. Centre the data first (or subtract $\\boldsymbol{\\mu}\\boldsymbol{\\mu}^\\top$ from the average of $\\mathbf{x}_n\\mathbf{x}_n^\\top$).",
      wrong: (p) => {
        const X = p.data.X;
        return matText([0, 1].map((j) => [0, 1].map((k) => Q.of(X.reduce((s, r) => s + r[j] * r[k], 0), X.length))));
      },
    },
    {
      tag: "off-diagonal-sign",
      feedback: "The off-diagonal entry has the wrong sign. It averages $(x_{n1} - \\mu_1)(x_{n2} - \\mu_2)$: keep the signs of the centred coordinates when multiplying.",
      wrong: (p) => matText(offSign(covQ(p.data.X))),
    },
    {
      tag: "zero-off-diagonal",
      feedback: "You left the off-diagonal entries at $0$. They hold the covariance of the two features, the average of the products of their centred values, which is not zero here.",
      wrong: (p) => {
        const C = covQ(p.data.X);
        return matText([[C[0][0], Q.zero], [Q.zero, C[1][1]]]);
      },
    },
  ],
  notes: {
    body: `The **covariance matrix** of data $\\mathbf{x}_1, \\dots, \\mathbf{x}_N$ with mean $\\boldsymbol{\\mu}$ is
$$C = \\frac{1}{N}\\sum_{n=1}^N (\\mathbf{x}_n - \\boldsymbol{\\mu})(\\mathbf{x}_n - \\boldsymbol{\\mu})^\\top .$$
Its diagonal holds the variance of each feature; entry $C_{ij}$ is the covariance of features $i$ and $j$ — positive when they tend to rise together, negative when one rises as the other falls. $C$ is symmetric and positive semi-definite. This course uses $1/N$; statistics software often defaults to $1/(N-1)$.

Why it matters for machine learning: PCA is the eigen-decomposition of $C$ — its eigenvectors are the principal directions and its eigenvalues the variances along them. Covariances also define Gaussian models and the Mahalanobis distance.

Example: the points $(0, 0), (2, 2), (4, 1)$ have mean $(2, 1)$, centred points $(-2, -1), (0, 1), (2, 0)$, so $C_{11} = \\frac{8}{3}$, $C_{22} = \\frac{2}{3}$, $C_{12} = \\frac{2}{3}$.`,
  },
});
