// la.matrices.transform-basis-vectors — the matrix of a linear map is its images of e1, e2 (, e3) as columns.
// Level 1: 2D, images of e1, e2 given; level 2: 3D; level 3: 2D, the image of e_i and of e1 ± e2
// given, so linearity must first recover the missing basis image.
import { matLatex, matText, vecLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { addVec, det, matMul, scale, transpose } from "../../int-linalg";

type Data = { vectors: number[][]; images: number[][] };

const isSymmetric = (A: number[][]) => A.every((r, i) => r.every((x, j) => x === A[j][i]));
const basisName = (i: number) => `\\mathbf{e}_{${i + 1}}`;
const combo = (u: number[]) => (u[0] === 1 && u[1] === 0 ? basisName(0) : u[0] === 0 ? basisName(1) : `\\mathbf{e}_1 ${u[1] < 0 ? "-" : "+"} \\mathbf{e}_2`);

export default defineSkill<Data>({
  id: "la.matrices.transform-basis-vectors",
  version: 1,
  levels: [1, 2, 3],
  expects: "matrix",
  build(rng, level) {
    const n = level === 2 ? 3 : 2;
    let M: number[][];
    // Non-symmetric and non-degenerate, so columns-versus-rows is a visible difference.
    do M = rng.intMatrix(n, n, -5, 5);
    while (isSymmetric(M) || det(M) === 0);
    const cols = transpose(M);
    const example = n === 2 ? "[[a, b], [c, d]]" : "[[a, b, c], [d, e, f], [g, h, i]]";
    if (level !== 3) {
      const vectors = cols.map((_, i) => cols.map((__, j) => (i === j ? 1 : 0)));
      return {
        data: { vectors, images: cols },
        prompt: `A linear map $T$ sends ${cols.map((c, i) => `$${basisName(i)} \\mapsto ${vecLatex(c)}$`).join(", ")}. Give the matrix of $T$ as \`${example}\`.`,
        answer: matText(M),
        solution: [
          `The columns of the matrix of $T$ are the images of the basis vectors, in order: column $i$ is $T(${basisName(0).replace("1", "i")})$.`,
          `So $T = ${matLatex(M)}$. Check: $T${vecLatex(vectors[0])} = ${vecLatex(cols[0])}$, the first column.`,
        ],
        hints: ["$T\\mathbf{e}_1$ picks out the first column of the matrix.", "Write each image as a **column**, not a row."],
      };
    }
    // Level 3: inputs e_i and e1 ± e2; the missing image follows by linearity.
    const i = rng.int(0, 1);
    const sign = rng.pick([1, -1]);
    const vectors = [i === 0 ? [1, 0] : [0, 1], [1, sign]];
    const images = transpose(matMul(M, transpose(vectors)));
    const j = 1 - i;
    // T(e_j): from T(e1 + s e2) = T(e1) + s T(e2).
    const missing = j === 1 ? scale(sign, addVec(images[1], scale(-1, images[0]))) : addVec(images[1], scale(-sign, images[0]));
    return {
      data: { vectors, images },
      prompt: `A linear map $T$ of the plane satisfies $T(${combo(vectors[0])}) = ${vecLatex(images[0])}$ and $T(${combo(vectors[1])}) = ${vecLatex(images[1])}$. Give the matrix of $T$ as \`${example}\`.`,
      answer: matText(M),
      solution: [
        `The columns of the matrix are $T(\\mathbf{e}_1)$ and $T(\\mathbf{e}_2)$; one of them is given: $T(${basisName(i)}) = ${vecLatex(images[0])}$.`,
        `By linearity $T(${combo(vectors[1])}) = T(\\mathbf{e}_1) ${sign < 0 ? "-" : "+"} T(\\mathbf{e}_2)$, so $T(${basisName(j)}) = ${vecLatex(missing)}$.`,
        `Put the images in as columns: $T = ${matLatex(M)}$.`,
      ],
      hints: [
        "You need $T(\\mathbf{e}_1)$ and $T(\\mathbf{e}_2)$; write the given input $\\mathbf{e}_1 \\pm \\mathbf{e}_2$ as a combination and use linearity.",
        "$T(\\mathbf{a} + \\mathbf{b}) = T(\\mathbf{a}) + T(\\mathbf{b})$ and $T(-\\mathbf{b}) = -T(\\mathbf{b})$.",
      ],
    };
  },
  mistakes: [
    {
      tag: "images-as-rows",
      feedback: "You wrote the images as rows. The image of $\\mathbf{e}_i$ is the $i$-th **column** of the matrix, because $A\\mathbf{e}_i$ picks out column $i$.",
      wrong: (p) => matText(transpose(p.answer.numeric as number[][])),
    },
    {
      tag: "used-given-images-directly",
      feedback: "You used the given images as the columns, but only $T(\\mathbf{e}_1)$ and $T(\\mathbf{e}_2)$ are columns of the matrix. Recover the missing one by linearity first.",
      wrong: (p) => (p.level === 3 ? matText(transpose(p.data.images)) : null),
    },
  ],
  notes: {
    body: `A linear map is fixed by what it does to the basis vectors. Because $\\mathbf{v} = v_1\\mathbf{e}_1 + v_2\\mathbf{e}_2$ and $T$ is linear, $T(\\mathbf{v}) = v_1 T(\\mathbf{e}_1) + v_2 T(\\mathbf{e}_2)$. So the matrix of $T$ simply has the images of the basis vectors as its **columns**:
$$A = \\big(\\,T(\\mathbf{e}_1)\\ \\ T(\\mathbf{e}_2)\\,\\big).$$

Why it matters for machine learning: reading a matrix column by column tells you what it does — where each input feature is sent. Embedding matrices are exactly this: column $i$ is the vector that input $i$ is mapped to.

Example: if $T(\\mathbf{e}_1) = (2, 1)$ and $T(\\mathbf{e}_2) = (-1, 3)$, then $A = \\begin{pmatrix}2 & -1\\\\ 1 & 3\\end{pmatrix}$ and $T(4, 1) = 4(2, 1) + (-1, 3) = (7, 7)$. If instead $T(\\mathbf{e}_1 + \\mathbf{e}_2) = (1, 4)$ is given, linearity gives $T(\\mathbf{e}_2) = (1, 4) - T(\\mathbf{e}_1)$.`,
  },
});
