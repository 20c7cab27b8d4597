// la.mlm.qr — thin QR of a 2×2 (level 1) or 3×2 (level 2) integer matrix with R's diagonal
// positive, built backwards: A = [k·u, m·u + n·w] for orthogonal integer u, w gives
// Q = [u/|u|, w/|w|] and R = [[k|u|, m|u|], [0, n|w|]].
import { matLatex, matText, Q as Rat, Surd } from "@/lib/math";
import { defineSkill } from "../../define";
import { dot, gcdAll } from "../../int-linalg";
import { colsMatrix, orthoCols, type UnitCol } from "./shared";

type Data = { A: number[][] };

interface Built {
  u: UnitCol;
  w: UnitCol;
  k: number;
  m: number;
  n: number;
}

/** Gram–Schmidt in exact arithmetic: Q = [q1, q2], R = [[r11, r12], [0, r22]], plus the residual a2 − r12 q1. */
function decompose(A: number[][]) {
  const a1 = A.map((r) => r[0]);
  const a2 = A.map((r) => r[1]);
  const [s11, s12, s22] = [dot(a1, a1), dot(a1, a2), dot(a2, a2)];
  // e2 = (a1·a1) a2 − (a1·a2) a1 is a positive multiple of the residual, in integers
  const e2raw = a2.map((x, i) => s11 * x - s12 * a1[i]);
  const g = gcdAll(e2raw);
  const e2 = e2raw.map((x) => x / g + 0);
  const Qm = colsMatrix([{ w: a1, s: s11 }, { w: e2, s: dot(e2, e2) }]);
  const zero = Surd.of(0, 1);
  const R = [
    [Surd.sqrt(s11), Surd.of(Rat.of(s12, s11), s11)], // r12 = (a1·a2)/|a1|
    [zero, Surd.sqrt(Rat.of(s22 * s11 - s12 * s12, s11))], // r22 = |a2 − proj|
  ];
  const residual = a2.map((x, i) => Rat.sub(x, Rat.mul(Rat.of(s12, s11), a1[i])));
  return { Q: Qm, R, a1, a2, e2, residual };
}

const partsText = (Q: Surd[][], R: Surd[][]) => `Q = ${matText(Q)}; R = ${matText(R)}`;

