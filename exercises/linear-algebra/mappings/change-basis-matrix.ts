// la.mappings.change-basis-matrix — coordinates between the standard basis and a basis B (columns
// b_i): standard = B·c, and back c = B⁻¹·standard.
import { matLatex, vecLatex, vecText } from "@/lib/math";
import { defineSkill } from "../../define";
import { transpose } from "../../int-linalg";
import { basis2, basis3, basisNames, combination, qApply, qInverse } from "./basis-shared";

type Direction = "to-standard" | "to-basis";
type Data = { basis: number[][]; v: number[]; direction: Direction };

const matrixOf = (basis: number[][]) => transpose(basis);

export default defineSkill<Data>({
  id: "la.mappings.change-basis-matrix",
  version: 1,
  levels: [1, 2],
  expects: "vector",
  build(rng, level) {
    // Level 1: 2D, det ±1 or ±2 (halves when converting back); level 2: 3D with det ±1.
    const B = level === 1 ? basis2(rng, [-2, -1, 1, 2]) : basis3(rng).B;
    const n = B.length;
    const basis = transpose(B);
    const direction: Direction = rng.bool() ? "to-standard" : "to-basis";
    let v: number[];
    do v = rng.intVector(n, -3, 3);
    while (v.filter((x) => x !== 0).length < 2);
    const names = basisNames(n);
    const given = `${names.map((b, i) => `$${b} = ${vecLatex(basis[i])}$`).join(", ")}`;
    const Binv = qInverse(B);
    if (direction === "to-standard") {
      const r = qApply(B, v);
      return {
        data: { basis, v, direction },
        prompt: `A new basis has the vectors ${given}, written in standard coordinates. A vector has coordinates $${vecLatex(v)}$ in the new basis, i.e. it is $${combination(v, names)}$. Give the vector in standard coordinates, as \`(x, y${n === 3 ? ", z" : ""})\`.`,
        answer: vecText(r),
        solution: [
          `Put the new basis vectors in the **columns** of $B = ${matLatex(B)}$; then standard coordinates $= B\\times$ new coordinates.`,
          `$B${vecLatex(v)} = ${vecLatex(r)}$.`,
        ],
        hints: ["Standard coordinates are the combination $c_1\\mathbf{b}_1 + c_2\\mathbf{b}_2 + \\dots$", "That combination is the matrix with columns $\\mathbf{b}_i$ times the coordinate vector."],
      };
    }
    const c = qApply(Binv, v);
    return {
      data: { basis, v, direction },
      prompt: `A new basis has the vectors ${given}, written in standard coordinates. Give the coordinates of $\\mathbf{v} = ${vecLatex(v)}$ (standard coordinates) in the new basis, as a vector $(c_1, \\dots)$ with $\\mathbf{v} = ${names.map((b, i) => `c_${i + 1}${b}`).join(" + ")}$. Exact fractions are fine.`,
      answer: vecText(c),
      solution: [
        `With the basis vectors as the **columns** of $B = ${matLatex(B)}$, standard $= B\\,\\mathbf{c}$, so $\\mathbf{c} = B^{-1}\\mathbf{v}$.`,
        `$B^{-1} = ${matLatex(Binv)}$.`,
        `$\\mathbf{c} = B^{-1}\\mathbf{v} = ${vecLatex(c)}$. Check: $${combination(c, names)} = \\mathbf{v}$.`,
      ],
      hints: ["Going from the new basis to standard coordinates multiplies by $B$ (basis vectors as columns); this is the other direction.", "So multiply $\\mathbf{v}$ by $B^{-1}$ — or solve $B\\mathbf{c} = \\mathbf{v}$."],
    };
  },
  mistakes: [
    {
      tag: "wrong-direction",
      feedback: (p) =>
        p.data.direction === "to-basis"
          ? "You multiplied by $B$, which converts new-basis coordinates to standard ones. To go from standard coordinates to the new basis, use $B^{-1}$."
          : "You multiplied by $B^{-1}$, which converts standard coordinates to the new basis. New-basis coordinates become standard ones through $B$ itself.",
      wrong: (p) => {
        const B = matrixOf(p.data.basis);
        return vecText(p.data.direction === "to-basis" ? qApply(B, p.data.v) : qApply(qInverse(B), p.data.v));
      },
    },
    {
      tag: "basis-in-rows",
      feedback: "You put the basis vectors in the rows of $B$. The change-of-basis matrix has the new basis vectors (in standard coordinates) as its **columns**.",
      wrong: (p) => {
        const Bt = p.data.basis; // rows = basis vectors
        return vecText(p.data.direction === "to-standard" ? qApply(Bt, p.data.v) : qApply(qInverse(Bt), p.data.v));
      },
    },
  ],
  notes: {
    body: `A **basis** $\\mathbf{b}_1, \\dots, \\mathbf{b}_n$ gives every vector coordinates $c_i$ with $\\mathbf{v} = c_1\\mathbf{b}_1 + \\dots + c_n\\mathbf{b}_n$. Put the basis vectors, written in standard coordinates, in the columns of a matrix $B$. Then
$$\\mathbf{v}_{\\text{standard}} = B\\,\\mathbf{c}, \\qquad \\mathbf{c} = B^{-1}\\,\\mathbf{v}_{\\text{standard}}.$$
$B$ translates *from* the new basis *to* ours; $B^{-1}$ translates back. (For an orthonormal basis $B^{-1} = B^{T}$, and the coordinates are just dot products.)

Why it matters for machine learning: features are coordinates in some basis, and many methods are "change to a better basis, then do something simple": PCA rotates data into the basis of principal directions, whitening rescales it, and an eigenbasis makes a matrix diagonal.

Example: $\\mathbf{b}_1 = (2, 1)$, $\\mathbf{b}_2 = (1, 1)$, so $B = \\begin{pmatrix}2 & 1\\\\ 1 & 1\\end{pmatrix}$ and $B^{-1} = \\begin{pmatrix}1 & -1\\\\ -1 & 2\\end{pmatrix}$. The vector with new coordinates $(1, 3)$ is $B(1, 3) = (5, 4)$ in standard coordinates, and $B^{-1}(5, 4) = (1, 3)$ takes it back.`,
  },
});
