// la.vectors.change-basis-orthogonal — coordinates of r in an orthogonal basis: cᵢ = r·bᵢ/|bᵢ|².
import { Q, sqrtQ, vecLatex, vecText, type Rational } from "@/lib/math";
import { defineSkill } from "../../define";
import { addVec, cross, dot, gcdAll, maxAbs, norm2, perpendicular, scale } from "../../int-linalg";
import type { Rng } from "../../rng";

type Data = { r: number[]; basis: number[][] };

const coords = (r: number[], basis: number[][]): Rational[] => basis.map((b) => Q.of(dot(r, b), norm2(b)));
const primitive = (v: number[]) => scale(1 / gcdAll(v), v);

/** An orthogonal (not orthonormal) integer basis of R^n, n = 2 or 3, entries within ±9. */
function orthogonalBasis(rng: Rng, n: number): number[][] {
  for (;;) {
    const b1 = rng.intVector(n, -3, 3);
    const b2 = perpendicular(b1, rng.intVector(3, -2, 2));
    if (b2.every((x) => x === 0)) continue;
    const basis = n === 2 ? [b1, scale(rng.pick([1, 2]), b2)] : [b1, b2, primitive(cross(b1, b2))];
    if (maxAbs(basis) <= 9) return basis;
  }
}

export default defineSkill<Data>({
  id: "la.vectors.change-basis-orthogonal",
  version: 1,
  levels: [1, 2],
  expects: "vector",
  build(rng, level) {
    // Level 1: 2D with whole-number coordinates; level 2: 3D and r arbitrary (fractions).
    const n = level === 1 ? 2 : 3;
    const basis = orthogonalBasis(rng, n);
    let r: number[];
    do {
      r = level === 1 ? basis.map((b) => scale(rng.int(-3, 3), b)).reduce(addVec) : rng.intVector(3, -6, 6);
    } while (r.every((x) => x === 0) || maxAbs(r) > 20);
    const c = coords(r, basis);
    const names = basis.map((_, i) => `\\mathbf{b}_${i + 1}`);
    return {
      data: { r, basis },
      prompt: `The vectors ${basis.map((b, i) => `$${names[i]} = ${vecLatex(b)}$`).join(", ")} form an orthogonal basis. Give the coordinates of $\\mathbf{r} = ${vecLatex(r)}$ in this basis, as a vector $(c_1, \\dots)$ with $\\mathbf{r} = ${names.map((b, i) => `c_${i + 1}${b}`).join(" + ")}$.`,
      answer: vecText(c),
      solution: [
        `Check orthogonality: ${basis.flatMap((b, i) => basis.slice(i + 1).map((d, j) => `$${names[i]}\\cdot${names[i + j + 1]} = ${dot(b, d)}$`)).join(", ")}; so each coordinate is a projection factor $c_i = \\dfrac{\\mathbf{r}\\cdot\\mathbf{b}_i}{|\\mathbf{b}_i|^2}$.`,
        ...basis.map((b, i) => `$c_${i + 1} = \\dfrac{${dot(r, b)}}{${norm2(b)}} = ${Q.toLatex(c[i])}$.`),
        `So $\\mathbf{r} = ${vecLatex(c)}$ in the new basis.`,
      ],
      hints: ["Because the basis is orthogonal, each coordinate comes from one dot product.", "Divide $\\mathbf{r}\\cdot\\mathbf{b}_i$ by $|\\mathbf{b}_i|^2$, not by $|\\mathbf{b}_i|$."],
    };
  },
  mistakes: [
    {
      tag: "divided-by-length",
      feedback: "You divided by $|\\mathbf{b}_i|$. The coordinate is $\\mathbf{r}\\cdot\\mathbf{b}_i / |\\mathbf{b}_i|^2$ (the basis vectors are not unit length).",
      wrong: (p) => vecText(p.data.basis.map((b) => sqrtQ(Q.of(1, norm2(b))).scale(dot(p.data.r, b)))),
    },
    {
      tag: "gave-projected-vector",
      feedback: "You gave the projection vector $c_1\\mathbf{b}_1$. The coordinates are the numbers $c_i$ themselves, one per basis vector.",
      wrong: (p) => {
        const c1 = coords(p.data.r, p.data.basis)[0];
        return vecText(p.data.basis[0].map((x) => c1.mul(Q.of(x))));
      },
    },
  ],
  notes: {
    body: `When the new basis vectors $\\mathbf{b}_1, \\dots, \\mathbf{b}_n$ are **orthogonal** to each other, the coordinates of a vector $\\mathbf{r}$ in that basis are just projections, one at a time:
$$\\mathbf{r} = c_1\\mathbf{b}_1 + \\dots + c_n\\mathbf{b}_n, \\qquad c_i = \\frac{\\mathbf{r}\\cdot\\mathbf{b}_i}{|\\mathbf{b}_i|^2}.$$
No simultaneous equations are needed. (Check orthogonality first: for a non-orthogonal basis this shortcut gives wrong coordinates.)

Why it matters for machine learning: changing to a convenient basis is how PCA, Fourier features and whitening work. PCA's basis is orthonormal, so a data point's new coordinates are plain dot products with the principal directions.

Example: $\\mathbf{b}_1 = (1, 1)$, $\\mathbf{b}_2 = (1, -1)$, $\\mathbf{r} = (3, 1)$: $c_1 = \\frac{4}{2} = 2$, $c_2 = \\frac{2}{2} = 1$, and indeed $2(1, 1) + 1(1, -1) = (3, 1)$.`,
  },
});
