// la.intro.vector-add — a·u + b·v for small integer vectors and scalars.
import { vecLatex, vecText } from "@/lib/math";
import { defineSkill } from "../../define";
import { addVec, scale } from "../../int-linalg";
import { coef } from "../../tex";

type Data = { a: number; b: number; u: number[]; v: number[] };

const combine = (a: number, u: number[], b: number, v: number[]) => addVec(scale(a, u), scale(b, v));

export default defineSkill<Data>({
  id: "la.intro.vector-add",
  version: 1,
  levels: [1, 2],
  expects: "vector",
  build(rng, level) {
    // Level 1: 2D/3D, positive a and b = ±1..3; level 2: 3D/4D and both scalars may be negative.
    const n = level === 1 ? rng.int(2, 3) : rng.int(3, 4);
    const a = level === 1 ? rng.int(2, 4) : rng.pick([-4, -3, -2, 2, 3, 4]);
    const b = level === 1 ? rng.pick([-3, -2, -1, 1, 2, 3]) : rng.pick([-5, -4, -3, -2, 2, 3, 4, 5]);
    const u = rng.intVector(n, -9, 9);
    const v = rng.intVector(n, -9, 9);
    const au = scale(a, u);
    const bv = scale(b, v);
    const result = addVec(au, bv);
    const expr = `${coef(a, "\\mathbf{u}")} ${b < 0 ? "-" : "+"} ${coef(Math.abs(b), "\\mathbf{v}")}`;
    return {
      data: { a, b, u, v },
      prompt: `Let $\\mathbf{u} = ${vecLatex(u)}$ and $\\mathbf{v} = ${vecLatex(v)}$. Compute $${expr}$.`,
      answer: vecText(result),
      solution: [
        `Multiply each vector by its scalar, entry by entry: $${a}\\mathbf{u} = ${vecLatex(au)}$ and $${b}\\mathbf{v} = ${vecLatex(bv)}$.`,
        `Add matching entries: $${expr} = ${vecLatex(result)}$.`,
      ],
      hints: ["A scalar multiplies every entry of the vector.", "Vectors add entry by entry; keep track of the signs."],
    };
  },
  mistakes: [
    {
      tag: "added-scalars",
      feedback: "You added the scalars to the entries. A scalar multiplies every entry: $3(1, 2) = (3, 6)$.",
      wrong: (p) => vecText(p.data.u.map((x, i) => x + p.data.a + p.data.v[i] + p.data.b)),
    },
    {
      tag: "dropped-negative-sign",
      feedback: "Your answer adds $|b|\\mathbf{v}$; with a negative scalar $b$ the multiple $b\\mathbf{v}$ points the other way, so it is subtracted.",
      wrong: (p) => (p.data.b < 0 ? vecText(combine(p.data.a, p.data.u, -p.data.b, p.data.v)) : null),
    },
  ],
  notes: {
    body: `Vectors are added **entry by entry**, and multiplied by a number (a *scalar*) by multiplying every entry:
$$2\\begin{pmatrix}1\\\\-3\\end{pmatrix} + \\begin{pmatrix}4\\\\5\\end{pmatrix} = \\begin{pmatrix}2\\\\-6\\end{pmatrix} + \\begin{pmatrix}4\\\\5\\end{pmatrix} = \\begin{pmatrix}6\\\\-1\\end{pmatrix}.$$
Geometrically, adding puts the second arrow at the tip of the first; scaling stretches an arrow (and flips it when the scalar is negative).

Why it matters for machine learning: a data point is a vector of features, and almost every algorithm moves such vectors around by these two operations. A gradient-descent step is exactly $\\mathbf{w} - \\eta\\,\\nabla L$, a vector plus a scalar multiple of another, and a weighted average of data points is a sum of scaled vectors.`,
  },
});
