// pca.inner.angle-orthogonality — cos ω = ⟨x, y⟩/(‖x‖‖y‖) under ⟨x, y⟩ = xᵀAy. At level 2 half the
// pairs are A-orthogonal (cos ω = 0) without being dot-product orthogonal, the other half the reverse.
import { matLatex, Q, sqrtQ, vecLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { dot, matVec, norm2, perpendicular, scale } from "../../int-linalg";
import { form, spd, spd2 } from "../shared";

type Data = { A: number[][]; x: number[]; y: number[] };

/** d/√(pq) as an exact surd with the sign of d. */
const ratio = (d: number, p: number, q: number) => sqrtQ(Q.of(d * d, p * q)).scale(Math.sign(d));
const cosA = ({ A, x, y }: Data) => ratio(form(A, x, y), form(A, x, x), form(A, y, y));

export default defineSkill<Data>({
  id: "pca.inner.angle-orthogonality",
  version: 1,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    const n = level === 1 ? 2 : rng.int(2, 3);
    const orthogonalA = level === 2 && rng.bool();
    let data: Data;
    for (;;) {
      const A = n === 2 ? spd2(rng) : spd(rng, 3);
      const x = rng.intVector(n, -3, 3);
      let y: number[];
      if (level === 1) y = rng.intVector(n, -3, 3);
      else {
        // y ⟂ Ax in the dot product makes xᵀAy = 0; y ⟂ x makes the dot product 0 instead
        y = perpendicular(orthogonalA ? matVec(A, x) : x, rng.intVector(3, -2, 2));
        y = scale(rng.pick([1, -1]), y);
      }
      data = { A, x, y };
      // keep cos ω a simple surd: the square-free part of ⟨x,x⟩⟨y,y⟩ stays small
      const ok = sqrtQ(form(A, x, x) * form(A, y, y)).n <= 30n && norm2(y) > 0 && norm2(y) <= 40 && (orthogonalA ? dot(x, y) !== 0 : form(A, x, y) !== 0);
      if (ok && (level === 2 || (form(A, x, y) !== 0 && dot(x, y) * dot(x, y) !== norm2(x) * norm2(y)))) break;
    }
    const { A, x, y } = data;
    const [d, p, q] = [form(A, x, y), form(A, x, x), form(A, y, y)];
    const c = cosA(data);
    return {
      data,
      prompt: `Use the inner product $\\langle\\mathbf{u}, \\mathbf{v}\\rangle = \\mathbf{u}^\\top A\\,\\mathbf{v}$ with $A = ${matLatex(A)}$. Find $\\cos\\omega$, where $\\omega$ is the angle between $\\mathbf{x} = ${vecLatex(x)}$ and $\\mathbf{y} = ${vecLatex(y)}$ under this inner product (it is $0$ exactly when $\\mathbf{x}$ and $\\mathbf{y}$ are orthogonal with respect to it). Give an exact answer such as \`3/sqrt(10)\`.`,
      answer: c.toString(),
      solution: [
        `$\\cos\\omega = \\dfrac{\\langle\\mathbf{x}, \\mathbf{y}\\rangle}{\\sqrt{\\langle\\mathbf{x}, \\mathbf{x}\\rangle\\,\\langle\\mathbf{y}, \\mathbf{y}\\rangle}}$, every bracket computed with $A$.`,
        `$A\\mathbf{y} = ${vecLatex(matVec(A, y))}$, so $\\langle\\mathbf{x}, \\mathbf{y}\\rangle = \\mathbf{x}^\\top A\\mathbf{y} = ${d}$.`,
        d === 0
          ? `The inner product is $0$, so $\\cos\\omega = 0$: $\\mathbf{x}$ and $\\mathbf{y}$ are orthogonal with respect to $A$ — even though $\\mathbf{x}\\cdot\\mathbf{y} = ${dot(x, y)} \\ne 0$.`
          : `$\\langle\\mathbf{x}, \\mathbf{x}\\rangle = ${p}$ and $\\langle\\mathbf{y}, \\mathbf{y}\\rangle = ${q}$, so $\\cos\\omega = \\dfrac{${d}}{\\sqrt{${p * q}}} = ${c.toLatex()}$${dot(x, y) === 0 ? " — not $0$, although $\\mathbf{x}\\cdot\\mathbf{y} = 0$: orthogonality depends on the inner product" : ""}.`,
      ],
      hints: ["Replace every dot product in $\\cos\\omega = \\frac{\\mathbf{x}\\cdot\\mathbf{y}}{\\lVert\\mathbf{x}\\rVert\\lVert\\mathbf{y}\\rVert}$ by the inner product $\\mathbf{u}^\\top A\\mathbf{v}$ — in the lengths too.", "Orthogonal means $\\langle\\mathbf{x}, \\mathbf{y}\\rangle = \\mathbf{x}^\\top A\\mathbf{y} = 0$, which need not match $\\mathbf{x}\\cdot\\mathbf{y} = 0$."],
    };
  },
  mistakes: [
    {
      tag: "euclidean-angle",
      feedback: "You used the dot product. Angles and orthogonality depend on the inner product: here $\\langle\\mathbf{x}, \\mathbf{y}\\rangle = \\mathbf{x}^\\top A\\mathbf{y}$, and the lengths must use $A$ too.",
      wrong: (p) => ratio(dot(p.data.x, p.data.y), norm2(p.data.x), norm2(p.data.y)).toString(),
    },
    {
      tag: "euclidean-lengths",
      feedback: "The numerator is right, but you divided by Euclidean lengths. Use $\\lVert\\mathbf{x}\\rVert = \\sqrt{\\mathbf{x}^\\top A\\mathbf{x}}$ and $\\lVert\\mathbf{y}\\rVert = \\sqrt{\\mathbf{y}^\\top A\\mathbf{y}}$.",
      wrong: (p) => ratio(form(p.data.A, p.data.x, p.data.y), norm2(p.data.x), norm2(p.data.y)).toString(),
    },
    {
      tag: "forgot-to-normalise",
      feedback: "That is $\\langle\\mathbf{x}, \\mathbf{y}\\rangle$ itself. Divide by $\\lVert\\mathbf{x}\\rVert\\,\\lVert\\mathbf{y}\\rVert$ to get the cosine (always between $-1$ and $1$).",
      wrong: (p) => String(form(p.data.A, p.data.x, p.data.y)),
    },
  ],
  notes: {
    body: `An inner product defines angles through the Cauchy–Schwarz inequality $|\\langle\\mathbf{x}, \\mathbf{y}\\rangle| \\le \\lVert\\mathbf{x}\\rVert\\,\\lVert\\mathbf{y}\\rVert$:
$$\\cos\\omega = \\frac{\\langle\\mathbf{x}, \\mathbf{y}\\rangle}{\\lVert\\mathbf{x}\\rVert\\,\\lVert\\mathbf{y}\\rVert}, \\qquad \\lVert\\mathbf{x}\\rVert = \\sqrt{\\langle\\mathbf{x}, \\mathbf{x}\\rangle}.$$
Vectors are **orthogonal** when $\\langle\\mathbf{x}, \\mathbf{y}\\rangle = 0$. Which vectors are orthogonal depends on the inner product: $(1, 1)$ and $(1, -1)$ are perpendicular under the dot product but not under $\\mathbf{x}^\\top A\\mathbf{y}$ with $A = \\begin{pmatrix}2 & 0\\\\ 0 & 1\\end{pmatrix}$, where $\\langle(1, 1), (1, -1)\\rangle = 2 - 1 = 1$.

Why it matters for machine learning: orthogonal projections and orthonormal bases (the backbone of PCA and least squares) are always relative to an inner product; choosing a different one (e.g. weighting features) changes which reconstruction is "closest".

Example: $A = \\begin{pmatrix}2 & 1\\\\ 1 & 2\\end{pmatrix}$, $\\mathbf{x} = (1, 0)$, $\\mathbf{y} = (0, 1)$: $\\langle\\mathbf{x}, \\mathbf{y}\\rangle = 1$, $\\lVert\\mathbf{x}\\rVert = \\lVert\\mathbf{y}\\rVert = \\sqrt{2}$, so $\\cos\\omega = \\frac{1}{2}$ and $\\omega = 60^\\circ$ — the coordinate axes are not orthogonal here.`,
  },
});
