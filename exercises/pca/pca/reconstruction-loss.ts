// pca.pca.reconstruction-loss — average squared reconstruction error of a rank-M PCA = sum of the
// discarded covariance eigenvalues: from given eigenvalues (level 1) or from a 2-D dataset built
// backwards from its principal directions, with M = 1 (level 2).
import { matLatex, Q } from "@/lib/math";
import { defineSkill } from "../../define";
import { covQ, dataLatex, pcaDataset, symEigen2 } from "../shared";

type Data = { eigenvalues: number[] | null; X: number[][] | null; M: number };

const desc = (xs: number[]) => [...xs].sort((a, b) => b - a);
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
/** Covariance eigenvalues of 2-D data, exactly, largest first. */
function dataEigen(X: number[][], denom = X.length) {
  const C = covQ(X, denom);
  return { C, lambdas: symEigen2(covQ(X)).lambdas.map((l) => l.mul(Q.of(X.length, denom))) };
}

export default defineSkill<Data>({
  id: "pca.pca.reconstruction-loss",
  version: 1,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    if (level === 1) {
      const d = rng.int(3, 5);
      let eig: number[];
      do eig = rng.shuffle(Array.from(new Set(Array.from({ length: d }, () => rng.int(1, 20)))));
      while (eig.length < d);
      const M = rng.int(1, d - 1);
      const sorted = desc(eig);
      const loss = sum(sorted.slice(M));
      return {
        data: { eigenvalues: eig, X: null, M },
        prompt: `A dataset's covariance matrix has eigenvalues $${eig.join(",\\ ")}$. PCA keeps the top $M = ${M}$ principal component${M > 1 ? "s" : ""}. What is the average squared reconstruction error $\\frac{1}{N}\\sum_n \\lVert\\mathbf{x}_n - \\tilde{\\mathbf{x}}_n\\rVert^2$?`,
        answer: String(loss),
        solution: [
          `Sorted decreasingly: $${sorted.join(" \\ge ")}$. PCA keeps the first $${M}$.`,
          `The average squared reconstruction error equals the sum of the discarded eigenvalues (the variance in the directions thrown away): $${sorted.slice(M).join(" + ")} = ${loss}$.`,
        ],
        hints: ["The error comes from the directions PCA discards; each contributes its eigenvalue (the variance along it).", "Sort the eigenvalues; keep the largest $M$ and add up the rest."],
      };
    }
    const ds = pcaDataset(rng, rng.int(4, 6));
    const { C, lambdas } = dataEigen(ds.X);
    return {
      data: { eigenvalues: null, X: ds.X, M: 1 },
      prompt: `PCA with $M = 1$ component is applied to the dataset below (one observation per row, $1/N$ covariance as in this course). What is the average squared reconstruction error $\\frac{1}{N}\\sum_n \\lVert\\mathbf{x}_n - \\tilde{\\mathbf{x}}_n\\rVert^2$? Give an exact answer.
$$X = ${dataLatex(ds.X)}$$`,
      answer: Q.toString(lambdas[1]),
      solution: [
        `The covariance matrix is $C = ${matLatex(C)}$.`,
        `Its eigenvalues solve $\\lambda^2 - ${Q.toLatex(C[0][0].add(C[1][1]))}\\lambda + ${Q.toLatex(C[0][0].mul(C[1][1]).sub(C[0][1].mul(C[0][1])))} = 0$: $\\lambda_1 = ${Q.toLatex(lambdas[0])}$, $\\lambda_2 = ${Q.toLatex(lambdas[1])}$.`,
        `Keeping one component discards the direction of $\\lambda_2$, so the average squared reconstruction error is $\\lambda_2 = ${Q.toLatex(lambdas[1])}$.`,
      ],
      hints: ["Compute the covariance matrix and its two eigenvalues.", "The loss of a rank-$M$ PCA is the sum of the eigenvalues it discards."],
    };
  },
  mistakes: [
    {
      tag: "summed-kept",
      feedback: "You added the eigenvalues PCA keeps — that is the variance it explains. The reconstruction error is the variance it discards: the sum of the remaining (smallest) eigenvalues.",
      wrong: (p) => (p.data.eigenvalues ? String(sum(desc(p.data.eigenvalues).slice(0, p.data.M))) : Q.toString(dataEigen(p.data.X!).lambdas[0])),
    },
    {
      tag: "discarded-largest",
      feedback: "You discarded the largest eigenvalues. PCA keeps the directions of largest variance, so the error is the sum of the smallest eigenvalues.",
      wrong: (p) => (p.data.eigenvalues ? String(sum(desc(p.data.eigenvalues).slice(0, p.data.eigenvalues.length - p.data.M))) : null),
    },
    {
      tag: "gave-total-variance",
      feedback: "That is the total variance (the sum of all eigenvalues), the error of keeping no components at all. Subtract what the kept components explain.",
      wrong: (p) => (p.data.eigenvalues ? String(sum(p.data.eigenvalues)) : Q.toString(dataEigen(p.data.X!).lambdas.reduce((s, l) => s.add(l), Q.zero))),
    },
    {
      tag: "used-n-minus-1",
      feedback: "You used the $1/(N-1)$ covariance. This course uses $1/N$, which is also what makes the average reconstruction error equal the discarded eigenvalue exactly.",
      wrong: (p) => (p.data.X ? Q.toString(dataEigen(p.data.X).lambdas[1].mul(Q.of(p.data.X.length, p.data.X.length - 1))) : null),
    },
  ],
  notes: {
    body: `PCA with $M$ components reconstructs each centred point from its projection onto the top $M$ principal directions. The average squared reconstruction error is exactly the variance in the directions left out:
$$J_M = \\frac{1}{N}\\sum_{n=1}^N \\lVert\\mathbf{x}_n - \\tilde{\\mathbf{x}}_n\\rVert^2 = \\sum_{j = M+1}^{D} \\lambda_j ,$$
the sum of the discarded covariance eigenvalues ($1/N$ normalisation). This is why PCA keeps the largest eigenvalues: it minimises $J_M$ over all $M$-dimensional subspaces. Equivalently, $J_M = \\operatorname{tr}(C) - (\\lambda_1 + \\dots + \\lambda_M)$.

Why it matters for machine learning: $J_M$ tells you how much information a compression loses before you run it, and plotting $J_M$ against $M$ guides the choice of dimension.

Example: eigenvalues $9, 4, 2, 1$ and $M = 2$: the error is $2 + 1 = 3$, out of a total variance of $16$.`,
  },
});
