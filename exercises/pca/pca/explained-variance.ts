// pca.pca.explained-variance — share of variance kept by the top k of 3–5 covariance eigenvalues
// (level 1), or the smallest k whose share reaches a threshold (level 2). Eigenvalues are shown unsorted.
import { Q } from "@/lib/math";
import { defineSkill } from "../../define";

type Data = { eigenvalues: number[]; k: number | null; threshold: number | null };

const desc = (xs: number[]) => [...xs].sort((a, b) => b - a);
const total = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const topShare = (xs: number[], k: number) => Q.of(total(desc(xs).slice(0, k)), total(xs));
/** Smallest k whose cumulative share (in the given order) reaches t. */
const reach = (sorted: number[], t: number) => {
  let acc = 0;
  for (let k = 1; k <= sorted.length; k++) if ((acc += sorted[k - 1]) >= t * total(sorted) - 1e-12) return k;
  return sorted.length;
};

export default defineSkill<Data>({
  id: "pca.pca.explained-variance",
  version: 1,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    const d = rng.int(3, 5);
    let eig: number[];
    let k = 0;
    let t = 0;
    for (;;) {
      eig = rng.shuffle(Array.from(new Set(Array.from({ length: d }, () => rng.int(1, level === 1 ? 12 : 40)))));
      if (eig.length < d) continue;
      if (level === 1) {
        k = rng.int(1, d - 1);
        break;
      }
      t = rng.pick([0.8, 0.9, 0.95]);
      k = reach(desc(eig), t);
      const exact = desc(eig).slice(0, k).reduce((s, x) => s + x, 0) === t * total(eig);
      if (k >= 2 && k < d && !exact) break;
    }
    const sorted = desc(eig);
    const cum = sorted.map((_, i) => Q.of(total(sorted.slice(0, i + 1)), total(sorted)));
    const pct = (q: ReturnType<typeof Q.of>) => `${(Q.toNumber(q) * 100).toFixed(1)}\\%`;
    const list = eig.join(",\\ ");
    if (level === 1) {
      return {
        data: { eigenvalues: eig, k, threshold: null },
        prompt: `A dataset's covariance matrix has eigenvalues $${list}$. What fraction of the total variance ${k > 1 ? `do the top $${k}$ principal components` : "does the first principal component"} explain? Give an exact fraction such as \`3/4\`.`,
        answer: Q.toString(topShare(eig, k)),
        solution: [
          `Sort the eigenvalues in decreasing order: $${sorted.join(" \\ge ")}$. The total variance is their sum, $${total(eig)}$.`,
          k > 1 ? `The top $${k}$ capture $${sorted.slice(0, k).join(" + ")} = ${total(sorted.slice(0, k))}$.` : `The first component captures $${sorted[0]}$.`,
          `Explained fraction: $\\dfrac{${total(sorted.slice(0, k))}}{${total(eig)}} = ${Q.toLatex(topShare(eig, k))}$ (about $${pct(topShare(eig, k))}$).`,
        ],
        hints: ["Each eigenvalue is the variance along its principal direction; the total variance is the sum of all of them.", "Keep the largest eigenvalues: sort them first."],
      };
    }
    return {
      data: { eigenvalues: eig, k: null, threshold: t },
      prompt: `A dataset's covariance matrix has eigenvalues $${list}$. What is the smallest number $k$ of principal components that explains at least $${t * 100}\\%$ of the total variance? Give a whole number.`,
      answer: String(k),
      solution: [
        `Sort decreasingly: $${sorted.join(" \\ge ")}$; total variance $${total(eig)}$.`,
        `Cumulative shares: ${cum.map((c, i) => `$k = ${i + 1}$: $${pct(c)}$`).join(", ")}.`,
        `The first $k$ with at least $${t * 100}\\%$ is $k = ${k}$.`,
      ],
      hints: ["Sort the eigenvalues from largest to smallest and add them up one at a time.", "Compare each running total with the threshold times the total variance."],
    };
  },
  mistakes: [
    {
      tag: "divided-by-largest",
      feedback: "You divided by the largest eigenvalue. The explained fraction divides by the total variance, the sum of all eigenvalues.",
      wrong: (p) => (p.data.k ? Q.toString(Q.of(total(desc(p.data.eigenvalues).slice(0, p.data.k)), Math.max(...p.data.eigenvalues))) : null),
    },
    {
      tag: "sorted-ascending",
      feedback: "You took the smallest eigenvalues first. Principal components are ordered by decreasing eigenvalue: keep the largest ones.",
      wrong: (p) => {
        const asc = [...p.data.eigenvalues].sort((a, b) => a - b);
        return p.data.k ? Q.toString(Q.of(total(asc.slice(0, p.data.k)), total(asc))) : String(reach(asc, p.data.threshold!));
      },
    },
    {
      tag: "gave-percentage",
      feedback: "You gave a percentage. The question asks for a fraction between $0$ and $1$ (divide by 100).",
      wrong: (p) => (p.data.k ? Q.toString(topShare(p.data.eigenvalues, p.data.k).mul(Q.of(100))) : null),
    },
    {
      tag: "stopped-short",
      feedback: "With that many components the explained share is still below the threshold. Add components until the running share reaches it.",
      wrong: (p) => (p.data.threshold ? String(reach(desc(p.data.eigenvalues), p.data.threshold) - 1) : null),
    },
  ],
  notes: {
    body: `Each covariance eigenvalue $\\lambda_i$ is the variance of the data along its principal direction, and together they add up to the total variance, $\\sum_i \\lambda_i = \\operatorname{tr}(C)$. Keeping the top $k$ components (largest eigenvalues first) explains the fraction
$$\\frac{\\lambda_1 + \\dots + \\lambda_k}{\\lambda_1 + \\dots + \\lambda_D}$$
of the variance. A common rule picks the smallest $k$ whose explained share reaches a threshold such as 90% or 95% (a "scree plot" shows the same information graphically).

Why it matters for machine learning: choosing $k$ trades compression against information loss; the discarded share is exactly the average squared reconstruction error relative to the total variance.

Example: eigenvalues $6, 3, 1$ (total $10$): one component explains $60\\%$, two explain $90\\%$, so a 90% threshold needs $k = 2$.`,
  },
});
