// la.vectors.scalar-projection — the scalar projection (r·s)/|r| of s onto r, exact.
import { Q, sqrtQ, vecLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { dot, norm2 } from "../../int-linalg";
import { PYTHAGOREAN, scalarProjection } from "./projection-shared";

type Data = { r: number[]; s: number[] };

/** " = answer" unless the fraction as written is already the answer (43/13). */
const simplified = (r: number[], s: number[]) => {
  const proj = scalarProjection(r, s).toLatex();
  return proj === `\\frac{${dot(r, s)}}{${sqrtQ(norm2(r)).toLatex()}}` ? "" : ` = ${proj}`;
};

export default defineSkill<Data>({
  id: "la.vectors.scalar-projection",
  version: 1,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    // Level 1: |r| is a whole number; level 2: |r| is a surd and the answer is rationalised.
    const n = level === 1 ? rng.int(2, 3) : 3;
    let r: number[];
    let s: number[];
    do {
      r = level === 1 ? rng.signedPermutation(n)(rng.pick(PYTHAGOREAN.filter((p) => p.length === n))) : rng.intVector(3, -4, 4);
      s = rng.intVector(n, -6, 6);
    } while (dot(r, s) === 0 || (level === 2 && sqrtQ(norm2(r)).isRational));
    const proj = scalarProjection(r, s);
    return {
      data: { r, s },
      prompt: `Find the scalar projection of $\\mathbf{s} = ${vecLatex(s)}$ onto $\\mathbf{r} = ${vecLatex(r)}$. Give an exact answer.`,
      answer: proj.toString(),
      solution: [
        `The scalar projection of $\\mathbf{s}$ onto $\\mathbf{r}$ is $\\dfrac{\\mathbf{r}\\cdot\\mathbf{s}}{|\\mathbf{r}|}$.`,
        `$\\mathbf{r}\\cdot\\mathbf{s} = ${dot(r, s)}$ and $|\\mathbf{r}| = \\sqrt{${norm2(r)}}${sqrtQ(norm2(r)).isRational ? ` = ${sqrtQ(norm2(r)).toLatex()}` : ""}$.`,
        `So the scalar projection is $\\dfrac{${dot(r, s)}}{${sqrtQ(norm2(r)).toLatex()}}${simplified(r, s)}$.`,
      ],
      hints: ["Divide $\\mathbf{r}\\cdot\\mathbf{s}$ by the length of the vector you project onto.", "The answer is a number, negative when $\\mathbf{s}$ points away from $\\mathbf{r}$."],
    };
  },
  mistakes: [
    {
      tag: "divided-by-wrong-length",
      feedback: "You divided by $|\\mathbf{s}|$, which gives the projection of $\\mathbf{r}$ onto $\\mathbf{s}$. Divide by the length of $\\mathbf{r}$, the vector projected onto.",
      wrong: (p) => scalarProjection(p.data.s, p.data.r).toString(),
    },
    {
      tag: "divided-by-length-squared",
      feedback: "You divided by $|\\mathbf{r}|^2$: that is the coefficient of the vector projection. The scalar projection divides by $|\\mathbf{r}|$ once.",
      wrong: (p) => Q.toString(Q.of(dot(p.data.r, p.data.s), norm2(p.data.r))),
    },
    {
      tag: "dropped-sign",
      feedback: "The scalar projection keeps its sign: it is negative when $\\mathbf{s}$ points away from $\\mathbf{r}$ ($\\mathbf{r}\\cdot\\mathbf{s} < 0$).",
      wrong: (p) => (dot(p.data.r, p.data.s) < 0 ? scalarProjection(p.data.r, p.data.s).scale(-1).toString() : null),
    },
  ],
  notes: {
    body: `The **scalar projection** of $\\mathbf{s}$ onto $\\mathbf{r}$ is the signed length of the shadow $\\mathbf{s}$ casts on the line of $\\mathbf{r}$:
$$\\text{comp}_{\\mathbf{r}}\\,\\mathbf{s} = \\frac{\\mathbf{r}\\cdot\\mathbf{s}}{|\\mathbf{r}|} = |\\mathbf{s}|\\cos\\theta.$$
Only the direction of $\\mathbf{r}$ matters, so we divide by its length.

Why it matters for machine learning: projecting a data point onto a direction gives its coordinate along that direction. PCA describes each data point by its scalar projections onto the principal directions, and a linear classifier's score $\\mathbf{w}\\cdot\\mathbf{x}/|\\mathbf{w}|$ is the signed distance along $\\mathbf{w}$.

Example: $\\mathbf{r} = (3, 4)$, $\\mathbf{s} = (2, 1)$: $\\mathbf{r}\\cdot\\mathbf{s} = 10$ and $|\\mathbf{r}| = 5$, so the scalar projection is $2$.`,
  },
});
