// la.vectors.basis-check — do these vectors form a basis of R^n? Half the seeds say yes.
import { vecLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { addVec, dot, rank, scale } from "../../int-linalg";
import { randomIndependent } from "./independence-shared";

type Data = { vectors: number[][]; n: number };

const isBasis = (vs: number[][], n: number) => vs.length === n && rank(vs) === n;
const pairwiseOrthogonal = (vs: number[][]) => vs.every((a, i) => vs.every((b, j) => j <= i || dot(a, b) === 0));

export default defineSkill<Data>({
  id: "la.vectors.basis-check",
  version: 1,
  levels: [1, 2],
  expects: "boolean",
  build(rng, level) {
    const n = level === 1 ? 2 : 3;
    const basis = rng.bool();
    let vectors: number[][];
    if (basis) vectors = randomIndependent(rng, n, n);
    else {
      const way = rng.pick(["too-few", "too-many", "dependent"] as const);
      if (way === "too-few") vectors = randomIndependent(rng, n - 1, n);
      else if (way === "too-many") vectors = [...randomIndependent(rng, n, n), rng.intVector(n, -4, 4)];
      else {
        const base = randomIndependent(rng, n - 1, n);
        vectors = rng.shuffle([...base, base.map((b) => scale(rng.nonZeroInt(-2, 2), b)).reduce(addVec)]);
      }
    }
    const yes = isBasis(vectors, n);
    const r = rank(vectors);
    return {
      data: { vectors, n },
      prompt: `Do the vectors ${vectors.map((v) => `$${vecLatex(v)}$`).join(", ")} form a basis of $\\mathbb{R}^${n}$? Answer yes or no.`,
      answer: yes ? "yes" : "no",
      solution: [
        `A basis of $\\mathbb{R}^${n}$ is exactly ${n} linearly independent vectors (they need not be orthogonal or unit length).`,
        vectors.length !== n
          ? `There are ${vectors.length} vectors, not ${n}: ${vectors.length < n ? "too few to span" : "too many to be independent"} $\\mathbb{R}^${n}$.`
          : `Row reduction gives rank ${r}${r === n ? `, so the ${n} vectors are independent and span $\\mathbb{R}^${n}$` : `, less than ${n}, so they are dependent`}.`,
        `So the answer is ${yes ? "yes" : "no"}.`,
      ],
      hints: [`Count the vectors first: a basis of $\\mathbb{R}^${n}$ has exactly ${n}.`, "Then check independence, e.g. with the rank or a determinant."],
    };
  },
  mistakes: [
    {
      tag: "too-few-vectors",
      feedback: (p) => `These vectors are independent, but ${p.data.n - 1} vectors cannot span $\\mathbb{R}^${p.data.n}$: a basis needs exactly ${p.data.n}.`,
      wrong: (p) => (p.data.vectors.length === p.data.n - 1 && rank(p.data.vectors) === p.data.n - 1 ? "yes" : null),
    },
    {
      tag: "required-orthogonal",
      feedback: "A basis does not have to be orthogonal: any n independent vectors in $\\mathbb{R}^n$ form a basis.",
      wrong: (p) => (isBasis(p.data.vectors, p.data.n) && !pairwiseOrthogonal(p.data.vectors) ? "no" : null),
    },
  ],
  notes: {
    body: `A **basis** of $\\mathbb{R}^n$ is a set of vectors such that every vector can be written in exactly one way as a combination of them. That happens exactly when there are $n$ of them and they are linearly independent (equivalently, the $n\\times n$ matrix they form has non-zero determinant). A basis need not be orthogonal or of unit length; those are conveniences, not requirements.

Why it matters for machine learning: the features describing data are coordinates in some basis. Changing basis (PCA, whitening, Fourier features) re-describes the same data more usefully, and it only loses nothing when the new vectors really are a basis.

Example: $(1, 2)$ and $(3, 1)$ form a basis of $\\mathbb{R}^2$ because $\\det\\begin{pmatrix}1 & 3\\\\ 2 & 1\\end{pmatrix} = -5 \\neq 0$, although they are not orthogonal; $(1, 2)$ alone does not, and neither do $(1, 2)$, $(2, 4)$.`,
  },
});
