// pca.proj.reconstruction-error — ‖x − π_U(x)‖² for U a line (level 1) or a plane in R³ (level 2),
// built as x = (point of U) + (vector orthogonal to U) so the answer is a whole number.
import { Q, sqrtQ, vecLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { dot, matMul, matVec, norm2, perpendicular, scale, transpose } from "../../int-linalg";
import { planeInstance, solve2 } from "../shared";

type Data = { basis: number[][]; x: number[] };

/** The projection of x onto span(basis), exactly (one or two basis vectors). */
function projection(d: Data) {
  if (d.basis.length === 1) {
    const b = d.basis[0];
    const k = Q.of(dot(b, d.x), norm2(b));
    return b.map((v) => k.mul(Q.of(v)));
  }
  const B = transpose(d.basis);
  const lam = solve2(matMul(d.basis, B), matVec(d.basis, d.x));
  return B.map((r) => lam[0].mul(Q.of(r[0])).add(lam[1].mul(Q.of(r[1]))));
}
const error = (d: Data) => projection(d).reduce((s, p, i) => s.add(Q.sub(d.x[i], p).pow(2)), Q.zero);

export default defineSkill<Data>({
  id: "pca.proj.reconstruction-error",
  version: 1,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    let data: Data;
    if (level === 1) {
      const n = rng.int(2, 3);
      let b: number[];
      let r: number[];
      do {
        b = rng.intVector(n, -3, 3);
        r = scale(rng.pick([-2, -1, 1, 2]), perpendicular(b, rng.intVector(3, -2, 2)));
      } while (norm2(r) === 0 || norm2(r) > 45 || b.filter((v) => v !== 0).length < 2);
      const lam = rng.nonZeroInt(-2, 2);
      data = { basis: [b], x: b.map((v, i) => lam * v + r[i]) };
    } else {
      const { B, x } = planeInstance(rng);
      data = { basis: B, x };
    }
    const pi = projection(data);
    const res = data.x.map((v, i) => Q.sub(v, pi[i]));
    const line = data.basis.length === 1;
    return {
      data,
      prompt: `Let $U = \\operatorname{span}\\{${data.basis.map((b, i) => `\\mathbf{b}${line ? "" : `_${i + 1}`}`).join(", ")}\\}$ with ${data.basis.map((b, i) => `$\\mathbf{b}${line ? "" : `_${i + 1}`} = ${vecLatex(b)}$`).join(" and ")}, and $\\mathbf{x} = ${vecLatex(data.x)}$. Using the dot product, find the reconstruction error $\\lVert\\mathbf{x} - \\pi_U(\\mathbf{x})\\rVert^2$ (the squared distance from $\\mathbf{x}$ to $U$).`,
      answer: Q.toString(error(data)),
      solution: [
        line
          ? `Project onto the line: $\\pi_U(\\mathbf{x}) = \\dfrac{\\mathbf{b}\\cdot\\mathbf{x}}{\\mathbf{b}\\cdot\\mathbf{b}}\\mathbf{b} = \\dfrac{${dot(data.basis[0], data.x)}}{${norm2(data.basis[0])}}\\mathbf{b} = ${vecLatex(pi)}$.`
          : `Project onto the plane with the normal equations $B^\\top B\\boldsymbol{\\lambda} = B^\\top\\mathbf{x}$: $B^\\top B = ${`\\begin{pmatrix} ${matMul(data.basis, transpose(data.basis)).map((r) => r.join(" & ")).join(" \\\\ ")} \\end{pmatrix}`}$, $B^\\top\\mathbf{x} = ${vecLatex(matVec(data.basis, data.x))}$, so $\\boldsymbol{\\lambda} = ${vecLatex(solve2(matMul(data.basis, transpose(data.basis)), matVec(data.basis, data.x)))}$ and $\\pi_U(\\mathbf{x}) = B\\boldsymbol{\\lambda} = ${vecLatex(pi)}$.`,
        `The residual is $\\mathbf{x} - \\pi_U(\\mathbf{x}) = ${vecLatex(res)}$ (orthogonal to $U$).`,
        `Its squared length: $\\lVert\\mathbf{x} - \\pi_U(\\mathbf{x})\\rVert^2 = ${res.map((v) => (Q.sign(v) < 0 ? `(${Q.toLatex(v)})^2` : `${Q.toLatex(v)}^2`)).join(" + ")} = ${Q.toLatex(error(data))}$.`,
      ],
      hints: ["Find the projection $\\pi_U(\\mathbf{x})$ first, then the residual $\\mathbf{x} - \\pi_U(\\mathbf{x})$.", "The answer is the squared length of the residual — no square root."],
    };
  },
  mistakes: [
    {
      tag: "gave-length",
      feedback: "You gave the distance $\\lVert\\mathbf{x} - \\pi_U(\\mathbf{x})\\rVert$. The reconstruction error is its square.",
      wrong: (p) => sqrtQ(error(p.data)).toString(),
    },
    {
      tag: "measured-to-wrong-point",
      feedback: "You measured the distance from $\\mathbf{x}$ to a basis vector. The reconstruction error is measured to the projection $\\pi_U(\\mathbf{x})$, the closest point of $U$.",
      wrong: (p) => String(norm2(p.data.x.map((v, i) => v - p.data.basis[0][i]))),
    },
    {
      tag: "gave-projection-length",
      feedback: "That is $\\lVert\\pi_U(\\mathbf{x})\\rVert^2$, the squared length of the projection (what is kept). The error is what is lost: $\\lVert\\mathbf{x} - \\pi_U(\\mathbf{x})\\rVert^2 = \\lVert\\mathbf{x}\\rVert^2 - \\lVert\\pi_U(\\mathbf{x})\\rVert^2$.",
      wrong: (p) => Q.toString(projection(p.data).reduce((s, v) => s.add(v.mul(v)), Q.zero)),
    },
  ],
  notes: {
    body: `When a vector $\\mathbf{x}$ is replaced by its projection $\\pi_U(\\mathbf{x})$ onto a subspace $U$, the **reconstruction error** is the squared distance between them,
$$\\lVert\\mathbf{x} - \\pi_U(\\mathbf{x})\\rVert^2 = \\lVert\\mathbf{x}\\rVert^2 - \\lVert\\pi_U(\\mathbf{x})\\rVert^2,$$
the second form by Pythagoras, since the residual is orthogonal to the projection. The projection is the point of $U$ with the smallest such error.

Why it matters for machine learning: PCA chooses the subspace that minimises the average reconstruction error over the whole dataset; that average equals the sum of the discarded covariance eigenvalues. Autoencoders are trained on the same loss with non-linear encoders and decoders.

Example: $\\mathbf{x} = (3, 1)$ projected onto $\\operatorname{span}\\{(1, 1)\\}$ gives $(2, 2)$; the residual $(1, -1)$ has squared length $2$. Check: $\\lVert\\mathbf{x}\\rVert^2 - \\lVert\\pi\\rVert^2 = 10 - 8 = 2$.`,
  },
});
