// la.mlm.low-rank — the best rank-k approximation Σ_{i≤k} σ_i u_i v_iᵀ from a given SVD:
// rank 1 of a 2×2/3×2 matrix (level 1), rank 1 or 2 of a 3×3 matrix (level 2).
import { matLatex, matText, Q, sqrtQ, type Surd } from "@/lib/math";
import { defineSkill } from "../../define";
import { colsMatrix, orthoColsFrom, rankOneSum, transposed, type UnitCol } from "./shared";
import { svdInstance } from "./svd-shared";

type Entry = number | string;
type Data = { U: Entry[][]; S: number[][]; VT: Entry[][]; k: number };

const F3 = [
  [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  [[1, 2, 2], [2, 1, -2], [2, -2, 1]],
  [[2, 3, 6], [3, -6, 2], [6, 2, -3]],
];
/** (U family, V family) with √(s_u s_v) an integer r: 3, 3, 9, 7. */
const PAIRS: [number, number, number][] = [[1, 0, 3], [0, 1, 3], [1, 1, 9], [2, 0, 7]];

const plain = (M: Surd[][]): Entry[][] => M.map((r) => r.map((x) => (x.isRational && Q.isInteger(x.k) ? Q.toNumber(x.k) + 0 : x.toString())));
const diag = (d: number[], cols: number) => d.map((x, i) => Array.from({ length: cols }, (_, j) => (i === j ? x : 0)));

/** Columns of U and V back from the data: the unit column u = w/√s for the smallest s making u√s integral. */
function unitCols(M: Entry[][]): UnitCol[] {
  return transposed(M).map((col) => {
    const vals = col.map((x) => (typeof x === "number" ? x : evalSurd(x)));
    // No array per trial s: this search runs for every column of every truncation.
    for (let s = 1; s <= 100; s++) {
      const r = Math.sqrt(s);
      if (vals.every((x) => Math.abs(x * r - Math.round(x * r)) < 1e-9)) return { w: vals.map((x) => Math.round(x * r) + 0), s };
    }
    throw new Error("low-rank: column is not a nice unit vector");
  });
}

/** Float value of an answer-language surd such as "-2*sqrt(5)/5" or "2/3". */
function evalSurd(text: string): number {
  const m = /^(-?)(\d*)\*?(?:sqrt\((\d+)\))?(?:\/(\d+))?$/.exec(text);
  if (!m) throw new Error(`low-rank: unexpected entry ${text}`);
  const k = m[2] ? Number(m[2]) : 1;
  const root = m[3] ? Math.sqrt(Number(m[3])) : 1;
  return ((m[1] ? -1 : 1) * k * root) / (m[4] ? Number(m[4]) : 1);
}

function truncationM(d: Data, pick: (sigmas: number[]) => number[], withSigma = true, vFromColumns = false): Surd[][] {
  const U = unitCols(d.U);
  const V = unitCols(vFromColumns ? d.VT : transposed(d.VT));
  const sigmas = d.S.map((r, i) => r[i]);
  const M = rankOneSum(pick(sigmas).map((i) => ({ sigma: withSigma ? sigmas[i] : 1, u: U[i], v: V[i] })));
  if (!M) throw new Error("low-rank: inexact truncation");
  return M;
}
const truncation = (...args: Parameters<typeof truncationM>): string => matText(truncationM(...args));

const largest = (k: number) => (s: number[]) => s.map((_, i) => i).slice(0, k);
const smallest = (k: number) => (s: number[]) => s.map((_, i) => i).slice(s.length - k);

export default defineSkill<Data>({
  id: "la.mlm.low-rank",
  version: 1,
  levels: [1, 2],
  expects: "matrix",
  build(rng, level) {
    let U: UnitCol[];
    let V: UnitCol[];
    let sigma: number[];
    let k = 1;
    if (level === 1) {
      ({ U, V, sigma } = svdInstance(rng, rng.pick<2 | 3>([2, 3]), 10));
    } else {
      const [fu, fv, r] = rng.pick(PAIRS);
      U = orthoColsFrom(rng, F3[fu], 3);
      V = orthoColsFrom(rng, F3[fv], 3);
      // multiples of r keep every σ u vᵀ an integer matrix
      sigma = rng.shuffle([1, 2, 3, 4]).slice(0, 3).sort((a, b) => b - a).map((x) => x * r);
      k = rng.int(1, 2);
    }
    const data: Data = { U: plain(colsMatrix(U)), S: diag(sigma, V.length), VT: plain(transposed(colsMatrix(V))), k };
    const Ak = truncationM(data, largest(k));
    const answer = matText(Ak);
    const dropped = sigma.slice(k);
    const err = dropped.map((s) => s * s).reduce((a, b) => a + b, 0);
    const terms = Array.from({ length: k }, (_, i) => `\\sigma_${i + 1}\\mathbf{u}_${i + 1}\\mathbf{v}_${i + 1}^\\top`).join(" + ");
    return {
      data,
      prompt: `A matrix has the SVD $A = U\\Sigma V^\\top$ with $U = ${matLatex(colsMatrix(U))}$, $\\Sigma = ${matLatex(data.S)}$, $V^\\top = ${matLatex(transposed(colsMatrix(V)))}$. Find the best rank-${k} approximation $A_${k}$ of $A$ (the truncated SVD). Give the matrix as \`[[a, b], [c, d]]\`, one inner list per row, with exact entries.`,
      answer,
      solution: [
        `By the Eckart–Young theorem the best rank-${k} approximation keeps the ${k === 1 ? "largest singular value" : `${k} largest singular values`}: $A_${k} = ${terms}$, where $\\mathbf{u}_i$ is column $i$ of $U$ and $\\mathbf{v}_i^\\top$ is row $i$ of $V^\\top$.`,
        ...Array.from({ length: k }, (_, i) => {
          const single = truncationM(data, () => [i]);
          return `$\\sigma_${i + 1}\\mathbf{u}_${i + 1}\\mathbf{v}_${i + 1}^\\top = ${sigma[i]}\\,${matLatex(colsMatrix([U[i]]))}${matLatex([colsMatrix([V[i]]).map((r) => r[0])])} = ${matLatex(single)}$.`;
        }),
        `${k > 1 ? "Adding: " : ""}$A_${k} = ${matLatex(Ak)}$. The error is $\\|A - A_${k}\\|_F = \\sqrt{${dropped.map((s) => `${s}^2`).join(" + ")}} = \\sqrt{${err}}${sqrtQ(err).isRational ? ` = ${sqrtQ(err).toLatex()}` : ""}$, from the singular values left out.`,
      ],
      hints: [
        `Keep only the ${k === 1 ? "first term" : `first ${k} terms`} of $A = \\sum_i \\sigma_i\\mathbf{u}_i\\mathbf{v}_i^\\top$ (the singular values are in decreasing order).`,
        "$\\mathbf{u}_i\\mathbf{v}_i^\\top$ is an outer product: a column of $U$ times a row of $V^\\top$. Do not forget the factor $\\sigma_i$.",
      ],
    };
  },
  mistakes: [
    {
      tag: "kept-smallest",
      feedback: "You kept the smallest singular value(s). The best approximation keeps the largest ones, $\\sigma_1, \\dots, \\sigma_k$, which carry the most of the matrix.",
      wrong: (p) => truncation(p.data, smallest(p.data.k)),
    },
    {
      tag: "forgot-sigma",
      feedback: "You left out the singular values: each kept term is $\\sigma_i\\mathbf{u}_i\\mathbf{v}_i^\\top$, not just $\\mathbf{u}_i\\mathbf{v}_i^\\top$.",
      wrong: (p) => truncation(p.data, largest(p.data.k), false),
    },
    {
      tag: "column-of-vt",
      feedback: "You used a column of $V^\\top$. The right singular vector $\\mathbf{v}_i$ is row $i$ of $V^\\top$ (column $i$ of $V$).",
      wrong: (p) => truncation(p.data, largest(p.data.k), true, true),
    },
  ],
  notes: {
    body: `The SVD writes a matrix as a sum of rank-one pieces ordered by importance,
$$A = U\\Sigma V^\\top = \\sigma_1\\mathbf{u}_1\\mathbf{v}_1^\\top + \\sigma_2\\mathbf{u}_2\\mathbf{v}_2^\\top + \\dots, \\qquad \\sigma_1 \\ge \\sigma_2 \\ge \\dots \\ge 0.$$
Keeping the first $k$ terms gives $A_k$, and the **Eckart–Young theorem** says no matrix of rank $k$ is closer to $A$: the error is $\\|A - A_k\\|_F = \\sqrt{\\sigma_{k+1}^2 + \\sigma_{k+2}^2 + \\dots}$ (and $\\sigma_{k+1}$ in the 2-norm). Each term needs only $m + n$ numbers instead of $mn$.

Why it matters for machine learning: this is compression and denoising in one — PCA projects data onto the top singular directions, latent semantic analysis and recommender systems keep a few "concepts", images compress by keeping a few singular triples, and low-rank adapters (LoRA) learn weight updates as thin products.

Example: with $\\sigma_1 = 10$, $\\mathbf{u}_1 = (3/5, 4/5)$ and $\\mathbf{v}_1 = (1, 0)$, $A_1 = 10\\begin{pmatrix}3/5\\\\ 4/5\\end{pmatrix}\\begin{pmatrix}1 & 0\\end{pmatrix} = \\begin{pmatrix}6 & 0\\\\ 8 & 0\\end{pmatrix}$; if $\\sigma_2 = 5$, the error is $\\|A - A_1\\|_F = 5$.`,
  },
});