export default defineSkill<Data>({
  id: "la.mlm.qr",
  version: 1,
  levels: [1, 2],
  expects: "parts",
  parseOptions: { parts: { Q: "matrix", R: "matrix" } },
  build(rng, level) {
    const dim = level === 1 ? 2 : 3;
    let b: Built;
    let A: number[][];
    do {
      const [u, w] = orthoCols(rng, dim, 2);
      b = { u, w, k: rng.int(1, 2), m: rng.nonZeroInt(-2, 2), n: rng.int(1, 2) };
      A = u.w.map((x, i) => [b.k * x, b.m * x + b.n * w.w[i]]);
    } while (A.some((r) => r.every((x) => x === 0)) || A.flat().filter((x) => x === 0).length > (dim === 2 ? 1 : 2) || Math.max(...A.flat().map(Math.abs)) > 12);
    const { Q, R, e2 } = decompose(A);
    const a1 = A.map((r) => r[0]);
    const a2 = A.map((r) => r[1]);
    return {
      data: { A },
      prompt: `Find the QR decomposition $A = QR$ of $A = ${matLatex(A)}$: $Q$ (${dim}×2) has orthonormal columns and $R$ (2×2) is upper triangular with **positive** diagonal entries. Give the answer as \`Q = [[…]]; R = [[…]]\`, with exact entries such as \`sqrt(5)/5\` or \`3/5\`.`,
      answer: partsText(Q, R),
      solution: [
        `Gram–Schmidt on the columns $\\mathbf{a}_1 = (${a1.join(", ")})$, $\\mathbf{a}_2 = (${a2.join(", ")})$. First $r_{11} = |\\mathbf{a}_1| = ${R[0][0].toLatex()}$ and $\\mathbf{q}_1 = \\mathbf{a}_1/r_{11}$.`,
        `$r_{12} = \\mathbf{q}_1\\cdot\\mathbf{a}_2 = ${R[0][1].toLatex()}$. Subtract the projection: $\\mathbf{a}_2 - r_{12}\\mathbf{q}_1$ is a multiple of $(${e2.join(", ")})$, with length $r_{22} = ${R[1][1].toLatex()}$.`,
        `$\\mathbf{q}_2 = (\\mathbf{a}_2 - r_{12}\\mathbf{q}_1)/r_{22}$. So $Q = ${matLatex(Q)}$ and $R = ${matLatex(R)}$; check $Q^\\top Q = I$ and $QR = A$.`,
      ],
      hints: [
        "Normalise the first column to get $\\mathbf{q}_1$; remove its component from the second column, then normalise what is left to get $\\mathbf{q}_2$.",
        "$R = Q^\\top A$: $r_{ij} = \\mathbf{q}_i\\cdot\\mathbf{a}_j$, and the entry below the diagonal is $\\mathbf{q}_2\\cdot\\mathbf{a}_1 = 0$.",
      ],
    };
  },
  mistakes: [
    {
      tag: "r-not-upper",
      feedback: "Your $R$ is lower triangular: you computed $A^\\top Q$, the transpose of $R$. $R = Q^\\top A$, with $r_{ij} = \\mathbf{q}_i\\cdot\\mathbf{a}_j$ — row $i$ uses $\\mathbf{q}_i$, column $j$ uses $\\mathbf{a}_j$.",
      wrong: (p) => {
        const { Q, R } = decompose(p.data.A);
        return partsText(Q, [[R[0][0], R[1][0]], [R[0][1], R[1][1]]]);
      },
    },
    {
      tag: "q-not-normalised",
      feedback: "The columns of your $Q$ are orthogonal but not unit vectors. Divide each Gram–Schmidt vector by its length, so that $Q^\\top Q = I$.",
      wrong: (p) => {
        // the Gram–Schmidt vectors a1 and a2 − r12 q1 left at their own lengths
        const { R, a1, residual } = decompose(p.data.A);
        return partsText(a1.map((x, i) => [Surd.of(x, 1), Surd.of(residual[i], 1)]), R);
      },
    },
    {
      tag: "negative-diagonal",
      feedback: "Your factors multiply to $A$, but $R$ has a negative diagonal entry. The convention here is a positive diagonal: flip the sign of that column of $Q$ and that row of $R$.",
      wrong: (p) => {
        const { Q, R } = decompose(p.data.A);
        return partsText(Q.map((r) => [r[0].scale(-1), r[1]]), [R[0].map((x) => x.scale(-1)), R[1]]);
      },
    },
  ],
  notes: {
    body: `A **QR decomposition** writes a matrix with independent columns as $A = QR$: $Q$ has orthonormal columns ($Q^\\top Q = I$) and $R$ is upper triangular. It is Gram–Schmidt written as matrices: $\\mathbf{q}_1, \\mathbf{q}_2, \\dots$ are the orthonormalised columns of $A$, and $r_{ij} = \\mathbf{q}_i\\cdot\\mathbf{a}_j$ records how much of $\\mathbf{q}_i$ each column contains. Column $j$ of $A$ only involves $\\mathbf{q}_1, \\dots, \\mathbf{q}_j$, which is why $R$ is upper triangular. With the convention $r_{ii} > 0$ the factors are unique.

Why it matters for machine learning: least squares $\\min\\|A\\mathbf{x} - \\mathbf{b}\\|$ is solved stably by $R\\mathbf{x} = Q^\\top\\mathbf{b}$ (back substitution), avoiding the squared condition number of the normal equations $A^\\top A\\mathbf{x} = A^\\top\\mathbf{b}$. Repeated QR steps are also the classic algorithm for eigenvalues.

Example: $A = \\begin{pmatrix}3 & 1\\\\ 4 & 7\\end{pmatrix}$. $r_{11} = 5$, $\\mathbf{q}_1 = (3/5, 4/5)$; $r_{12} = \\mathbf{q}_1\\cdot(1, 7) = 31/5$; $(1, 7) - \\frac{31}{5}\\mathbf{q}_1 = (-68/25, 51/25)$ has length $17/5$, so $\\mathbf{q}_2 = (-4/5, 3/5)$ and $R = \\begin{pmatrix}5 & 31/5\\\\ 0 & 17/5\\end{pmatrix}$.`,
  },
});
