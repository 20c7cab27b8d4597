// pca.stats.linear-transform — mean and covariance of y = A x + b: A μ + b and A Σ Aᵀ (b drops out).
import { matLatex, matText, vecLatex, vecText } from "@/lib/math";
import { defineSkill } from "../../define";
import { addVec, matMul, matVec, transpose } from "../../int-linalg";
import { spd } from "../shared";

type Data = { mu: number[]; Sigma: number[][]; A: number[][]; b: number[] };

const answerText = (mean: number[], cov: number[][]) => `mu = ${vecText(mean)}; Sigma = ${matText(cov)}`;
const newCov = ({ A, Sigma }: Data) => matMul(matMul(A, Sigma), transpose(A));
const newMean = ({ A, mu, b }: Data) => addVec(matVec(A, mu), b);

export default defineSkill<Data>({
  id: "pca.stats.linear-transform",
  version: 1,
  levels: [1, 2],
  expects: "parts",
  parseOptions: { parts: { mu: "vector", Sigma: "matrix" } },
  build(rng, level) {
    // Level 1: a 2×2 map of 2-D data; level 2: a 2×3 map taking 3-D data to 2-D (as PCA's codes do).
    const n = level === 1 ? 2 : 3;
    let data: Data;
    do {
      const A = rng.intMatrix(2, n, -2, 3);
      data = { mu: rng.intVector(n, -3, 4), Sigma: spd(rng, n), A, b: rng.intVector(2, -4, 4) };
    } while (data.A.some((r) => r.every((x) => x === 0)) || (n === 2 && data.A[0][0] * data.A[1][1] - data.A[0][1] * data.A[1][0] === 0) || (n === 2 && matText(data.A) === matText(transpose(data.A))));
    const { A, mu, Sigma, b } = data;
    const Amu = matVec(A, mu);
    const AS = matMul(A, Sigma);
    return {
      data,
      prompt: `A dataset has mean $\\boldsymbol{\\mu} = ${vecLatex(mu)}$ and covariance matrix $\\Sigma = ${matLatex(Sigma)}$. Every point is mapped to $\\mathbf{y} = A\\mathbf{x} + \\mathbf{b}$ with $A = ${matLatex(A)}$ and $\\mathbf{b} = ${vecLatex(b)}$. Give the mean and covariance matrix of the transformed data as \`mu = (…); Sigma = [[…], […]]\`.`,
      answer: answerText(newMean(data), newCov(data)),
      solution: [
        `The mean moves with the map: $\\mathbb{E}[A\\mathbf{x} + \\mathbf{b}] = A\\boldsymbol{\\mu} + \\mathbf{b} = ${vecLatex(Amu)} + ${vecLatex(b)} = ${vecLatex(newMean(data))}$.`,
        `The shift $\\mathbf{b}$ moves every point equally, so it does not change the spread: the covariance is $A\\Sigma A^\\top$.`,
        `$A\\Sigma = ${matLatex(AS)}$, and $(A\\Sigma)A^\\top = ${matLatex(newCov(data))}$.`,
      ],
      hints: ["The mean transforms exactly like a point; the covariance ignores the shift $\\mathbf{b}$.", "The new covariance is $A\\Sigma A^\\top$ — $A$ on the left, $A^\\top$ on the right."],
    };
  },
  mistakes: [
    {
      tag: "added-b-to-covariance",
      feedback: "The shift $\\mathbf{b}$ does not belong in the covariance: moving every point by the same vector leaves the spread unchanged. The covariance is just $A\\Sigma A^\\top$.",
      wrong: (p) => {
        const C = newCov(p.data);
        return answerText(newMean(p.data), C.map((r, i) => r.map((x, j) => x + p.data.b[i] * p.data.b[j])));
      },
    },
    {
      tag: "computed-at-sigma-a",
      feedback: "You computed $A^\\top\\Sigma A$. For $\\mathbf{y} = A\\mathbf{x}$ the covariance is $A\\Sigma A^\\top$: $A$ on the left, its transpose on the right.",
      wrong: (p) => (p.data.A.length === p.data.A[0].length ? answerText(newMean(p.data), matMul(matMul(transpose(p.data.A), p.data.Sigma), p.data.A)) : null),
    },
    {
      tag: "forgot-b-in-mean",
      feedback: "The mean also moves by the shift: it is $A\\boldsymbol{\\mu} + \\mathbf{b}$, not $A\\boldsymbol{\\mu}$.",
      wrong: (p) => answerText(matVec(p.data.A, p.data.mu), newCov(p.data)),
    },
    {
      tag: "forgot-right-factor",
      feedback: "You gave $A\\Sigma$. The covariance needs $A$ on both sides: $A\\Sigma A^\\top$ (each of the two factors $\\mathbf{y} - \\bar{\\mathbf{y}}$ in the outer product carries an $A$).",
      wrong: (p) => answerText(newMean(p.data), matMul(p.data.A, p.data.Sigma)),
    },
  ],
  notes: {
    body: `If every data point is sent through an affine map $\\mathbf{y} = A\\mathbf{x} + \\mathbf{b}$, the mean and covariance follow simple rules:
$$\\mathbb{E}[\\mathbf{y}] = A\\boldsymbol{\\mu} + \\mathbf{b}, \\qquad \\operatorname{Cov}[\\mathbf{y}] = A\\Sigma A^\\top .$$
The shift $\\mathbf{b}$ moves the whole cloud but not its shape, so it vanishes from the covariance; the matrix $A$ appears twice because the covariance is built from outer products $(\\mathbf{y} - \\bar{\\mathbf{y}})(\\mathbf{y} - \\bar{\\mathbf{y}})^\\top = A(\\mathbf{x} - \\boldsymbol{\\mu})(\\mathbf{x} - \\boldsymbol{\\mu})^\\top A^\\top$.

Why it matters for machine learning: PCA codes are such a map ($\\mathbf{z} = B^\\top(\\mathbf{x} - \\boldsymbol{\\mu})$), so their covariance is $B^\\top\\Sigma B$ — diagonal, with the eigenvalues on it. Whitening, standardisation and the reparameterisation of Gaussians ($\\mathbf{x} = \\boldsymbol{\\mu} + L\\mathbf{z}$) all use these two rules.

Example: $\\Sigma = \\begin{pmatrix}2 & 0\\\\ 0 & 1\\end{pmatrix}$ and $A = \\begin{pmatrix}1 & 1\\\\ 0 & 1\\end{pmatrix}$ give $A\\Sigma A^\\top = \\begin{pmatrix}3 & 1\\\\ 1 & 1\\end{pmatrix}$, whatever $\\mathbf{b}$ is.`,
  },
});
