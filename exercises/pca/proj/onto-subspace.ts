// pca.proj.onto-subspace — project x ∈ R³ onto span{b₁, b₂} (non-orthogonal): λ = (BᵀB)⁻¹Bᵀx,
// π = Bλ. Level 1 asks for π, level 2 for the coordinates λ. Built so λ is an integer vector.
import { matLatex, Q, type Rational, vecLatex, vecText } from "@/lib/math";
import { defineSkill } from "../../define";
import { dot, matMul, matVec, norm2, transpose } from "../../int-linalg";
import { planeInstance, solve2 } from "../shared";
import { coef, joinSigned } from "../../tex";

type Data = { basis: number[][]; x: number[]; ask: "projection" | "coordinates" };

const cols = (d: Data) => transpose(d.basis); // B, 3×2
const combo = (d: Data, c: Rational[]) => d.basis[0].map((_, i) => c[0].mul(Q.of(d.basis[0][i])).add(c[1].mul(Q.of(d.basis[1][i]))));
/** λ from the normal equations BᵀBλ = Bᵀx. */
const coordinates = (d: Data) => {
  const B = cols(d);
  return solve2(matMul(transpose(B), B), matVec(transpose(B), d.x));
};
const separate = (d: Data) => d.basis.map((b) => Q.of(dot(b, d.x), norm2(b)));

