// la.matrices.composition — "first T1, then T2" is the product T2 T1 (the first map on the right).
// Level 1: two integer-matrix transformations; level 2: one is a rotation by an odd multiple of 45°
// (entries in √2/2 · ℤ, so every entry of the product is a single surd).
import { matLatex, matText, type Surd } from "@/lib/math";
import { defineSkill } from "../../define";
import type { Rng } from "../../rng";
import { describe, type SurdMatrix, surdEqual, surdMatMul, type Transform, transformMatrix } from "./geometry";

type Data = { first: Transform; second: Transform };

function integerTransform(rng: Rng, allowRotation: boolean): Transform {
  const kinds = allowRotation ? (["rotation", "reflection", "scaling", "shear"] as const) : (["reflection", "scaling", "shear"] as const);
  switch (rng.pick(kinds)) {
    case "rotation":
      return { kind: "rotation", degrees: rng.pick([90, -90, 180]) };
    case "reflection":
      return { kind: "reflection", degrees: rng.pick([0, 90, 45, 135]) };
    case "scaling": {
      const [sx, sy] = rng.shuffle([rng.pick([2, 3]), rng.pick([1, -1])]);
      return { kind: "scaling", sx, sy };
    }
    case "shear":
      return { kind: "shear", axis: rng.pick(["x", "y"] as const), k: rng.pick([-2, -1, 1, 2]) };
  }
}

const sumText = (a: Surd, b: Surd): string => a.add(b)?.toString() ?? `${a.toString()} + (${b.toString()})`;

export default defineSkill<Data>({
  id: "la.matrices.composition",
  version: 1,
  levels: [1, 2],
  expects: "matrix",
  build(rng, level) {
    let first: Transform;
    let second: Transform;
    let [M1, M2]: SurdMatrix[] = [];
    // The two maps must not commute, otherwise the order of the product could not matter.
    do {
      if (level === 1) [first, second] = [integerTransform(rng, true), integerTransform(rng, true)];
      else {
        const rotation: Transform = { kind: "rotation", degrees: rng.pick([45, -45, 135, -135]) };
        [first, second] = rng.shuffle([rotation, integerTransform(rng, false)]);
      }
      [M1, M2] = [transformMatrix(first), transformMatrix(second)];
    } while (surdEqual(surdMatMul(M2, M1), surdMatMul(M1, M2)));
    const product = surdMatMul(M2, M1);
    const exact = level === 2 ? " Use exact values such as `sqrt(2)/2`." : "";
    return {
      data: { first, second },
      prompt: `Let $T_1$ be ${describe(first)} and $T_2$ be ${describe(second)}. Give the matrix of the transformation "first apply $T_1$, then apply $T_2$", as \`[[a, b], [c, d]]\`.${exact}`,
      answer: matText(product),
      solution: [
        `The matrices are $T_1 = ${matLatex(M1)}$ and $T_2 = ${matLatex(M2)}$.`,
        `Applying $T_1$ to $\\mathbf{v}$ and then $T_2$ gives $T_2(T_1\\mathbf{v}) = (T_2T_1)\\mathbf{v}$: the transformation applied **first** stands on the **right**.`,
        `$T_2T_1 = ${matLatex(M2)}${matLatex(M1)} = ${matLatex(product)}$.`,
      ],
      hints: [
        "Write down the matrix of each transformation first.",
        "The vector is on the right: $T_2(T_1\\mathbf{v})$. Which matrix touches $\\mathbf{v}$ first?",
      ],
    };
  },
  mistakes: [
    {
      tag: "wrong-order",
      feedback: "You multiplied in the order the transformations are applied ($T_1T_2$). The first transformation acts on the vector first, so it stands next to the vector, on the right: the answer is $T_2T_1$.",
      wrong: (p) => matText(surdMatMul(transformMatrix(p.data.first), transformMatrix(p.data.second))),
    },
    {
      tag: "added-matrices",
      feedback: "You added the two matrices. Doing one transformation after another corresponds to **multiplying** their matrices ($T_2T_1$), not adding them.",
      wrong: (p) => {
        const [M1, M2] = [transformMatrix(p.data.first), transformMatrix(p.data.second)];
        return `[${M1.map((r, i) => `[${r.map((x, j) => sumText(x, M2[i][j])).join(", ")}]`).join(", ")}]`;
      },
    },
  ],
  notes: {
    body: `Doing one linear transformation after another is again a linear transformation, and its matrix is the **product** of the two matrices — in the right order. If $T_1$ is applied first and $T_2$ second, a vector becomes $T_2(T_1\\mathbf{v}) = (T_2T_1)\\mathbf{v}$, so the composite is $T_2T_1$: read products from right to left, like function composition $g \\circ f$.

Why it matters for machine learning: a deep network without non-linearities is one big matrix product $W_3W_2W_1\\mathbf{x}$ — the first layer stands on the right. The same right-to-left reading applies to pipelines such as "centre, then rotate, then project" in PCA.

Example: first reflect in the $x$-axis, $F = \\begin{pmatrix}1 & 0\\\\ 0 & -1\\end{pmatrix}$, then rotate anticlockwise by $90^\\circ$, $R = \\begin{pmatrix}0 & -1\\\\ 1 & 0\\end{pmatrix}$. The composite is $RF = \\begin{pmatrix}0 & 1\\\\ 1 & 0\\end{pmatrix}$, a reflection in $y = x$; in the other order $FR = \\begin{pmatrix}0 & -1\\\\ -1 & 0\\end{pmatrix}$, a reflection in $y = -x$.`,
  },
});
