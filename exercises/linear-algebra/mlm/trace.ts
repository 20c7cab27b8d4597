// la.mlm.trace — tr(A) of a 3×3/4×4 integer matrix (level 1), or tr(BA) via tr(BA) = tr(AB) (level 2).
import { matLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { matMul } from "../../int-linalg";
import { paren } from "../../tex";

type Data = { A: number[][]; B?: number[][] };

const tr = (M: number[][]) => M.reduce((s, r, i) => s + r[i], 0);
const antiTr = (M: number[][]) => M.reduce((s, r, i) => s + r[r.length - 1 - i], 0);
const total = (M: number[][]) => M.flat().reduce((s, x) => s + x, 0);
/** The matrix whose trace is asked: A itself, or the product BA. */
const asked = (d: Data) => (d.B ? matMul(d.B, d.A) : d.A);
const diagSum = (M: number[][]) => M.map((r, i) => paren(r[i])).join(" + ");

export default defineSkill<Data>({
  id: "la.mlm.trace",
  version: 1,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    if (level === 1) {
      const n = rng.int(3, 4);
      let A: number[][];
      // the diagonal, the anti-diagonal and all entries give three different sums
      do A = rng.intMatrix(n, n, -9, 9);
      while (new Set([tr(A), antiTr(A), total(A)]).size < 3);
      return {
        data: { A },
        prompt: `Find the trace $\\operatorname{tr}(A)$ of $A = ${matLatex(A)}$. Give an integer.`,
        answer: String(tr(A)),
        solution: [
          `The trace is the sum of the main-diagonal entries (top left to bottom right): $\\operatorname{tr}(A) = \\sum_i a_{ii}$.`,
          `$\\operatorname{tr}(A) = ${diagSum(A)} = ${tr(A)}$.`,
        ],
        hints: ["Add the entries $a_{11}, a_{22}, \\dots$ on the main diagonal only.", "The main diagonal runs from the top-left corner to the bottom-right corner."],
      };
    }
    // A is k×n, B is n×k with k < n: BA is n×n but AB is only k×k.
    const [k, n] = rng.pick([[2, 3], [2, 4], [1, 3], [2, 3]]);
    let A: number[][];
    let B: number[][];
    do {
      A = rng.intMatrix(k, n, -4, 4);
      B = rng.intMatrix(n, k, -4, 4);
    } while (new Set([tr(matMul(B, A)), antiTr(matMul(B, A)), total(matMul(B, A))]).size < 3 || tr(matMul(B, A)) === 0);
    const AB = matMul(A, B);
    return {
      data: { A, B },
      prompt: `Let $A = ${matLatex(A)}$ and $B = ${matLatex(B)}$. Find $\\operatorname{tr}(BA)$. Give an integer. (Hint: $BA$ is ${n}×${n}, but there is a shortcut.)`,
      answer: String(tr(AB)),
      solution: [
        `The trace is unchanged when the factors are cycled: $\\operatorname{tr}(BA) = \\operatorname{tr}(AB)$, and $AB$ is only ${k}×${k}.`,
        `$AB = ${matLatex(AB)}$.`,
        `$\\operatorname{tr}(BA) = \\operatorname{tr}(AB) = ${diagSum(AB)} = ${tr(AB)}$.`,
      ],
      hints: ["$\\operatorname{tr}(BA) = \\operatorname{tr}(AB)$ even though $AB$ and $BA$ have different sizes.", "Only the diagonal entries of the product are needed: $(AB)_{ii} = \\sum_j a_{ij}b_{ji}$."],
    };
  },
  mistakes: [
    {
      tag: "anti-diagonal",
      feedback: "You added the anti-diagonal (top right to bottom left). The trace uses the main diagonal, from top left to bottom right.",
      wrong: (p) => String(antiTr(asked(p.data))),
    },
    {
      tag: "summed-all-entries",
      feedback: "You added every entry. The trace adds only the diagonal entries $a_{11} + a_{22} + \\dots$.",
      wrong: (p) => String(total(asked(p.data))),
    },
    {
      tag: "product-of-diagonals",
      feedback: "You multiplied the diagonal entries (that is the determinant of a triangular matrix). The trace adds them.",
      wrong: (p) => String(asked(p.data).reduce((s, r, i) => s * r[i], 1)),
    },
  ],
  notes: {
    body: `The **trace** of a square matrix is the sum of its main-diagonal entries, $\\operatorname{tr}(A) = \\sum_i a_{ii}$. It is linear, $\\operatorname{tr}(A + B) = \\operatorname{tr}A + \\operatorname{tr}B$, unchanged by transposing, and — most usefully — **cyclic**:
$$\\operatorname{tr}(AB) = \\operatorname{tr}(BA), \\qquad \\operatorname{tr}(ABC) = \\operatorname{tr}(CAB),$$
even when $AB$ and $BA$ have different sizes. It also equals the sum of the eigenvalues.

Why it matters for machine learning: the total variance of a data set is the trace of its covariance matrix, and PCA's explained-variance ratio divides a sum of eigenvalues by that trace. The squared Frobenius norm is $\\|A\\|_F^2 = \\operatorname{tr}(A^\\top A)$, and matrix calculus uses the trace trick: a scalar $\\mathbf{x}^\\top A\\mathbf{x} = \\operatorname{tr}(A\\mathbf{x}\\mathbf{x}^\\top)$.

Example: $\\operatorname{tr}\\begin{pmatrix}2 & 7 & 1\\\\ 0 & -3 & 5\\\\ 4 & 6 & 8\\end{pmatrix} = 2 - 3 + 8 = 7$. For a row $\\mathbf{a}^\\top$ and a column $\\mathbf{b}$, $\\operatorname{tr}(\\mathbf{b}\\mathbf{a}^\\top) = \\mathbf{a}^\\top\\mathbf{b}$: a big matrix's trace is one dot product.`,
  },
});
