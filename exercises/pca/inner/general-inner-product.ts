// pca.inner.general-inner-product — ⟨x, y⟩ = xᵀ A y for a symmetric positive-definite integer A.
import { matLatex, vecLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { dot, matMul, matVec } from "../../int-linalg";
import { form, spd, spd2 } from "../shared";

type Data = { A: number[][]; x: number[]; y: number[] };

export default defineSkill<Data>({
  id: "pca.inner.general-inner-product",
  version: 1,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    // Level 1: 2×2 A; level 2: 3×3 A = LLᵀ.
    const n = level === 1 ? 2 : 3;
    let A: number[][];
    let x: number[];
    let y: number[];
    do {
      A = n === 2 ? spd2(rng) : spd(rng, 3);
      x = rng.intVector(n, -3, 3);
      y = rng.intVector(n, -3, 3);
    } while (A.every((r, i) => r.every((a, j) => a === (i === j ? 1 : 0))) || form(A, x, y) === dot(x, y) || form(A, x, y) === 0);
    const Ay = matVec(A, y);
    return {
      data: { A, x, y },
      prompt: `The inner product $\\langle \\mathbf{x}, \\mathbf{y} \\rangle = \\mathbf{x}^\\top A\\,\\mathbf{y}$ is defined by $A = ${matLatex(A)}$. Compute $\\langle \\mathbf{x}, \\mathbf{y} \\rangle$ for $\\mathbf{x} = ${vecLatex(x)}$ and $\\mathbf{y} = ${vecLatex(y)}$.`,
      answer: String(form(A, x, y)),
      solution: [
        `First $A\\mathbf{y} = ${matLatex(A)}${vecLatex(y)} = ${vecLatex(Ay)}$.`,
        `Then $\\mathbf{x}^\\top(A\\mathbf{y}) = ${x.map((xi, i) => `${xi < 0 ? `(${xi})` : xi}\\cdot${Ay[i] < 0 ? `(${Ay[i]})` : Ay[i]}`).join(" + ")} = ${form(A, x, y)}$.`,
      ],
      hints: ["Multiply $A\\mathbf{y}$ first (a vector), then take its dot product with $\\mathbf{x}$.", "With $A = I$ this would be the ordinary dot product; here $A$ weights and mixes the coordinates."],
    };
  },
  mistakes: [
    {
      tag: "ignored-a",
      feedback: "You computed the plain dot product $\\mathbf{x}^\\top\\mathbf{y}$. This inner product is $\\mathbf{x}^\\top A\\mathbf{y}$: multiply by $A$ first.",
      wrong: (p) => String(dot(p.data.x, p.data.y)),
    },
    {
      tag: "a-on-both-sides",
      feedback: "You computed $(A\\mathbf{x})\\cdot(A\\mathbf{y}) = \\mathbf{x}^\\top A^2\\mathbf{y}$. $A$ appears once: $\\langle\\mathbf{x}, \\mathbf{y}\\rangle = \\mathbf{x}^\\top A\\mathbf{y}$.",
      wrong: (p) => String(form(matMul(p.data.A, p.data.A), p.data.x, p.data.y)),
    },
  ],
  notes: {
    body: `An **inner product** generalises the dot product. Any symmetric positive-definite matrix $A$ defines one on $\\mathbb{R}^n$:
$$\\langle \\mathbf{x}, \\mathbf{y} \\rangle_A = \\mathbf{x}^\\top A\\,\\mathbf{y} = \\sum_{i,j} x_i\\,a_{ij}\\,y_j .$$
The dot product is the case $A = I$. A diagonal $A$ weights the coordinates differently; off-diagonal entries mix them.

Why it matters for machine learning: changing the inner product changes what "close" and "perpendicular" mean. The Mahalanobis distance uses $A = \\Sigma^{-1}$ so that correlated, high-variance directions count less; kernels are inner products in feature spaces; and projections (hence PCA and least squares) are defined relative to an inner product.

Example: with $A = \\begin{pmatrix}2 & 1\\\\ 1 & 3\\end{pmatrix}$, $\\mathbf{x} = (1, 0)$, $\\mathbf{y} = (0, 1)$: $A\\mathbf{y} = (1, 3)$ and $\\langle\\mathbf{x}, \\mathbf{y}\\rangle = 1$, although $\\mathbf{x}\\cdot\\mathbf{y} = 0$.`,
  },
});
