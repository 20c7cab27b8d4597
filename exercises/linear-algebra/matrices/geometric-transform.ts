// la.matrices.geometric-transform — the 2×2 matrix of a rotation, reflection, scaling or shear.
// Level 1: right-angle rotations, reflections in the axes and y = ±x, scalings, shears (integer
// entries); level 2: rotations by multiples of 30°/45° and reflections in lines at 30°/60°/… (surds).
import { matLatex, matText } from "@/lib/math";
import { defineSkill } from "../../define";
import type { Rng } from "../../rng";
import { basisImages, describe, lineName, surdTranspose, type Transform, transformMatrix } from "./geometry";

type Data = { transform: Transform };

function pickLevel1(rng: Rng): Transform {
  switch (rng.pick(["rotation", "reflection", "scaling", "shear"] as const)) {
    case "rotation":
      return { kind: "rotation", degrees: rng.pick([90, -90, 180, 270, -270]) };
    case "reflection":
      return { kind: "reflection", degrees: rng.pick([0, 90, 45, 135]) };
    case "scaling": {
      const sx = rng.pick([1, 2, 3, 4, 5]);
      let sy: number;
      do sy = rng.pick([1, 2, 3, 4, 5]);
      while (sy === sx);
      return { kind: "scaling", sx, sy };
    }
    case "shear":
      return { kind: "shear", axis: rng.pick(["x", "y"] as const), k: rng.pick([-3, -2, -1, 1, 2, 3]) };
  }
}

function pickLevel2(rng: Rng): Transform {
  if (rng.bool(0.65)) return { kind: "rotation", degrees: rng.pick([1, -1]) * rng.pick([30, 45, 60, 120, 135, 150]) };
  return { kind: "reflection", degrees: rng.pick([30, 60, 120, 150]) };
}

const formula: Record<Transform["kind"], string> = {
  rotation: "An anticlockwise rotation by $\\theta$ has matrix $\\begin{pmatrix}\\cos\\theta & -\\sin\\theta\\\\ \\sin\\theta & \\cos\\theta\\end{pmatrix}$; a clockwise rotation by $\\theta$ is an anticlockwise one by $-\\theta$.",
  reflection: "A reflection in the line at angle $\\varphi$ to the $x$-axis has matrix $\\begin{pmatrix}\\cos 2\\varphi & \\sin 2\\varphi\\\\ \\sin 2\\varphi & -\\cos 2\\varphi\\end{pmatrix}$: points on the line stay put, the perpendicular direction flips.",
  scaling: "A scaling multiplies $x$ by one factor and $y$ by another: its matrix is diagonal.",
  shear: "A shear keeps one axis fixed and slides the other basis vector along it.",
};

export default defineSkill<Data>({
  id: "la.matrices.geometric-transform",
  version: 1,
  levels: [1, 2],
  expects: "matrix",
  build(rng, level) {
    const transform = level === 1 ? pickLevel1(rng) : pickLevel2(rng);
    const M = transformMatrix(transform);
    const exact = level === 2 ? " Use exact values such as `sqrt(3)/2`." : "";
    return {
      data: { transform },
      prompt: `Give the $2\\times2$ matrix of ${describe(transform)}, as \`[[a, b], [c, d]]\`.${exact}`,
      answer: matText(M),
      solution: [
        formula[transform.kind],
        `Where the basis vectors go: ${basisImages(transform)}.`,
        `These images are the columns: $${matLatex(M)}$.`,
      ],
      hints: [
        "Find where $\\mathbf{e}_1 = (1, 0)$ and $\\mathbf{e}_2 = (0, 1)$ go; their images are the columns of the matrix.",
        "Sketch the unit square before and after the transformation.",
      ],
    };
  },
  mistakes: [
    {
      tag: "rotated-wrong-way",
      feedback: "Your matrix rotates the other way: the sign of $\\sin\\theta$ is swapped. Anticlockwise by $\\theta$ is $\\begin{pmatrix}\\cos\\theta & -\\sin\\theta\\\\ \\sin\\theta & \\cos\\theta\\end{pmatrix}$; clockwise by $\\theta$ puts $-\\sin\\theta$ bottom-left instead.",
      wrong: (p) => {
        const t = p.data.transform;
        return t.kind === "rotation" && t.degrees % 180 !== 0 ? matText(transformMatrix({ kind: "rotation", degrees: -t.degrees })) : null;
      },
    },
    {
      tag: "reflection-swapped",
      feedback: (p) => {
        const t = p.data.transform;
        const other = t.kind === "reflection" ? lineName((t.degrees + 90) % 180) : "the perpendicular line";
        return `That matrix reflects in ${other}, the line perpendicular to the one asked. Points on the mirror line must stay fixed: check where a vector along the line goes.`;
      },
      wrong: (p) => {
        const t = p.data.transform;
        return t.kind === "reflection" ? matText(transformMatrix({ kind: "reflection", degrees: (t.degrees + 90) % 180 })) : null;
      },
    },
    {
      tag: "shear-transposed",
      feedback: "Your shear slides the other axis: the matrix is transposed. The image of $\\mathbf{e}_1$ is the first column and the image of $\\mathbf{e}_2$ the second.",
      wrong: (p) => (p.data.transform.kind === "shear" ? matText(surdTranspose(transformMatrix(p.data.transform))) : null),
    },
    {
      tag: "scale-factors-swapped",
      feedback: "You swapped the two scale factors: the top-left entry scales $x$, the bottom-right entry scales $y$.",
      wrong: (p) => {
        const t = p.data.transform;
        return t.kind === "scaling" ? matText([[t.sy, 0], [0, t.sx]]) : null;
      },
    },
  ],
  notes: {
    body: `The standard plane transformations all have matrices you can build from one idea: **the columns are the images of** $\\mathbf{e}_1 = (1, 0)$ **and** $\\mathbf{e}_2 = (0, 1)$.
$$R_\\theta = \\begin{pmatrix}\\cos\\theta & -\\sin\\theta\\\\ \\sin\\theta & \\cos\\theta\\end{pmatrix}\\ \\text{(anticlockwise)},\\qquad \\text{reflection in } y = x:\\ \\begin{pmatrix}0 & 1\\\\ 1 & 0\\end{pmatrix},$$
a scaling is $\\operatorname{diag}(s_x, s_y)$ and a shear along the $x$-axis is $\\begin{pmatrix}1 & k\\\\ 0 & 1\\end{pmatrix}$.

Why it matters for machine learning: data augmentation for images rotates, flips, scales and shears pictures with exactly these matrices, and understanding a learned linear layer often means decomposing it into rotations and scalings (the SVD).

Example: rotating anticlockwise by $60^\\circ$ sends $\\mathbf{e}_1$ to $(\\tfrac12, \\tfrac{\\sqrt3}{2})$ and $\\mathbf{e}_2$ to $(-\\tfrac{\\sqrt3}{2}, \\tfrac12)$, so $R_{60^\\circ} = \\begin{pmatrix}\\tfrac12 & -\\tfrac{\\sqrt3}{2}\\\\ \\tfrac{\\sqrt3}{2} & \\tfrac12\\end{pmatrix}$.`,
  },
});
