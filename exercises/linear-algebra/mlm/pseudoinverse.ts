// la.mlm.pseudoinverse — A⁺ = (AᵀA)⁻¹Aᵀ of a tall 3×2 integer matrix of full column rank:
// orthogonal columns (level 1, AᵀA diagonal) or general columns (level 2).
import { matLatex, matText, Q, type Rational } from "@/lib/math";
import { defineSkill } from "../../define";
import { cross, dot, gcdAll, matMul, rank, transpose } from "../../int-linalg";

type Data = { A: number[][] };

const gram = (A: number[][]) => matMul(transpose(A), A);
const detG = (G: number[][]) => G[0][0] * G[1][1] - G[0][1] * G[1][0];
const invG = (G: number[][]): Rational[][] => {
  const d = detG(G);
  return [[Q.of(G[1][1], d), Q.of(-G[0][1], d)], [Q.of(-G[1][0], d), Q.of(G[0][0], d)]];
};
const mulQ = (X: (Rational | number)[][], Y: (Rational | number)[][]): Rational[][] =>
  X.map((r) => Y[0].map((_, j) => r.reduce<Rational>((s, x, k) => s.add(Q.mul(x, Y[k][j])), Q.zero)));
const pinv = (A: number[][]) => mulQ(invG(gram(A)), transpose(A));

export default defineSkill<Data>({
  id: "la.mlm.pseudoinverse",
  version: 1,
  levels: [1, 2],
  expects: "matrix",
  build(rng, level) {
    let A: number[][];
    do {
      const a1 = rng.intVector(3, -3, 3);
      let a2: number[];
      if (level === 1) {
        const c = cross(a1, rng.intVector(3, -2, 2));
        const g = gcdAll(c);
        a2 = g === 0 ? [0, 0, 0] : c.map((x) => x / g + 0);
      } else a2 = rng.intVector(3, -3, 3);
      A = a1.map((x, i) => [x, a2[i]]);
    } while (
      rank(A) < 2 ||
      A.some((r) => r.every((x) => x === 0)) ||
      Math.max(...A.flat().map(Math.abs)) > 4 ||
      (level === 2 && (dot(transpose(A)[0], transpose(A)[1]) === 0 || detG(gram(A)) > 60)) ||
      (level === 1 && A.flat().filter((x) => x === 0).length > 2)
    );
    const G = gram(A);
    const d = detG(G);
    const P = pinv(A);
    const steps =
      level === 1
        ? [
            `The columns of $A$ are orthogonal, so $A^\\top A = ${matLatex(G)}$ is diagonal and $(A^\\top A)^{-1} = ${matLatex(invG(G))}$.`,
            `$A^+ = (A^\\top A)^{-1}A^\\top$: each row of $A^\\top$ (a column of $A$) is divided by its squared length, ${G[0][0]} and ${G[1][1]}.`,
            `$A^+ = ${matLatex(P)}$. Check: $A^+A = I_2$.`,
          ]
        : [
            `$A^\\top A = ${matLatex(G)}$, with determinant $${d}$, so $(A^\\top A)^{-1} = \\frac{1}{${d}}${matLatex([[G[1][1], -G[0][1]], [-G[1][0], G[0][0]]])}$.`,
            `$A^+ = (A^\\top A)^{-1}A^\\top = \\frac{1}{${d}}${matLatex([[G[1][1], -G[0][1]], [-G[1][0], G[0][0]]])}${matLatex(transpose(A))}$.`,
            `$A^+ = ${matLatex(P)}$. Check: $A^+A = I_2$; for any $\\mathbf{b}$, $\\hat{\\mathbf{x}} = A^+\\mathbf{b}$ is the least-squares solution of $A\\mathbf{x} = \\mathbf{b}$.`,
          ];
    return {
      data: { A },
      prompt: `$A = ${matLatex(A)}$ has independent columns. Find its Moore–Penrose pseudoinverse $A^+ = (A^\\top A)^{-1}A^\\top$ (a 2×3 matrix). Give the matrix as \`[[a, b, c], [d, e, f]]\`, with exact fractions such as \`2/7\`.`,
      answer: matText(P),
      solution: steps,
      hints: [
        "First form the 2×2 matrix $A^\\top A$ and invert it; then multiply by $A^\\top$ on the right.",
        level === 1 ? "With orthogonal columns, $A^\\top A$ is diagonal: its inverse just divides by the squared column lengths." : "$A^+A$ must be the 2×2 identity — a quick check of your answer.",
      ],
    };
  },
  mistakes: [
    {
      tag: "wrong-order",
      feedback: "You computed $A(A^\\top A)^{-1}$, which is $(A^+)^\\top$ — a 3×2 matrix. Multiply in the other order: $A^+ = (A^\\top A)^{-1}A^\\top$ is 2×3.",
      wrong: (p) => matText(mulQ(p.data.A, invG(gram(p.data.A)))),
    },
    {
      tag: "entrywise-inverse",
      feedback: "A non-square matrix cannot be inverted entry by entry (and no matrix inverse works that way). Use $A^+ = (A^\\top A)^{-1}A^\\top$.",
      wrong: (p) => (p.data.A.flat().includes(0) ? null : matText(p.data.A.map((r) => r.map((x) => Q.of(1, x))))),
    },
    {
      tag: "transpose-only",
      feedback: "$A^\\top$ is the pseudoinverse only when the columns of $A$ are orthonormal. Here they are not unit vectors, so you still need the factor $(A^\\top A)^{-1}$.",
      wrong: (p) => matText(transpose(p.data.A)),
    },
    {
      tag: "forgot-inverse",
      feedback: "You multiplied by $A^\\top A$ instead of its inverse: $A^+ = (A^\\top A)^{-1}A^\\top$.",
      wrong: (p) => matText(matMul(gram(p.data.A), transpose(p.data.A))),
    },
  ],
  notes: {
    body: `A tall matrix $A$ ($m > n$) has no inverse, but if its columns are independent it has a **left inverse**, the **Moore–Penrose pseudoinverse**
$$A^+ = (A^\\top A)^{-1}A^\\top, \\qquad A^+A = I_n.$$
In terms of the SVD $A = U\\Sigma V^\\top$, $A^+ = V\\Sigma^+U^\\top$, where $\\Sigma^+$ inverts the non-zero singular values; this form works for every matrix. $AA^+$ is the orthogonal projection onto the column space of $A$.

Why it matters for machine learning: the system $X\\mathbf{w} = \\mathbf{y}$ of a linear regression has more equations than unknowns and usually no exact solution; $\\hat{\\mathbf{w}} = X^+\\mathbf{y}$ is the least-squares solution, the $\\mathbf{w}$ minimising $\\|X\\mathbf{w} - \\mathbf{y}\\|^2$ (the normal equations $X^\\top X\\hat{\\mathbf{w}} = X^\\top\\mathbf{y}$). \`numpy.linalg.pinv\` and \`lstsq\` compute it through the SVD.

Example: $A = \\begin{pmatrix}1 & 0\\\\ 0 & 1\\\\ 1 & 1\\end{pmatrix}$: $A^\\top A = \\begin{pmatrix}2 & 1\\\\ 1 & 2\\end{pmatrix}$, $(A^\\top A)^{-1} = \\frac{1}{3}\\begin{pmatrix}2 & -1\\\\ -1 & 2\\end{pmatrix}$, so $A^+ = \\frac{1}{3}\\begin{pmatrix}2 & -1 & 1\\\\ -1 & 2 & 1\\end{pmatrix}$.`,
  },
});
