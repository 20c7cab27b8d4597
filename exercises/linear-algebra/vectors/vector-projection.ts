// la.vectors.vector-projection — the vector projection (r·s/|r|²) r of s onto r, rational entries.
import { Q, vecLatex, vecText } from "@/lib/math";
import { defineSkill } from "../../define";
import { dot, norm2 } from "../../int-linalg";
import { scalarProjection, vectorProjection } from "./projection-shared";

type Data = { r: number[]; s: number[] };

export default defineSkill<Data>({
  id: "la.vectors.vector-projection",
  version: 1,
  levels: [1, 2],
  expects: "vector",
  build(rng, level) {
    const n = level === 1 ? 2 : 3;
    const bound = level === 1 ? 4 : 5;
    let r: number[];
    let s: number[];
    do {
      r = rng.intVector(n, -bound, bound);
      s = rng.intVector(n, -6, 6);
    } while (dot(r, s) === 0 || dot(r, s) ** 2 === norm2(r) * norm2(s));
    const k = Q.of(dot(r, s), norm2(r));
    const proj = vectorProjection(r, s);
    return {
      data: { r, s },
      prompt: `Find the vector projection of $\\mathbf{s} = ${vecLatex(s)}$ onto $\\mathbf{r} = ${vecLatex(r)}$. Give exact entries (fractions allowed).`,
      answer: vecText(proj),
      solution: [
        `The vector projection is $\\dfrac{\\mathbf{r}\\cdot\\mathbf{s}}{|\\mathbf{r}|^2}\\,\\mathbf{r}$: the scalar projection times the unit vector $\\mathbf{r}/|\\mathbf{r}|$.`,
        `$\\mathbf{r}\\cdot\\mathbf{s} = ${dot(r, s)}$ and $|\\mathbf{r}|^2 = ${norm2(r)}$, so the factor is $${Q.toLatex(k)}$.`,
        `$${Q.toLatex(k)}\\,${vecLatex(r)} = ${vecLatex(proj)}$.`,
      ],
      hints: ["The projection is a multiple of $\\mathbf{r}$.", "The multiple is $\\mathbf{r}\\cdot\\mathbf{s}$ divided by $|\\mathbf{r}|^2 = \\mathbf{r}\\cdot\\mathbf{r}$."],
    };
  },
  mistakes: [
    {
      tag: "divided-by-length",
      feedback: "You divided $\\mathbf{r}\\cdot\\mathbf{s}$ by $|\\mathbf{r}|$ only. Multiplying by $\\mathbf{r}$ (not the unit vector) needs a second division: use $|\\mathbf{r}|^2$.",
      wrong: (p) => {
        const c = scalarProjection(p.data.r, p.data.s);
        return vecText(p.data.r.map((x) => c.scale(x)));
      },
    },
    {
      tag: "gave-scalar-projection",
      feedback: "You gave the scalar projection (a number). The vector projection is that number times the unit vector $\\mathbf{r}/|\\mathbf{r}|$.",
      wrong: (p) => scalarProjection(p.data.r, p.data.s).toString(),
    },
    {
      tag: "projected-wrong-way",
      feedback: "You projected $\\mathbf{r}$ onto $\\mathbf{s}$. Project $\\mathbf{s}$ onto $\\mathbf{r}$: the answer is a multiple of $\\mathbf{r}$.",
      wrong: (p) => vecText(vectorProjection(p.data.s, p.data.r)),
    },
  ],
  notes: {
    body: `The **vector projection** of $\\mathbf{s}$ onto $\\mathbf{r}$ is the point on the line through $\\mathbf{r}$ closest to $\\mathbf{s}$:
$$\\text{proj}_{\\mathbf{r}}\\,\\mathbf{s} = \\frac{\\mathbf{r}\\cdot\\mathbf{s}}{|\\mathbf{r}|^2}\\,\\mathbf{r} = \\frac{\\mathbf{r}\\cdot\\mathbf{s}}{\\mathbf{r}\\cdot\\mathbf{r}}\\,\\mathbf{r}.$$
What is left over, $\\mathbf{s} - \\text{proj}_{\\mathbf{r}}\\,\\mathbf{s}$, is orthogonal to $\\mathbf{r}$.

Why it matters for machine learning: least squares is projection. Fitting $y \\approx w x$ through the origin gives $w = \\frac{\\mathbf{x}\\cdot\\mathbf{y}}{\\mathbf{x}\\cdot\\mathbf{x}}$, the projection factor; PCA reconstructs data by projecting onto principal directions, and the leftover is the reconstruction error.

Example: $\\mathbf{r} = (1, 2)$, $\\mathbf{s} = (3, 1)$: $\\mathbf{r}\\cdot\\mathbf{s} = 5$, $|\\mathbf{r}|^2 = 5$, so the projection is $(1, 2)$, and $\\mathbf{s} - (1, 2) = (2, -1)$ is indeed orthogonal to $\\mathbf{r}$.`,
  },
});
