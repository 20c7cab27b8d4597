// la.mlm.cholesky — A = LLᵀ for an SPD matrix built from an integer lower-triangular L with
// positive diagonal: 2×2 (level 1) or 3×3 (level 2).
import { matLatex, matText, Q, Surd } from "@/lib/math";
import { defineSkill } from "../../define";
import { matMul, transpose } from "../../int-linalg";
import { paren } from "../../tex";

type Data = { A: number[][] };

/** Cholesky of an integer SPD matrix whose factor is integer (as generated): exact, in integers. */
function cholInt(A: number[][]): number[][] {
  const n = A.length;
  const L = A.map(() => A.map(() => 0));
  for (let j = 0; j < n; j++) {
    let d = A[j][j];
    for (let k = 0; k < j; k++) d -= L[j][k] ** 2;
    L[j][j] = Math.round(Math.sqrt(d));
    for (let i = j + 1; i < n; i++) {
      let s = A[i][j];
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
      L[i][j] = s / L[j][j];
    }
  }
  return L;
}

export default defineSkill<Data>({
  id: "la.mlm.cholesky",
  version: 1,
  levels: [1, 2],
  expects: "matrix",
  build(rng, level) {
    const n = level === 1 ? 2 : 3;
    let L: number[][];
    do {
      L = Array.from({ length: n }, (_, i) =>
        Array.from({ length: n }, (_, j) => (j > i ? 0 : j === i ? rng.int(1, level === 1 ? 4 : 3) : rng.int(-3, 3))),
      );
    } while (L.flat().filter((x, k) => x !== 0 && Math.floor(k / n) > k % n).length < n - 1 || L.every((r, i) => r[i] === 1));
    const A = matMul(L, transpose(L));
    const steps: string[] = [];
    for (let j = 0; j < n; j++) {
      const sub = L[j].slice(0, j).map((x) => ` - ${paren(x)}^2`).join("");
      steps.push(`$l_{${j + 1}${j + 1}} = \\sqrt{a_{${j + 1}${j + 1}}${j ? ` - \\sum_k l_{${j + 1}k}^2` : ""}} = \\sqrt{${A[j][j]}${sub}} = ${L[j][j]}$.`);
      for (let i = j + 1; i < n; i++) {
        const subs = L[i].slice(0, j).map((x, k) => ` - ${paren(x)}\\cdot${paren(L[j][k])}`).join("");
        steps.push(
          j === 0
            ? `$l_{${i + 1}1} = a_{${i + 1}1}/l_{11} = ${A[i][0]}/${L[0][0]} = ${L[i][0]}$.`
            : `$l_{${i + 1}${j + 1}} = (a_{${i + 1}${j + 1}} - \\sum_k l_{${i + 1}k}l_{${j + 1}k})/l_{${j + 1}${j + 1}} = (${A[i][j]}${subs})/${L[j][j]} = ${L[i][j]}$.`,
        );
      }
    }
    return {
      data: { A },
      prompt: `Find the Cholesky factor of the symmetric positive-definite matrix $A = ${matLatex(A)}$: the lower-triangular $L$ with **positive** diagonal entries such that $A = LL^\\top$. Give $L$ as \`[[a, 0], [b, c]]\`, one inner list per row.`,
      answer: matText(L),
      solution: [
        "Work column by column, comparing entries of $LL^\\top$ with $A$: each diagonal entry of $L$ is a square root, each entry below it a division.",
        ...steps,
        `So $L = ${matLatex(L)}$; check that $LL^\\top = A$.`,
      ],
      hints: [
        "$a_{11} = l_{11}^2$, so $l_{11} = \\sqrt{a_{11}}$; then $a_{i1} = l_{i1}l_{11}$ gives the rest of column 1.",
        "For later diagonal entries subtract what earlier columns already contribute: $l_{jj} = \\sqrt{a_{jj} - \\sum_{k<j} l_{jk}^2}$.",
      ],
    };
  },
  mistakes: [
    {
      tag: "gave-upper",
      feedback: "That is $L^\\top$, the upper-triangular factor. The question asks for the lower-triangular $L$ with $A = LL^\\top$: zeros above the diagonal.",
      wrong: (p) => matText(transpose(cholInt(p.data.A))),
    },
    {
      tag: "negative-diagonal",
      feedback: "Your $L$ satisfies $LL^\\top = A$, but a diagonal entry is negative. Take the positive square root on the diagonal (flip the sign of that whole column).",
      wrong: (p) => matText(cholInt(p.data.A).map((r) => r.map((x, j) => (j === 0 ? -x : x) + 0))),
    },
    {
      tag: "forgot-to-subtract",
      feedback: "You took $l_{jj} = \\sqrt{a_{jj}}$ and $l_{ij} = a_{ij}/l_{jj}$ for every column. From column 2 on, first subtract what earlier columns contribute: $l_{jj} = \\sqrt{a_{jj} - \\sum_{k<j} l_{jk}^2}$.",
      wrong: (p) => {
        const A = p.data.A;
        return matText(A.map((r, i) => r.map((x, j) => (j > i ? Surd.of(0, 1) : j === i ? Surd.sqrt(x) : Surd.of(Q.of(x, A[j][j]), A[j][j])))));
      },
    },
  ],
  notes: {
    body: `A symmetric positive-definite matrix ($A = A^\\top$ and $\\mathbf{x}^\\top A\\mathbf{x} > 0$ for every $\\mathbf{x} \\ne \\mathbf{0}$) has a **Cholesky decomposition** $A = LL^\\top$ with $L$ lower triangular and a positive diagonal; it is unique. Comparing entries of $LL^\\top$ with $A$ column by column gives
$$l_{jj} = \\sqrt{a_{jj} - \\textstyle\\sum_{k<j} l_{jk}^2}, \\qquad l_{ij} = \\Big(a_{ij} - \\textstyle\\sum_{k<j} l_{ik}l_{jk}\\Big)/l_{jj} \\quad (i > j).$$
It is like LU for symmetric matrices, at half the cost, and a negative number under a square root is a proof that $A$ is not positive definite.

Why it matters for machine learning: covariance matrices and kernel matrices are SPD. To sample from a Gaussian $\\mathcal{N}(\\boldsymbol{\\mu}, \\Sigma)$, take $\\Sigma = LL^\\top$ and set $\\mathbf{x} = \\boldsymbol{\\mu} + L\\mathbf{z}$ with standard normal $\\mathbf{z}$. Gaussian processes solve $K\\boldsymbol{\\alpha} = \\mathbf{y}$ and compute $\\log\\det K = 2\\sum_i \\log l_{ii}$ with the Cholesky factor.

Example: $A = \\begin{pmatrix}4 & 2\\\\ 2 & 5\\end{pmatrix}$: $l_{11} = \\sqrt{4} = 2$, $l_{21} = 2/2 = 1$, $l_{22} = \\sqrt{5 - 1^2} = 2$, so $L = \\begin{pmatrix}2 & 0\\\\ 1 & 2\\end{pmatrix}$.`,
  },
});
