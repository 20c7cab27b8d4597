// pca.inner.length-distance — ‖x‖_A = √(xᵀAx) (level 1) or d_A(x, y) = ‖x − y‖_A (level 2), exact surds.
import { matLatex, sqrtQ, vecLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { matVec, norm2 } from "../../int-linalg";
import { form, spd, spd2 } from "../shared";

type Data = { A: number[][]; x: number[]; y: number[] | null };

/** The vector whose length is asked: x, or x − y for a distance. */
const target = (d: Data) => (d.y ? d.x.map((v, i) => v - d.y![i]) : d.x);

export default defineSkill<Data>({
  id: "pca.inner.length-distance",
  version: 1,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    const n = level === 1 ? 2 : rng.int(2, 3);
    let data: Data;
    do {
      const A = n === 2 ? spd2(rng) : spd(rng, 3);
      data = level === 1 ? { A, x: rng.intVector(n, -3, 3), y: null } : { A, x: rng.intVector(n, -3, 4), y: rng.intVector(n, -3, 4) };
    } while (norm2(target(data)) === 0 || form(data.A, target(data), target(data)) === norm2(target(data)) || form(data.A, target(data), target(data)) === 1);
    const { A, x, y } = data;
    const w = target(data);
    const q = form(A, w, w);
    const len = sqrtQ(q);
    const what = y ? `the distance $d(\\mathbf{x}, \\mathbf{y}) = \\lVert\\mathbf{x} - \\mathbf{y}\\rVert$ between $\\mathbf{x} = ${vecLatex(x)}$ and $\\mathbf{y} = ${vecLatex(y)}$` : `the length $\\lVert\\mathbf{x}\\rVert$ of $\\mathbf{x} = ${vecLatex(x)}$`;
    return {
      data,
      prompt: `Under the inner product $\\langle\\mathbf{u}, \\mathbf{v}\\rangle = \\mathbf{u}^\\top A\\,\\mathbf{v}$ with $A = ${matLatex(A)}$, find ${what}. Give an exact answer such as \`sqrt(13)\`.`,
      answer: len.toString(),
      solution: [
        ...(y ? [`The distance is the length of the difference: $\\mathbf{w} = \\mathbf{x} - \\mathbf{y} = ${vecLatex(w)}$.`] : []),
        `$\\lVert\\mathbf{${y ? "w" : "x"}}\\rVert^2 = \\mathbf{${y ? "w" : "x"}}^\\top A\\,\\mathbf{${y ? "w" : "x"}}$: first $A\\mathbf{${y ? "w" : "x"}} = ${vecLatex(matVec(A, w))}$, then the dot product with $${vecLatex(w)}$ gives $${q}$.`,
        `So the ${y ? "distance" : "length"} is $\\sqrt{${q}}${len.toString() === `sqrt(${q})` ? "" : ` = ${len.toLatex()}`}$.`,
      ],
      hints: ["Lengths come from the inner product: $\\lVert\\mathbf{v}\\rVert = \\sqrt{\\langle\\mathbf{v}, \\mathbf{v}\\rangle} = \\sqrt{\\mathbf{v}^\\top A\\mathbf{v}}$.", ...(y ? ["Find $\\mathbf{x} - \\mathbf{y}$ first, then its length."] : [])],
    };
  },
  mistakes: [
    {
      tag: "euclidean-length",
      feedback: "You used the ordinary (Euclidean) length $\\sqrt{\\mathbf{v}\\cdot\\mathbf{v}}$. Under this inner product $\\lVert\\mathbf{v}\\rVert = \\sqrt{\\mathbf{v}^\\top A\\mathbf{v}}$.",
      wrong: (p) => sqrtQ(norm2(target(p.data))).toString(),
    },
    {
      tag: "forgot-sqrt",
      feedback: "You gave $\\langle\\mathbf{v}, \\mathbf{v}\\rangle$, the squared length. Take its square root.",
      wrong: (p) => String(form(p.data.A, target(p.data), target(p.data))),
    },
    {
      tag: "added-vectors",
      feedback: "You measured $\\mathbf{x} + \\mathbf{y}$. The distance is the length of the difference $\\mathbf{x} - \\mathbf{y}$.",
      wrong: (p) => {
        if (!p.data.y) return null;
        const s = p.data.x.map((v, i) => v + p.data.y![i]);
        return sqrtQ(form(p.data.A, s, s)).toString();
      },
    },
  ],
  notes: {
    body: `Every inner product brings its own geometry. The **length** (norm) and **distance** it induces are
$$\\lVert\\mathbf{x}\\rVert = \\sqrt{\\langle\\mathbf{x}, \\mathbf{x}\\rangle}, \\qquad d(\\mathbf{x}, \\mathbf{y}) = \\lVert\\mathbf{x} - \\mathbf{y}\\rVert = \\sqrt{\\langle\\mathbf{x} - \\mathbf{y}, \\mathbf{x} - \\mathbf{y}\\rangle}.$$
With $\\langle\\mathbf{x}, \\mathbf{y}\\rangle = \\mathbf{x}^\\top A\\mathbf{y}$ the squared length is the quadratic form $\\mathbf{x}^\\top A\\mathbf{x}$; positive definiteness of $A$ guarantees it is positive for $\\mathbf{x} \\ne \\mathbf{0}$. The same vector can be long under one inner product and short under another.

Why it matters for machine learning: the Mahalanobis distance $\\sqrt{(\\mathbf{x} - \\boldsymbol{\\mu})^\\top\\Sigma^{-1}(\\mathbf{x} - \\boldsymbol{\\mu})}$ measures how unusual a point is relative to a Gaussian's spread (outlier detection, classification by Gaussians); weighted norms appear in regularisation and preconditioning.

Example: $A = \\begin{pmatrix}2 & 1\\\\ 1 & 3\\end{pmatrix}$, $\\mathbf{x} = (1, -1)$: $A\\mathbf{x} = (1, -2)$, $\\mathbf{x}^\\top A\\mathbf{x} = 3$, so $\\lVert\\mathbf{x}\\rVert = \\sqrt{3}$, whereas its Euclidean length is $\\sqrt{2}$.`,
  },
});
