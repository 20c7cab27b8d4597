// la.mappings.gram-schmidt — orthonormalise 2–3 integer vectors in order; the data are built from
// orthogonal integer vectors w_k (v_k = w_k + earlier w's) so every e_k = w_k/|w_k| is a simple surd.
import { vecLatex, vecText, type Surd } from "@/lib/math";
import { defineSkill } from "../../define";
import { addVec, cross, dot, gcdAll, maxAbs, norm2, perpendicular, scale } from "../../int-linalg";
import type { Rng } from "../../rng";
import { orthogonalise, unit } from "./gram-schmidt-shared";

type Data = { vectors: number[][] };

const primitive = (v: number[]) => (v.every((x) => x === 0) ? v : scale(1 / gcdAll(v), v));
const names = (k: number) => Array.from({ length: k }, (_, i) => `e${i + 1}`);
const partsText = (es: (Surd[] | string)[]) => es.map((e, i) => `e${i + 1} = ${typeof e === "string" ? e : vecText(e)}`).join("; ");

function orthogonalIntegers(rng: Rng, dim: number, count: number): number[][] {
  for (;;) {
    const w1 = rng.intVector(dim, -2, 2);
    const w2 = primitive(perpendicular(w1, rng.intVector(3, -2, 2)));
    if (w2.every((x) => x === 0)) continue;
    const ws = count === 2 ? [w1, w2] : [w1, w2, primitive(cross(w1, w2))];
    if (maxAbs(ws) <= 3 && ws.every((w) => norm2(w) <= 14)) return ws;
  }
}

/** v_2 = w_2 + c·w_1 (c ≠ 0) and v_3 = w_3 + a·w_1 + b·w_2 ((a, b) ≠ 0), so each step subtracts something. */
function mixed(rng: Rng, ws: number[][]): number[][] {
  for (;;) {
    const c = rng.nonZeroInt(-2, 2);
    const [a, b] = [rng.int(-1, 1), rng.int(-1, 1)];
    const vs = [ws[0], addVec(ws[1], scale(c, ws[0]))];
    if (ws.length === 3) vs.push(addVec(ws[2], addVec(scale(a, ws[0]), scale(b, ws[1]))));
    if (maxAbs(vs) <= 8 && (ws.length === 2 || a !== 0 || b !== 0)) return vs;
  }
}