export default defineSkill<Data>({
  id: "pca.proj.onto-subspace",
  version: 1,
  levels: [1, 2],
  expects: "vector",
  build(rng, level) {
    const { B: basis, lambda, x } = planeInstance(rng);
    const data: Data = { basis, x, ask: level === 1 ? "projection" : "coordinates" };
    const B = cols(data);
    const G = matMul(transpose(B), B);
    const r = matVec(transpose(B), x);
    const pi = matVec(B, lambda);
    const asked = level === 1 ? `the projection $\\pi_U(\\mathbf{x})$ as \`(a, b, c)\`` : `the coordinates $\\boldsymbol{\\lambda} = (\\lambda_1, \\lambda_2)$ of the projection, $\\pi_U(\\mathbf{x}) = \\lambda_1\\mathbf{b}_1 + \\lambda_2\\mathbf{b}_2$, as \`(λ1, λ2)\``;
    return {
      data,
      prompt: `Let $U = \\operatorname{span}\\{\\mathbf{b}_1, \\mathbf{b}_2\\}$ with $\\mathbf{b}_1 = ${vecLatex(basis[0])}$, $\\mathbf{b}_2 = ${vecLatex(basis[1])}$, and $\\mathbf{x} = ${vecLatex(x)}$. Using the dot product, find ${asked}.`,
      answer: vecText(level === 1 ? pi : lambda),
      solution: [
        `With $B = [\\mathbf{b}_1\\ \\mathbf{b}_2] = ${matLatex(B)}$, the residual $\\mathbf{x} - B\\boldsymbol{\\lambda}$ must be orthogonal to both basis vectors: $B^\\top B\\,\\boldsymbol{\\lambda} = B^\\top\\mathbf{x}$ (the basis is not orthogonal, so the two coordinates are coupled).`,
        `$B^\\top B = ${matLatex(G)}$ and $B^\\top\\mathbf{x} = ${vecLatex(r)}$.`,
        `Solving, $\\boldsymbol{\\lambda} = (B^\\top B)^{-1}B^\\top\\mathbf{x} = ${vecLatex(lambda)}$.`,
        `${level === 1 ? "So" : "Then"} $\\pi_U(\\mathbf{x}) = B\\boldsymbol{\\lambda} = ${joinSigned([coef(lambda[0], "\\mathbf{b}_1"), coef(lambda[1], "\\mathbf{b}_2")])} = ${vecLatex(pi)}$. Check: $\\mathbf{x} - \\pi_U(\\mathbf{x}) = ${vecLatex(x.map((v, i) => v - pi[i]))}$ is orthogonal to $\\mathbf{b}_1$ and $\\mathbf{b}_2$.`,
      ],
      hints: ["Solve the normal equations $B^\\top B\\,\\boldsymbol{\\lambda} = B^\\top\\mathbf{x}$ for the coordinates, then $\\pi_U(\\mathbf{x}) = B\\boldsymbol{\\lambda}$.", "$\\mathbf{b}_1$ and $\\mathbf{b}_2$ are not orthogonal, so projecting onto each separately and adding does not work."],
    };
  },
  mistakes: [
    {
      tag: "projected-separately",
      feedback: "You projected onto $\\mathbf{b}_1$ and $\\mathbf{b}_2$ separately. That only works for an orthogonal basis; here $\\mathbf{b}_1\\cdot\\mathbf{b}_2 \\ne 0$, so solve $B^\\top B\\boldsymbol{\\lambda} = B^\\top\\mathbf{x}$ together.",
      wrong: (p) => vecText(p.data.ask === "projection" ? combo(p.data, separate(p.data)) : separate(p.data)),
    },
    {
      tag: "gave-coordinates",
      feedback: "Those are the coordinates $\\boldsymbol{\\lambda}$. The question asks for the projection itself, $\\pi_U(\\mathbf{x}) = B\\boldsymbol{\\lambda}$, a vector in $\\mathbb{R}^3$.",
      wrong: (p) => {
        if (p.data.ask !== "projection") return null;
        return vecText(coordinates(p.data));
      },
    },
    {
      tag: "gave-projection",
      feedback: "That is the projection $B\\boldsymbol{\\lambda}$ in $\\mathbb{R}^3$. The question asks for its coordinates $\\boldsymbol{\\lambda}$ with respect to $\\mathbf{b}_1, \\mathbf{b}_2$ — two numbers.",
      wrong: (p) => {
        if (p.data.ask !== "coordinates") return null;
        return vecText(combo(p.data, coordinates(p.data)));
      },
    },
    {
      tag: "forgot-inverse",
      feedback: "You used $B^\\top\\mathbf{x}$ as the coordinates, skipping $(B^\\top B)^{-1}$. That is only right for an orthonormal basis: solve $B^\\top B\\boldsymbol{\\lambda} = B^\\top\\mathbf{x}$.",
      wrong: (p) => {
        const r = matVec(transpose(cols(p.data)), p.data.x);
        return vecText(p.data.ask === "coordinates" ? r : matVec(cols(p.data), r));
      },
    },
  ],
  notes: {
    body: `To project $\\mathbf{x}$ onto a subspace $U$ with basis $\\mathbf{b}_1, \\dots, \\mathbf{b}_M$ (the columns of $B$), write the projection as $B\\boldsymbol{\\lambda}$ and require the residual to be orthogonal to every basis vector: $B^\\top(\\mathbf{x} - B\\boldsymbol{\\lambda}) = \\mathbf{0}$. These **normal equations** give
$$\\boldsymbol{\\lambda} = (B^\\top B)^{-1}B^\\top\\mathbf{x}, \\qquad \\pi_U(\\mathbf{x}) = B(B^\\top B)^{-1}B^\\top\\mathbf{x}.$$
$\\boldsymbol{\\lambda}$ holds the coordinates of the projection in the basis; $B(B^\\top B)^{-1}B^\\top$ is the projection matrix. For an orthonormal basis $B^\\top B = I$ and everything simplifies to $\\boldsymbol{\\lambda} = B^\\top\\mathbf{x}$ — which is why PCA uses orthonormal principal directions.

Why it matters for machine learning: least-squares regression is exactly this projection — the fitted values are the projection of the targets onto the column space of the design matrix, and $\\boldsymbol{\\lambda}$ are the regression weights.

Example: $\\mathbf{b}_1 = (1, 0, 0)$, $\\mathbf{b}_2 = (1, 1, 0)$, $\\mathbf{x} = (2, 3, 5)$: $B^\\top B = \\begin{pmatrix}1 & 1\\\\ 1 & 2\\end{pmatrix}$, $B^\\top\\mathbf{x} = (2, 5)$, so $\\boldsymbol{\\lambda} = (-1, 3)$ and $\\pi = (2, 3, 0)$.`,
  },
});
