// la.vectors.orthogonal-test — are two integer vectors orthogonal? Half the seeds say yes.
import { vecLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { dot, maxAbs, perpendicular, scale } from "../../int-linalg";
import type { Rng } from "../../rng";
import { paren } from "../../tex";

type Data = { u: number[]; v: number[] };

/** An integer vector orthogonal to u: 2D/3D via perpendicular(), 4D by pairing coordinates. */
function orthogonalTo(rng: Rng, u: number[]): number[] {
  if (u.length === 4) {
    const [a, b] = [rng.nonZeroInt(-2, 2), rng.nonZeroInt(-2, 2)];
    return [-a * u[1], a * u[0], -b * u[3], b * u[2]];
  }
  return scale(rng.pick([-2, -1, 1, 2]), perpendicular(u, rng.intVector(3, -3, 3)));
}

export default defineSkill<Data>({
  id: "la.vectors.orthogonal-test",
  version: 1,
  levels: [1, 2],
  expects: "boolean",
  build(rng, level) {
    const n = level === 1 ? rng.int(2, 3) : rng.int(3, 4);
    const orthogonal = rng.bool();
    let u: number[];
    let v: number[];
    do {
      u = rng.intVector(n, -6, 6);
      v = orthogonalTo(rng, u);
      // A near miss: nudge one entry so the vectors look just as "perpendicular" but are not.
      if (!orthogonal) v[rng.int(0, n - 1)] += rng.pick([-1, 1]);
    } while (v.every((x) => x === 0) || maxAbs(v) > 12 || (dot(u, v) === 0) !== orthogonal);
    const terms = u.map((x, i) => `${paren(x)}\\cdot${paren(v[i])}`).join(" + ");
    return {
      data: { u, v },
      prompt: `Are $\\mathbf{u} = ${vecLatex(u)}$ and $\\mathbf{v} = ${vecLatex(v)}$ orthogonal? Answer yes or no.`,
      answer: orthogonal ? "yes" : "no",
      solution: [
        `Two vectors are orthogonal exactly when their dot product is zero.`,
        `$\\mathbf{u}\\cdot\\mathbf{v} = ${terms} = ${dot(u, v)}$, so they are ${orthogonal ? "" : "not "}orthogonal.`,
      ],
      hints: ["Compute $\\mathbf{u}\\cdot\\mathbf{v}$.", "Orthogonal means $\\mathbf{u}\\cdot\\mathbf{v} = 0$, whatever the lengths."],
    };
  },
  mistakes: [
    {
      tag: "judged-by-eye",
      feedback: (p) => `Compute the dot product rather than judging from the entries: $\\mathbf{u}\\cdot\\mathbf{v} = ${dot(p.data.u, p.data.v)}$, and orthogonal means exactly $0$.`,
      wrong: (p) => (dot(p.data.u, p.data.v) === 0 ? "no" : "yes"),
    },
  ],
  notes: {
    body: `Two vectors are **orthogonal** (perpendicular) when their dot product is zero: $\\mathbf{u}\\cdot\\mathbf{v} = |\\mathbf{u}|\\,|\\mathbf{v}|\\cos\\theta = 0$ means $\\theta = 90^\\circ$. Only the dot product decides; vectors can look perpendicular and miss by one unit.

Why it matters for machine learning: orthogonal directions carry independent information. Principal components are orthogonal, orthogonal bases make projections (and least squares) a matter of dot products, and a residual orthogonal to the model's directions is the signature of a best fit.

Example: $(2, -1, 3)\\cdot(1, 5, 1) = 2 - 5 + 3 = 0$, so these vectors are orthogonal; $(2, -1, 3)\\cdot(1, 5, 2) = 3$, so those are not.`,
  },
});
