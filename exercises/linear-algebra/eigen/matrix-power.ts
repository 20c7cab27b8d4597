// la.eigen.matrix-power — Aⁿ = C Dⁿ C⁻¹ for a diagonalisable integer 2×2 matrix with small integer
// eigenvalues; level 1 gives the decomposition, level 2 only A.
import { inverse, matLatex, matMul as qMatMul, matText, qmat, type QMatrix } from "@/lib/math";
import { defineSkill } from "../../define";
import { matMul, transpose } from "../../int-linalg";
import { distinctInts, eigenMatrix, integerEigenvalues, primitiveSigned } from "./eigen-shared";

type Data = { A: number[][]; n: number; C?: number[][]; D?: number[][]; Cinv?: number[][] };

const diagPow = (eigs: number[], n: number) => eigs.map((x, i) => eigs.map((_, j) => (i === j ? x ** n + 0 : 0)));

export default defineSkill<Data>({
  id: "la.eigen.matrix-power",
  version: 1,
  levels: [1, 2],
  expects: "matrix",
  build(rng, level) {
    // Level 1: A = C D C⁻¹ is given, eigenvalues in −2..3, n = 3..5. Level 2: only A is given,
    // eigenvalues ±1, ±2 so that n = 5..9 keeps the numbers readable. No zero eigenvalue and at
    // least one |λ| = 2+, so Aⁿ is never just A or I.
    let eigs: number[];
    do eigs = level === 1 ? distinctInts(rng, 2, -2, 3) : distinctInts(rng, 2, -2, 2);
    while (eigs.includes(0) || Math.max(...eigs.map(Math.abs)) < 2);
    const n = level === 1 ? rng.int(3, 5) : rng.int(5, 9);
    const { A, P: C, Pinv: Cinv } = eigenMatrix(rng, eigs, 9);
    const D = diagPow(eigs, 1);
    const Dn = diagPow(eigs, n);
    const An = matMul(matMul(C, Dn), Cinv);
    const data: Data = level === 1 ? { A, n, C, D, Cinv } : { A, n };
    return {
      data,
      prompt: level === 1
        ? `$A = ${matLatex(A)}$ can be written $A = CDC^{-1}$ with $C = ${matLatex(C)}$, $D = ${matLatex(D)}$ and $C^{-1} = ${matLatex(Cinv)}$. Use this to compute $A^{${n}}$. Give it as \`[[a, b], [c, d]]\`.`
        : `Compute $A^{${n}}$ for $A = ${matLatex(A)}$ by diagonalising $A$ (its eigenvalues are integers). Give it as \`[[a, b], [c, d]]\`.`,
      answer: matText(An),
      solution: [
        level === 1
          ? `$A^{${n}} = (CDC^{-1})(CDC^{-1})\\cdots = CD^{${n}}C^{-1}$: the inner $C^{-1}C$ pairs cancel.`
          : `The eigenvalues are $${eigs[0]}$ and $${eigs[1]}$, with eigenvectors the columns of $C = ${matLatex(C)}$; so $A = CDC^{-1}$ with $D = ${matLatex(D)}$ and $C^{-1} = ${matLatex(Cinv)}$, and $A^{${n}} = CD^{${n}}C^{-1}$.`,
        `$D^{${n}} = ${matLatex(Dn)}$: a diagonal matrix is powered entry by entry.`,
        `$CD^{${n}} = ${matLatex(matMul(C, Dn))}$, and $A^{${n}} = (CD^{${n}})\\,C^{-1} = ${matLatex(An)}$.`,
      ],
      hints: ["$A^n = CD^nC^{-1}$, and $D^n$ just raises each diagonal entry to the $n$-th power.", "Multiply in order: $C$, then $D^n$, then $C^{-1}$ on the right."],
    };
  },
  mistakes: [
    {
      tag: "entrywise-power",
      feedback: "You raised each entry of $A$ to the power. Matrix powers are repeated matrix products; only a diagonal matrix can be powered entry by entry — that is why we use $A^n = CD^nC^{-1}$.",
      wrong: (p) => matText(p.data.A.map((r) => r.map((x) => x ** p.data.n + 0))),
    },
    {
      tag: "forgot-c-inverse",
      feedback: "You computed $CD^n$ and stopped. The change of basis back is needed too: $A^n = CD^nC^{-1}$.",
      wrong: (p) => {
        const { C, D } = decomposition(p.data);
        return matText(matMul(C, diagPow(D, p.data.n)));
      },
    },
    {
      tag: "wrong-order",
      feedback: "You computed $C^{-1}D^nC$. With the eigenvectors in the columns of $C$, $A = CDC^{-1}$, so $A^n = CD^nC^{-1}$.",
      wrong: (p) => {
        const { C, Cinv, D } = decomposition(p.data);
        return matText(qMatMul(qMatMul(Cinv, qmat(diagPow(D, p.data.n))), qmat(C)));
      },
    },
  ],
  notes: {
    body: `Multiplying a matrix by itself many times is slow and error-prone, but in the eigenbasis it is easy. If $A = CDC^{-1}$ with $D$ diagonal, then
$$A^n = (CDC^{-1})(CDC^{-1})\\cdots(CDC^{-1}) = CD^nC^{-1},$$
because every inner $C^{-1}C$ cancels, and $D^n$ just raises each eigenvalue to the $n$-th power.

Why it matters for machine learning: repeated application of one matrix is everywhere — Markov chains and PageRank ($\\mathbf{r}_{k} = L^k\\mathbf{r}_0$), linear recurrent networks, the iterates of gradient descent on a quadratic. The eigenvalues tell the long-run story: components with $|\\lambda| < 1$ die out, $|\\lambda| > 1$ blow up, $\\lambda = 1$ survives.

Example: $A = \\begin{pmatrix}4 & 1\\\\ 2 & 3\\end{pmatrix} = CDC^{-1}$ with $C = \\begin{pmatrix}1 & 1\\\\ -2 & 1\\end{pmatrix}$, $D = \\operatorname{diag}(2, 5)$, $C^{-1} = \\frac{1}{3}\\begin{pmatrix}1 & -1\\\\ 2 & 1\\end{pmatrix}$. So $A^2 = C\\operatorname{diag}(4, 25)C^{-1} = \\begin{pmatrix}18 & 7\\\\ 14 & 11\\end{pmatrix}$ — the same as $A\\cdot A$.`,
  },
});

/** C, C⁻¹ and the eigenvalues: given at level 1, rebuilt at level 2 (primitive eigenvectors, ascending eigenvalues). */
function decomposition(d: Data): { C: number[][]; Cinv: QMatrix; D: number[] } {
  if (d.C && d.Cinv && d.D) return { C: d.C, Cinv: qmat(d.Cinv), D: d.D.map((r, i) => r[i]) };
  const eigs = integerEigenvalues(d.A);
  const cols = eigs.map((l) => {
    const row = d.A.map((r, i) => r.map((x, j) => (i === j ? x - l : x))).find((r) => r.some((x) => x !== 0))!;
    return primitiveSigned([-row[1], row[0]]);
  });
  const C = transpose(cols);
  return { C, Cinv: inverse(qmat(C))!, D: eigs };
}
