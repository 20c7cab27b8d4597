// la.mlm.matrix-types — which of square / symmetric / triangular / diagonal / identity /
// orthogonal describe a matrix? Answered as the set of option numbers that apply.
import { matLatex, Q, type Rational } from "@/lib/math";
import { defineSkill } from "../../define";
import type { Rng } from "../../rng";
import { colsMatrix, orthoCols, transposed } from "./shared";

type Data = { A: (number | string)[][] };

const OPTIONS = ["square", "symmetric", "upper triangular", "lower triangular", "diagonal", "identity", "orthogonal"];
const [SQUARE, SYMMETRIC, UPPER, LOWER, DIAGONAL, IDENTITY, ORTHOGONAL] = [1, 2, 3, 4, 5, 6, 7];

const toQ = (A: Data["A"]): Rational[][] => A.map((r) => r.map((x) => Q.of(x)));
const zeroWhere = (A: Rational[][], keep: (i: number, j: number) => boolean) => A.every((r, i) => r.every((x, j) => keep(i, j) || Q.isZero(x)));

/** The option numbers that apply, computed exactly from the entries. */
export function labelsOf(Adata: Data["A"]): number[] {
  const A = toQ(Adata);
  const n = A.length;
  if (A[0].length !== n) return [];
  const labels = [SQUARE];
  const At = transposed(A);
  if (A.every((r, i) => r.every((x, j) => x.equals(At[i][j])))) labels.push(SYMMETRIC);
  const upper = zeroWhere(A, (i, j) => j >= i);
  const lower = zeroWhere(A, (i, j) => j <= i);
  if (upper) labels.push(UPPER);
  if (lower) labels.push(LOWER);
  if (upper && lower) labels.push(DIAGONAL);
  if (A.every((r, i) => r.every((x, j) => Q.eq(x, i === j ? 1 : 0)))) labels.push(IDENTITY);
  // orthogonal: AᵀA = I, i.e. the columns are orthonormal
  const orthogonal = At.every((ci, i) => At.every((cj, j) => Q.eq(ci.reduce((s, x, k) => s.add(x.mul(cj[k])), Q.zero), i === j ? 1 : 0)));
  if (orthogonal) labels.push(ORTHOGONAL);
  return labels;
}

const setText = (xs: number[]) => `{${xs.join(", ")}}`;
const without = (xs: number[], drop: number[]) => xs.filter((x) => !drop.includes(x));

type Kind = "generic" | "symmetric" | "upper" | "lower" | "diagonal" | "identity" | "orthogonal" | "non-square";

function build(rng: Rng, kind: Kind, n: number): Data["A"] {
  const nz = () => rng.nonZeroInt(-6, 6);
  switch (kind) {
    case "generic":
      return rng.intMatrix(n, n, -6, 6);
    case "symmetric": {
      const A = rng.intMatrix(n, n, -6, 6);
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) A[j][i] = A[i][j] = nz();
      return A;
    }
    case "upper":
    case "lower": {
      const A = rng.intMatrix(n, n, -6, 6).map((r, i) => r.map((x, j) => (i === j ? nz() : (kind === "upper" ? j > i : j < i) ? x : 0)));
      const k = rng.int(0, n - 2); // at least one entry off the diagonal is non-zero
      if (kind === "upper") A[k][k + 1] = nz();
      else A[k + 1][k] = nz();
      return A;
    }
    case "diagonal": {
      const d = Array.from({ length: n }, () => nz());
      if (!d.some((x) => x !== 1)) d[0] = rng.pick([2, 3, -1]);
      return d.map((x, i) => d.map((_, j) => (i === j ? x : 0)));
    }
    case "identity":
      return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
    case "orthogonal": {
      // A signed permutation, or columns from a Pythagorean family (entries such as 3/5, 2/3).
      if (rng.bool(0.35)) {
        const p = rng.signedPermutation(n);
        const I = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
        return transposed(I.map(p));
      }
      const cols = orthoCols(rng, n, n, n === 2 ? 2 : rng.int(0, 1));
      return colsMatrix(cols).map((r) => r.map((x) => (Q.isInteger(x.k) ? Q.toNumber(x.k) + 0 : x.toString())));
    }
    case "non-square": {
      const [m, k] = n === 2 ? [2, 3] : rng.pick([[3, 2], [2, 3]]);
      const A = rng.intMatrix(m, k, -6, 6);
      // looks triangular, so the "square only" rule matters
      return A.map((r, i) => r.map((x, j) => (j < i ? 0 : x === 0 ? nz() : x)));
    }
  }
}

