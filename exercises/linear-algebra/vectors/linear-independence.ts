// la.vectors.linear-independence — independent or dependent? Half the seeds are dependent.
import { vecLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { addVec, rank, scale } from "../../int-linalg";
import { coef } from "../../tex";
import { anyParallelPair, randomIndependent } from "./independence-shared";

type Data = { vectors: number[][] };

export default defineSkill<Data>({
  id: "la.vectors.linear-independence",
  version: 1,
  levels: [1, 2],
  expects: "boolean",
  parseOptions: { booleanWords: [["independent", "dependent"]] },
  build(rng, level) {
    const n = level === 1 ? rng.int(2, 3) : rng.int(3, 4);
    const k = level === 1 ? rng.int(2, n) : rng.int(3, n);
    const independent = rng.bool();
    let vectors: number[][];
    let witness = "";
    if (independent) vectors = randomIndependent(rng, k, n);
    else {
      // One vector is a combination of the others with non-zero coefficients (the witness).
      const base = randomIndependent(rng, k - 1, n);
      const coeffs = base.map(() => rng.nonZeroInt(-2, 2));
      const combo = base.map((b, i) => scale(coeffs[i], b)).reduce(addVec);
      const names = base.map((_, i) => `\\mathbf{v}_{${i + 1}}`);
      vectors = [...base, combo];
      witness = `$${coeffs.map((c, i) => coef(c, names[i])).join(" + ").replace(/\+ -/g, "- ")} - \\mathbf{v}_{${k}} = \\mathbf{0}$`;
      if (combo.every((x) => x === 0)) vectors = randomIndependent(rng, k, n); // cannot happen: base is independent
    }
    const isIndependent = rank(vectors) === vectors.length;
    return {
      data: { vectors },
      prompt: `Are the vectors ${vectors.map((v, i) => `$\\mathbf{v}_{${i + 1}} = ${vecLatex(v)}$`).join(", ")} linearly independent? Answer independent or dependent.`,
      answer: isIndependent ? "independent" : "dependent",
      solution: isIndependent
        ? [
            `Row-reduce the matrix with these vectors as rows: it has ${vectors.length} non-zero rows, so the rank is ${vectors.length}.`,
            `Rank equal to the number of vectors means the only combination giving $\\mathbf{0}$ is the trivial one: the vectors are independent.`,
          ]
        : [`The last vector is a combination of the others: ${witness}.`, `A non-trivial combination equal to $\\mathbf{0}$ exists, so the vectors are dependent.`],
      hints: ["Can one vector be written as a combination of the others?", "Row-reduce: the vectors are independent exactly when the rank equals the number of vectors."],
    };
  },
  mistakes: [
    {
      tag: "no-parallel-pair",
      feedback: "No two of these vectors are multiples of each other, but one is a combination of several others, so they are dependent. Check the rank, not just pairs.",
      wrong: (p) => (rank(p.data.vectors) < p.data.vectors.length && !anyParallelPair(p.data.vectors) ? "independent" : null),
    },
    {
      tag: "counted-entries",
      feedback: "Having more entries than vectors does not make vectors dependent: fewer vectors than dimensions can still be independent. Only more vectors than dimensions forces dependence.",
      wrong: (p) => (rank(p.data.vectors) === p.data.vectors.length && p.data.vectors.length < p.data.vectors[0].length ? "dependent" : null),
    },
  ],
  notes: {
    body: `Vectors $\\mathbf{v}_1, \\dots, \\mathbf{v}_k$ are **linearly independent** when the only way to combine them to zero is with all coefficients zero:
$$c_1\\mathbf{v}_1 + \\dots + c_k\\mathbf{v}_k = \\mathbf{0} \\implies c_1 = \\dots = c_k = 0.$$
Otherwise they are **dependent**: one of them is a combination of the others and adds no new direction. Test by row reduction: independent exactly when the rank equals $k$. More than $n$ vectors in $\\mathbb{R}^n$ are always dependent; fewer can go either way.

Why it matters for machine learning: dependent features (one column a combination of others) make $X^\\top X$ singular, so least squares has no unique solution; removing redundant directions is what dimensionality reduction does.

Example: $(1, 2, 0)$, $(0, 1, 1)$, $(2, 5, 1)$ are dependent because $2(1, 2, 0) + (0, 1, 1) - (2, 5, 1) = \\mathbf{0}$, although no two of them are parallel.`,
  },
});
