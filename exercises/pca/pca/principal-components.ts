// pca.pca.principal-components — the first principal direction (unit eigenvector of the largest
// covariance eigenvalue, accepted up to sign) and its variance, from a 2×2 covariance built as
// λ₂I + k w wᵀ (level 1) or from a 2-D dataset built backwards from its principal directions (level 2).
import { matLatex, Q, type Rational, vecLatex, vecText } from "@/lib/math";
import { defineSkill } from "../../define";
import type { Built } from "../../types";
import { covQ, dataLatex, firstPositive, niceCovariance, norm2, pcaDataset, symEigen2, unitSurds } from "../shared";

type Data = { C: number[][] | null; X: number[][] | null };

const answerText = (w: number[], lambda: Rational | number) => `v = ${vecText(unitSurds(w))}; lambda = ${Q.toString(Q.of(lambda))}`;
const unitNumbers = (w: number[]) => firstPositive(w).map((x) => x / Math.sqrt(norm2(w)));

/** The instance's covariance (exact), its eigenvalues and integer eigen-directions. */
function decompose(d: Data): { C: Rational[][]; lambdas: [Rational, Rational]; w: [number[], number[]] } {
  const C = d.C ? d.C.map((r) => r.map((x) => Q.of(x))) : covQ(d.X!);
  return { C, ...symEigen2(C) };
}

export default defineSkill<Data>({
  id: "pca.pca.principal-components",
  version: 1,
  levels: [1, 2],
  expects: "parts",
  parseOptions: { parts: { v: "vector", lambda: "number" } },
  policy: { parts: { v: { upToSign: true } } },
  build(rng, level): Built<Data> {
    const data: Data = level === 1 ? { C: niceCovariance(rng).C, X: null } : { C: null, X: pcaDataset(rng, rng.int(4, 6)).X };
    const { C, lambdas, w } = decompose(data);
    const [a, b, c] = [C[0][0], C[0][1], C[1][1]];
    const M = C.map((r, i) => r.map((x, j) => (i === j ? x.sub(lambdas[0]) : x)));
    const given = data.C
      ? `the covariance matrix $C = ${matLatex(data.C)}$ of a centred dataset`
      : `the dataset below (one observation per row; use the $1/N$ covariance, as in this course)`;
    return {
      data,
      prompt: `Find the first principal component of ${given}: the unit vector $\\mathbf{v}$ along which the data vary most (either sign is accepted), and the variance $\\lambda$ of the data along it. Give \`v = (…); lambda = …\` with exact entries such as \`sqrt(5)/5\`.${data.X ? `\n$$X = ${dataLatex(data.X)}$$` : ""}`,
      answer: answerText(w[0], lambdas[0]),
      numeric: { v: unitNumbers(w[0]), lambda: Q.toNumber(lambdas[0]) },
      solution: [
        ...(data.X ? [`The covariance matrix ($1/N$, after centring) is $C = ${matLatex(C)}$.`] : []),
        `The principal components are the eigenvectors of $C$, ordered by eigenvalue. Characteristic equation: $\\lambda^2 - ${Q.toLatex(a.add(c))}\\lambda + ${Q.toLatex(a.mul(c).sub(b.mul(b)))} = 0$ (trace and determinant of $C$), so $\\lambda_1 = ${Q.toLatex(lambdas[0])}$ and $\\lambda_2 = ${Q.toLatex(lambdas[1])}$.`,
        `For the largest, $C - \\lambda_1 I = ${matLatex(M)}$, whose null vectors are multiples of $${vecLatex(w[0])}$.`,
        `Normalise: $\\mathbf{v} = ${vecLatex(w[0])}/\\sqrt{${norm2(w[0])}} = ${vecLatex(unitSurds(w[0]))}$ (or its negative); the variance along it is $\\lambda_1 = ${Q.toLatex(lambdas[0])}$.`,
      ],
      hints: [
        data.X ? "Form the covariance matrix first (centre, then average the outer products with $1/N$)." : "The principal directions are the eigenvectors of the covariance matrix; the variances along them are the eigenvalues.",
        "Take the eigenvector of the largest eigenvalue and divide it by its length.",
      ],
    };
  },
  mistakes: [
    {
      tag: "smallest-eigenvalue",
      feedback: "You took the eigenvector of the smallest eigenvalue — the direction of least variance. The first principal component belongs to the largest eigenvalue.",
      wrong: (p) => {
        const { lambdas, w } = decompose(p.data);
        return answerText(w[1], lambdas[1]);
      },
    },
    {
      tag: "did-not-normalise",
      feedback: "Your direction is right but not a unit vector. Divide the eigenvector by its length so that $\\lVert\\mathbf{v}\\rVert = 1$.",
      wrong: (p) => {
        const { lambdas, w } = decompose(p.data);
        return `v = ${vecText(w[0])}; lambda = ${Q.toString(lambdas[0])}`;
      },
    },
    {
      tag: "used-n-minus-1",
      feedback: "Your variance uses the $1/(N-1)$ covariance. This course uses $1/N$: the variance along $\\mathbf{v}$ is the largest eigenvalue of $\\frac{1}{N}\\sum_n (\\mathbf{x}_n - \\boldsymbol{\\mu})(\\mathbf{x}_n - \\boldsymbol{\\mu})^\\top$.",
      wrong: (p) => {
        if (!p.data.X) return null;
        const { lambdas, w } = decompose(p.data);
        const N = p.data.X.length;
        return answerText(w[0], lambdas[0].mul(Q.of(N, N - 1)));
      },
    },
  ],
  notes: {
    body: `**Principal component analysis** finds the orthonormal directions along which centred data vary most. The variance of the data projected onto a unit vector $\\mathbf{v}$ is $\\mathbf{v}^\\top C\\mathbf{v}$, where $C$ is the covariance matrix; maximising it subject to $\\lVert\\mathbf{v}\\rVert = 1$ (with a Lagrange multiplier) gives
$$C\\mathbf{v} = \\lambda\\mathbf{v}, \\qquad \\mathbf{v}^\\top C\\mathbf{v} = \\lambda .$$
So the principal components are the unit eigenvectors of $C$, ordered by eigenvalue, and each eigenvalue is the variance captured along its direction. A unit eigenvector is defined only up to sign: $\\mathbf{v}$ and $-\\mathbf{v}$ describe the same axis.

Why it matters for machine learning: PCA compresses data (keep the top $M$ directions), removes noise, decorrelates features and visualises high-dimensional data in 2-D. It is the linear autoencoder with the smallest reconstruction error.

Example: $C = \\begin{pmatrix}2 & 1\\\\ 1 & 2\\end{pmatrix}$ has eigenvalues $3$ and $1$; for $\\lambda = 3$, $C - 3I = \\begin{pmatrix}-1 & 1\\\\ 1 & -1\\end{pmatrix}$ gives $(1, 1)$, so $\\mathbf{v} = (1/\\sqrt{2}, 1/\\sqrt{2})$ with variance $3$.`,
  },
});