export default defineSkill<Data>({
  id: "la.mlm.matrix-types",
  version: 2,
  levels: [1, 2],
  expects: "set",
  build(rng, level) {
    const n = level === 1 ? 2 : 3;
    const kind = rng.pick<Kind>(["generic", "symmetric", "symmetric", "upper", "lower", "diagonal", "diagonal", "identity", "orthogonal", "orthogonal", "non-square"]);
    const A = build(rng, kind, n);
    const labels = labelsOf(A);
    const has = (k: number) => labels.includes(k);
    const reasons = [
      A.length === A[0].length ? `It is ${A.length}×${A.length}, so it is square (1).` : `It is ${A.length}×${A[0].length}, not square, so none of the types applies.`,
      ...(has(SQUARE)
        ? [
            has(SYMMETRIC) ? "It equals its transpose, so it is symmetric (2)." : "It differs from its transpose, so it is not symmetric.",
            `Below the diagonal it is ${has(UPPER) ? "all zero: upper triangular (3)" : "not all zero: not upper triangular"}; above the diagonal it is ${has(LOWER) ? "all zero: lower triangular (4)" : "not all zero: not lower triangular"}.`,
            has(DIAGONAL) ? `Both, so it is diagonal (5)${has(IDENTITY) ? " and, with ones on the diagonal, the identity (6)" : ", but not the identity"}.` : "So it is not diagonal and not the identity.",
            has(ORTHOGONAL) ? "Its columns are unit vectors and mutually orthogonal ($A^\\top A = I$), so it is orthogonal (7)." : "Its columns are not orthonormal ($A^\\top A \\ne I$), so it is not orthogonal.",
          ]
        : []),
      `The types that apply: $${labels.length ? `\\{${labels.join(", ")}\\}` : "\\varnothing"}$.`,
    ];
    return {
      data: { A },
      prompt: `Which of these types describe $A = ${matLatex(A)}$? ${OPTIONS.map((o, i) => `(${i + 1}) ${o}`).join(", ")}. Give the numbers of **all** that apply as a set such as \`{1, 3}\`, or \`{}\` if none applies. Types (2)–(7) are defined for square matrices only.`,
      answer: setText(labels),
      solution: reasons,
      hints: [
        "Check the shape first, then compare $A$ with $A^\\top$, then look at the zeros below and above the diagonal.",
        "A matrix can have several types at once: a diagonal matrix is also symmetric and both upper and lower triangular.",
      ],
    };
  },
  mistakes: [
    {
      tag: "diagonal-not-symmetric",
      feedback: "A diagonal matrix is symmetric too: it equals its transpose, so include (2).",
      wrong: (p) => {
        const l = labelsOf(p.data.A);
        return l.includes(DIAGONAL) ? setText(without(l, [SYMMETRIC])) : null;
      },
    },
    {
      tag: "upper-lower-swapped",
      feedback: "Upper and lower triangular are swapped. Upper triangular means the zeros are **below** the diagonal (the non-zero entries sit on and above it); lower triangular is the reverse.",
      wrong: (p) => {
        const l = labelsOf(p.data.A);
        if (l.includes(UPPER) === l.includes(LOWER)) return null;
        return setText(l.map((x) => (x === UPPER ? LOWER : x === LOWER ? UPPER : x)).sort((a, b) => a - b));
      },
    },
    {
      tag: "diagonal-not-triangular",
      feedback: "A diagonal matrix is both upper and lower triangular: all its entries below and above the diagonal are zero. Include (3) and (4).",
      wrong: (p) => {
        const l = labelsOf(p.data.A);
        return l.includes(DIAGONAL) ? setText(without(l, [UPPER, LOWER])) : null;
      },
    },
    {
      tag: "missed-orthogonal",
      feedback: "This matrix is orthogonal: its columns have length 1 and are mutually perpendicular, so $A^\\top A = I$. Include (7).",
      wrong: (p) => {
        const l = labelsOf(p.data.A);
        return l.includes(ORTHOGONAL) ? setText(without(l, [ORTHOGONAL])) : null;
      },
    },
    {
      tag: "non-square-typed",
      feedback: "A non-square matrix is not square, symmetric, triangular, diagonal or orthogonal in this sense: those types need a square matrix. The answer is $\\varnothing$, typed `{}`.",
      wrong: (p) => (p.data.A.length !== p.data.A[0].length ? setText([UPPER]) : null),
    },
  ],
  notes: {
    body: `Many matrices in practice have a special **structure**, and recognising it saves work:
- **square**: as many rows as columns;
- **symmetric**: $A^\\top = A$ ($a_{ij} = a_{ji}$);
- **upper triangular**: zeros below the diagonal; **lower triangular**: zeros above it;
- **diagonal**: zeros off the diagonal (so it is symmetric and both upper and lower triangular);
- **identity** $I$: diagonal with ones;
- **orthogonal**: $A^\\top A = I$, i.e. the columns are orthonormal, so $A^{-1} = A^\\top$.

A matrix can have several types at once; the identity has all of them.

Why it matters for machine learning: covariance matrices and Hessians are symmetric; triangular systems are solved by substitution, which is why LU and Cholesky factorisations are used to solve linear systems and sample from Gaussians; orthogonal matrices (rotations, PCA bases, the $U$ and $V$ of the SVD) preserve lengths and are trivial to invert.

Example: $\\begin{pmatrix}2 & 0\\\\ 0 & -3\\end{pmatrix}$ is square, symmetric, upper and lower triangular and diagonal — $\\{1, 2, 3, 4, 5\\}$ — but not orthogonal (its first column has length 2). $\\begin{pmatrix}3/5 & -4/5\\\\ 4/5 & 3/5\\end{pmatrix}$ is square and orthogonal: $\\{1, 7\\}$.`,
  },
});
