// la.mappings.transform-in-basis — a transformation R (standard basis) written in the basis B
// (columns b_i): R_B = B⁻¹ R B.
import { matLatex, matText } from "@/lib/math";
import { defineSkill } from "../../define";
import { matMul, maxAbs, transpose } from "../../int-linalg";
import type { Rng } from "../../rng";
import { basis2, basis3, basisNames, inverse2, qInverse, qProduct } from "./basis-shared";

type Data = { R: number[][]; B: number[][] };

const GEOMETRIC_2D = [
  { R: [[0, -1], [1, 0]], name: "a rotation by $90^\\circ$" },
  { R: [[1, 0], [0, -1]], name: "a reflection in the $x$-axis" },
  { R: [[0, 1], [1, 0]], name: "a reflection in the line $y = x$" },
  { R: [[1, 1], [0, 1]], name: "a shear" },
  { R: [[2, 0], [0, 1]], name: "a stretch by $2$ along $x$" },
];

const withInverse = (B: number[][]) => ({ B, Binv: inverse2(B) });

function transformation(rng: Rng, n: number): { R: number[][]; name: string | null } {
  if (n === 2 && rng.bool(0.4)) return { ...rng.pick(GEOMETRIC_2D) };
  return { R: rng.intMatrix(n, n, -2, 3), name: null };
}

export default defineSkill<Data>({
  id: "la.mappings.transform-in-basis",
  version: 1,
  levels: [1, 2],
  expects: "matrix",
  build(rng, level) {
    // Level 1: 2D with det B = ±1 (integer answer); level 2: 3D with det B = ±1, B⁻¹ given.
    const n = level === 1 ? 2 : 3;
    let B: number[][];
    let Binv: number[][];
    let R: number[][];
    let name: string | null;
    let RB: number[][];
    do {
      ({ B, Binv } = n === 2 ? withInverse(basis2(rng, [-1, 1])) : basis3(rng));
      ({ R, name } = transformation(rng, n));
      RB = matMul(matMul(Binv, R), B);
      // the answer must differ from R (B and R do not commute) and from B R B⁻¹ (order matters)
    } while (String(RB) === String(R) || String(RB) === String(matMul(matMul(B, R), Binv)) || maxAbs(RB) > (level === 1 ? 9 : 12));
    const names = basisNames(n);
    const basis = transpose(B);
    return {
      data: { R, B },
      prompt: `The transformation $R = ${matLatex(R)}$${name ? ` (${name})` : ""} is written in the standard basis. Write it in the basis ${names.map((b, i) => `$${b} = ${vecLatexInline(basis[i])}$`).join(", ")}, i.e. give the matrix $R_B$ that maps new-basis coordinates of a vector to new-basis coordinates of its image.${level === 2 ? ` You may use $B^{-1} = ${matLatex(Binv)}$, where $B$ has the $\\mathbf{b}_i$ as columns.` : ""} Give $R_B$ as \`[[a, b${n === 3 ? ", c" : ""}], ...]\`, one inner list per row.`,
      answer: matText(RB),
      solution: [
        `Let $B = ${matLatex(B)}$ (basis vectors as columns). Read $R_B = B^{-1}RB$ from right to left: $B$ turns new coordinates into standard ones, $R$ transforms, $B^{-1}$ turns the result back into new coordinates.`,
        `$B^{-1} = ${matLatex(Binv)}$ and $RB = ${matLatex(matMul(R, B))}$.`,
        `$R_B = B^{-1}(RB) = ${matLatex(RB)}$.`,
      ],
      hints: ["Follow a vector given in the new basis: first convert it to standard coordinates, then apply $R$, then convert back.", "That is $B^{-1}RB$ — the rightmost matrix acts first."],
    };
  },
  mistakes: [
    {
      tag: "wrong-order",
      feedback: "You computed $BRB^{-1}$. The rightmost factor acts first: a vector in new coordinates must first go through $B$ (to standard), then $R$, then $B^{-1}$ — so $R_B = B^{-1}RB$.",
      wrong: (p) => matText(qProduct(p.data.B, p.data.R, qInverse(p.data.B))),
    },
    {
      tag: "forgot-b-inverse",
      feedback: "You computed $RB$, which leaves the image in standard coordinates. Convert it back to the new basis with $B^{-1}$: $R_B = B^{-1}RB$.",
      wrong: (p) => matText(qProduct(p.data.R, p.data.B)),
    },
    {
      tag: "forgot-b",
      feedback: "You computed $B^{-1}R$, which applies $R$ to new-basis coordinates as if they were standard ones. Convert to standard coordinates first: $R_B = B^{-1}RB$.",
      wrong: (p) => matText(qProduct(qInverse(p.data.B), p.data.R)),
    },
  ],
  notes: {
    body: `A matrix describes a transformation *in a particular basis*. If $R$ acts in standard coordinates and the columns of $B$ are a new basis, the same transformation in the new basis is
$$R_B = B^{-1}RB.$$
Read it right to left on a vector written in the new basis: $B$ converts it to standard coordinates, $R$ transforms it, $B^{-1}$ converts the image back.

Why it matters for machine learning: choosing a basis in which a transformation is simple is the idea behind eigen-decomposition ($R_B$ becomes diagonal when $B$ holds eigenvectors), PCA, and fast matrix powers for Markov chains and PageRank.

Example: $R = \\begin{pmatrix}0 & 1\\\\ 1 & 0\\end{pmatrix}$ (reflection in $y = x$) and $B = \\begin{pmatrix}1 & 1\\\\ 1 & -1\\end{pmatrix}$. Then $RB = \\begin{pmatrix}1 & -1\\\\ 1 & 1\\end{pmatrix}$ and $B^{-1}RB = \\begin{pmatrix}1 & 0\\\\ 0 & -1\\end{pmatrix}$: along $(1, 1)$ nothing changes, along $(1, -1)$ the sign flips.`,
  },
});

function vecLatexInline(v: number[]): string {
  return `(${v.join(", ")})`;
}
