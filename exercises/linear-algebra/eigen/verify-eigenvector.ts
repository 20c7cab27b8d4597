// la.eigen.verify-eigenvector — is v an eigenvector of A (A v = λ v)? Answer its eigenvalue, or {}
// when it is not one. Half the seeds are eigenvectors.
import { matLatex, Q, vecLatex, vecText } from "@/lib/math";
import { defineSkill } from "../../define";
import { addVec, matVec, maxAbs, scale, transpose } from "../../int-linalg";
import { distinctInts, eigenMatrix, integerEigenvalues } from "./eigen-shared";

type Data = { A: number[][]; v: number[] };

/** Are a and b parallel (every 2×2 minor of [a b] zero)? */
const parallel = (a: number[], b: number[]) => a.every((x, i) => a.every((y, j) => x * b[j] === y * b[i]));

export default defineSkill<Data>({
  id: "la.eigen.verify-eigenvector",
  version: 1,
  levels: [1, 2],
  expects: "set",
  build(rng, level) {
    const n = level === 1 ? 2 : 3;
    const eigs = distinctInts(rng, n, -3, 4);
    const { A, P } = eigenMatrix(rng, eigs, n === 2 ? 9 : 12);
    const cols = transpose(P);
    const isEigen = rng.bool();
    let v: number[];
    let lambda = 0;
    do {
      const k = rng.pick(cols.map((_, i) => i));
      if (isEigen) {
        v = scale(rng.pick([1, -1, 2, -2]), cols[k]);
        lambda = eigs[k];
      } else {
        // a mix of two eigenvectors with different eigenvalues, or an eigenvector nudged by one unit
        const other = cols[(k + 1) % n];
        v = rng.bool() ? addVec(cols[k], scale(rng.pick([1, -1]), other)) : cols[k].map((x, i) => x + (i === rng.int(0, n - 1) ? rng.pick([1, -1]) : 0));
      }
    } while (v.every((x) => x === 0) || maxAbs(v) > 6 || (!isEigen && parallel(v, matVec(A, v))));
    const Av = matVec(A, v);
    const ratios = v.map((x, i) => (x === 0 ? (Av[i] === 0 ? "\\tfrac{0}{0}" : "\\text{undefined}") : Q.toLatex(Q.of(Av[i], x))));
    return {
      data: { A, v },
      prompt: `Let $A = ${matLatex(A)}$ and $\\mathbf{v} = ${vecLatex(v)}$. Is $\\mathbf{v}$ an eigenvector of $A$? If it is, give its eigenvalue $\\lambda$ (a number). If it is not, answer \`{}\` (the empty set: no eigenvalue).`,
      answer: isEigen ? `{${lambda}}` : "{}",
      solution: [
        `Compute $A\\mathbf{v} = ${vecLatex(Av)}$.`,
        isEigen
          ? `$A\\mathbf{v} = ${lambda}\\,\\mathbf{v}$: every entry of $A\\mathbf{v}$ is $${lambda}$ times the matching entry of $\\mathbf{v}$. So $\\mathbf{v}$ is an eigenvector with eigenvalue $\\lambda = ${lambda}$.`
          : `The entry-by-entry ratios $(A\\mathbf{v})_i / v_i$ are $${ratios.join(",\\ ")}$: not one common number, so $A\\mathbf{v}$ is not a multiple of $\\mathbf{v}$ and $\\mathbf{v}$ is not an eigenvector. Answer: $\\{\\}$.`,
      ],
      hints: ["$\\mathbf{v}$ is an eigenvector exactly when $A\\mathbf{v}$ is a multiple $\\lambda\\mathbf{v}$ of $\\mathbf{v}$.", "Compute $A\\mathbf{v}$ and compare it with $\\mathbf{v}$ entry by entry — all entries, not just the first."],
    };
  },
  mistakes: [
    {
      tag: "first-entry-ratio",
      feedback: "You compared only the first entries. $A\\mathbf{v}$ must be the same multiple of $\\mathbf{v}$ in every entry; here the ratios differ, so $\\mathbf{v}$ is not an eigenvector.",
      wrong: (p) => {
        const { A, v } = p.data;
        const Av = matVec(A, v);
        if (parallel(v, Av)) return null;
        const i = v.findIndex((x) => x !== 0);
        return `{${Q.toString(Q.of(Av[i], v[i]))}}`;
      },
    },
    {
      tag: "other-eigenvalue",
      feedback: "That is an eigenvalue of $A$, but not the one belonging to this $\\mathbf{v}$. Compute $A\\mathbf{v}$ and read off the factor $\\lambda$ with $A\\mathbf{v} = \\lambda\\mathbf{v}$.",
      wrong: (p) => {
        const { A, v } = p.data;
        const Av = matVec(A, v);
        if (!parallel(v, Av)) return null;
        const i = v.findIndex((x) => x !== 0);
        const other = integerEigenvalues(A).find((mu) => mu !== Av[i] / v[i]);
        return other === undefined ? null : `{${other}}`;
      },
    },
    {
      tag: "gave-av",
      feedback: "You gave the vector $A\\mathbf{v}$. The question asks for the number $\\lambda$ with $A\\mathbf{v} = \\lambda\\mathbf{v}$ (or $\\{\\}$ if there is none).",
      wrong: (p) => vecText(matVec(p.data.A, p.data.v)),
    },
  ],
  notes: {
    body: `An **eigenvector** of a square matrix $A$ is a non-zero vector whose direction $A$ does not change: it is only stretched, shrunk or flipped,
$$A\\mathbf{v} = \\lambda\\mathbf{v}.$$
The factor $\\lambda$ is its **eigenvalue**. To test a candidate, compute $A\\mathbf{v}$ and check that *every* entry is the same multiple of the matching entry of $\\mathbf{v}$.

Why it matters for machine learning: eigenvectors are the directions a linear map treats most simply. PCA's principal components are eigenvectors of the covariance matrix, PageRank is the eigenvector with eigenvalue 1 of a link matrix, and the eigenvalues of a Hessian tell whether a point is a minimum, maximum or saddle.

Example: $A = \\begin{pmatrix}2 & 1\\\\ 1 & 2\\end{pmatrix}$, $\\mathbf{v} = (1, 1)$: $A\\mathbf{v} = (3, 3) = 3\\mathbf{v}$, so $\\lambda = 3$. For $\\mathbf{w} = (1, 0)$, $A\\mathbf{w} = (2, 1)$, not a multiple of $\\mathbf{w}$ — not an eigenvector.`,
  },
});