export default defineSkill<Data>({
  id: "la.mappings.gram-schmidt",
  version: 1,
  levels: [1, 2],
  expects: "parts",
  build(rng, level) {
    // Level 1: two vectors in R² or R³; level 2: three vectors in R³.
    const count = level === 1 ? 2 : 3;
    const dim = level === 1 ? rng.pick([2, 3]) : 3;
    const vectors = mixed(rng, orthogonalIntegers(rng, dim, count));
    const us = orthogonalise(vectors);
    const es = us.map((u) => unit(u)!);
    const vn = vectors.map((_, i) => `\\mathbf{v}_${i + 1}`);
    const steps = [
      `$\\mathbf{e}_1 = \\dfrac{\\mathbf{v}_1}{|\\mathbf{v}_1|}$ with $|\\mathbf{v}_1|^2 = ${norm2(vectors[0])}$: $\\mathbf{e}_1 = ${vecLatex(es[0])}$.`,
      `$\\mathbf{u}_2 = \\mathbf{v}_2 - (\\mathbf{v}_2\\cdot\\mathbf{e}_1)\\,\\mathbf{e}_1 = ${vecLatex(us[1])}$, then $\\mathbf{e}_2 = \\mathbf{u}_2/|\\mathbf{u}_2| = ${vecLatex(es[1])}$.`,
    ];
    if (count === 3) {
      steps.push(`$\\mathbf{u}_3 = \\mathbf{v}_3 - (\\mathbf{v}_3\\cdot\\mathbf{e}_1)\\,\\mathbf{e}_1 - (\\mathbf{v}_3\\cdot\\mathbf{e}_2)\\,\\mathbf{e}_2 = ${vecLatex(us[2])}$, then $\\mathbf{e}_3 = ${vecLatex(es[2])}$.`);
    }
    steps.push(`Check: the $\\mathbf{e}_k$ have length 1 and are perpendicular to each other.`);
    return {
      data: { vectors },
      parseOptions: { parts: Object.fromEntries(names(count).map((n) => [n, "vector"])) },
      prompt: `Apply the Gram–Schmidt process to ${vectors.map((v, i) => `$${vn[i]} = ${vecLatex(v)}$`).join(", ")}, in this order, to get an orthonormal basis ${names(count).map((n) => `$\\mathbf{${n[0]}}_${n[1]}$`).join(", ")} of their span. Answer as \`${names(count).map((n) => `${n} = (...)`).join("; ")}\` with exact entries, e.g. \`sqrt(2)/2\` or \`1/sqrt(3)\`.`,
      answer: partsText(es),
      solution: steps,
      hints: [
        "Normalise $\\mathbf{v}_1$ first. Then remove from each next vector its components along the unit vectors you already have, and normalise what is left.",
        "The component of $\\mathbf{v}$ along a unit vector $\\mathbf{e}$ is $(\\mathbf{v}\\cdot\\mathbf{e})\\,\\mathbf{e}$.",
      ],
    };
  },
  mistakes: [
    {
      tag: "forgot-normalise",
      feedback: "Your vectors are perpendicular but not of length 1. Divide each $\\mathbf{u}_k$ by its length to get $\\mathbf{e}_k$.",
      wrong: (p) => partsText(orthogonalise(p.data.vectors).map((u) => vecText(u))),
    },
    {
      tag: "projected-onto-original",
      feedback: "You subtracted components along the original vectors $\\mathbf{v}_j$ (as if they were unit vectors) instead of along the new $\\mathbf{e}_j$. Use $\\mathbf{u}_k = \\mathbf{v}_k - \\sum_{j<k}(\\mathbf{v}_k\\cdot\\mathbf{e}_j)\\,\\mathbf{e}_j$.",
      wrong: (p) => {
        const vs = p.data.vectors;
        const us = vs.map((v, k) => vs.slice(0, k).reduce((u, w) => addVec(u, scale(-dot(v, w), w)), v));
        const es = us.map((u) => unit(u));
        return es.some((e) => e === null) ? null : partsText(es as Surd[][]);
      },
    },
    {
      tag: "changed-order",
      feedback: "You processed the vectors in a different order. Gram–Schmidt depends on the order: $\\mathbf{e}_1$ must be $\\mathbf{v}_1/|\\mathbf{v}_1|$, then $\\mathbf{v}_2$, and so on.",
      wrong: (p) => partsText(orthogonalise([...p.data.vectors].reverse()).map((u) => unit(u)!)),
    },
  ],
  notes: {
    body: `The **Gram–Schmidt process** turns independent vectors $\\mathbf{v}_1, \\mathbf{v}_2, \\dots$ into an orthonormal basis of the same span, one vector at a time:
$$\\mathbf{e}_1 = \\frac{\\mathbf{v}_1}{|\\mathbf{v}_1|}, \\qquad \\mathbf{u}_k = \\mathbf{v}_k - \\sum_{j<k} (\\mathbf{v}_k\\cdot\\mathbf{e}_j)\\,\\mathbf{e}_j, \\qquad \\mathbf{e}_k = \\frac{\\mathbf{u}_k}{|\\mathbf{u}_k|}.$$
Each step removes the parts of $\\mathbf{v}_k$ that point along directions already covered, and rescales the rest to length 1. The result depends on the order of the vectors.

Why it matters for machine learning: orthonormal bases make projections, least squares and changes of basis simple dot products. Gram–Schmidt is the idea behind the QR decomposition used to solve least-squares problems stably, and behind orthogonalising features or weight matrices.

Example: $\\mathbf{v}_1 = (1, 1)$, $\\mathbf{v}_2 = (2, 0)$. Then $\\mathbf{e}_1 = (1, 1)/\\sqrt{2}$, $\\mathbf{v}_2\\cdot\\mathbf{e}_1 = \\sqrt{2}$, so $\\mathbf{u}_2 = (2, 0) - (1, 1) = (1, -1)$ and $\\mathbf{e}_2 = (1, -1)/\\sqrt{2}$.`,
  },
});
