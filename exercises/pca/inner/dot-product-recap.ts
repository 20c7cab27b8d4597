// pca.inner.dot-product-recap — Euclidean distance |u − v| (level 1, a surd) or the angle between
// two integer vectors in degrees (level 2, from pairs built to give 30°, 45°, 60°, 90°, … exactly).
import { Q, sqrtQ, vecLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { dot, norm2, perpendicular, scale } from "../../int-linalg";
import type { Rng } from "../../rng";

type Data = { u: number[]; v: number[]; ask: "distance" | "angle" };

/** Primitive integer pairs at an exact angle (3-D); signed permutations keep the angle. */
const PAIRS: Record<number, number[][][]> = {
  30: [[[1, 1, 0], [1, 2, 1]], [[0, 1, -1], [1, 1, -2]], [[2, 1, 1], [1, 0, 1]]],
  45: [[[0, 1, 1], [0, 0, 1]], [[1, -2, 2], [2, -2, 0]], [[1, 0, 1], [1, -2, 2]], [[3, 0, -1], [2, 0, 1]], [[0, 2, 2], [2, 1, 2]]],
  60: [[[1, 1, 0], [1, 0, 1]], [[1, 2, 1], [2, 1, -1]], [[2, -1, 1], [1, 1, 2]], [[2, 3, -1], [3, 1, 2]]],
};

/** Vectors at `deg` degrees: 45°/90° (and supplements) also in 2-D, via (a, b) and (a − b, a + b). */
function anglePair(rng: Rng, deg: number): [number[], number[]] {
  const acute = deg > 90 ? 180 - deg : deg;
  let u: number[];
  let v: number[];
  if (acute === 90) {
    u = rng.intVector(rng.int(2, 3), -4, 4);
    v = scale(rng.pick([-1, 1, 2]), perpendicular(u, rng.intVector(3, -2, 2)));
    if (v.every((x) => x === 0)) return anglePair(rng, deg);
  } else if (acute === 45 && rng.bool()) {
    const [a, b] = [rng.nonZeroInt(-3, 3), rng.int(-3, 3)];
    u = [a, b];
    v = rng.bool() ? [a - b, a + b] : [a + b, b - a];
  } else {
    const mix = rng.signedPermutation(3);
    [u, v] = rng.pick(PAIRS[acute]).map((w) => mix(w));
    if (rng.bool()) [u, v] = [v, u];
  }
  u = scale(rng.pick([1, 1, 2]), u);
  if (deg > 90) v = scale(-1, v);
  return [u, v];
}

const sub = (u: number[], v: number[]) => u.map((x, i) => x - v[i]);
const distance = (d: Data) => sqrtQ(norm2(sub(d.u, d.v)));
const cosine = (d: Data) => sqrtQ(Q.of(dot(d.u, d.v) ** 2, norm2(d.u) * norm2(d.v))).scale(Math.sign(dot(d.u, d.v)));
const degrees = (d: Data) => Math.round((Math.acos(cosine(d).value()) * 180) / Math.PI);
const RADIANS: Record<number, string> = { 30: "pi/6", 45: "pi/4", 60: "pi/3", 90: "pi/2", 120: "2*pi/3", 135: "3*pi/4", 150: "5*pi/6" };

export default defineSkill<Data>({
  id: "pca.inner.dot-product-recap",
  version: 1,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    if (level === 1) {
      const n = rng.int(2, 3);
      let u: number[];
      let v: number[];
      do {
        u = rng.intVector(n, -5, 6);
        v = rng.intVector(n, -5, 6);
      } while (norm2(sub(u, v)) === 0 || u.every((x, i) => x === -v[i]));
      const data: Data = { u, v, ask: "distance" };
      const diff = sub(u, v);
      return {
        data,
        prompt: `Find the distance $d(\\mathbf{u}, \\mathbf{v}) = \\lVert\\mathbf{u} - \\mathbf{v}\\rVert$ between $\\mathbf{u} = ${vecLatex(u)}$ and $\\mathbf{v} = ${vecLatex(v)}$ under the dot product. Give an exact answer such as \`sqrt(29)\` or \`2*sqrt(3)\`.`,
        answer: distance(data).toString(),
        solution: [
          `Subtract: $\\mathbf{u} - \\mathbf{v} = ${vecLatex(diff)}$.`,
          `Its squared length is $(\\mathbf{u} - \\mathbf{v})\\cdot(\\mathbf{u} - \\mathbf{v}) = ${diff.map((x) => (x < 0 ? `(${x})^2` : `${x}^2`)).join(" + ")} = ${norm2(diff)}$.`,
          `So $d = \\sqrt{${norm2(diff)}}${distance(data).toString() === `sqrt(${norm2(diff)})` ? "" : ` = ${distance(data).toLatex()}`}$.`,
        ],
        hints: ["The distance is the length of the difference vector $\\mathbf{u} - \\mathbf{v}$.", "Length: $\\lVert\\mathbf{w}\\rVert = \\sqrt{\\mathbf{w}\\cdot\\mathbf{w}}$."],
      };
    }
    const deg = rng.pick([30, 45, 60, 90, 120, 135, 150, 45, 90]);
    const [u, v] = anglePair(rng, deg);
    const data: Data = { u, v, ask: "angle" };
    const c = cosine(data);
    return {
      data,
      prompt: `Find the angle $\\theta$ between $\\mathbf{u} = ${vecLatex(u)}$ and $\\mathbf{v} = ${vecLatex(v)}$ (dot product). Give it in **degrees**, as a number between $0$ and $180$.`,
      answer: String(degrees(data)),
      solution: [
        `$\\cos\\theta = \\dfrac{\\mathbf{u}\\cdot\\mathbf{v}}{\\lVert\\mathbf{u}\\rVert\\,\\lVert\\mathbf{v}\\rVert}$, with $\\mathbf{u}\\cdot\\mathbf{v} = ${dot(u, v)}$, $\\lVert\\mathbf{u}\\rVert = ${sqrtQ(norm2(u)).toLatex()}$, $\\lVert\\mathbf{v}\\rVert = ${sqrtQ(norm2(v)).toLatex()}$.`,
        `So $\\cos\\theta = \\dfrac{${dot(u, v)}}{\\sqrt{${norm2(u) * norm2(v)}}} = ${c.toLatex()}$.`,
        `The angle with this cosine is $\\theta = ${degrees(data)}^\\circ$.`,
      ],
      hints: ["Use $\\cos\\theta = \\mathbf{u}\\cdot\\mathbf{v}/(\\lVert\\mathbf{u}\\rVert\\lVert\\mathbf{v}\\rVert)$.", "Recognise the cosine: $\\frac{1}{2}$, $\\frac{\\sqrt{2}}{2}$, $\\frac{\\sqrt{3}}{2}$ and $0$ belong to $60^\\circ$, $45^\\circ$, $30^\\circ$, $90^\\circ$; a negative cosine gives $180^\\circ$ minus those."],
    };
  },
  mistakes: [
    {
      tag: "gave-squared-distance",
      feedback: "You gave $\\lVert\\mathbf{u} - \\mathbf{v}\\rVert^2$. The distance is its square root.",
      wrong: (p) => (p.data.ask === "distance" ? String(norm2(sub(p.data.u, p.data.v))) : null),
    },
    {
      tag: "added-vectors",
      feedback: "You measured $\\mathbf{u} + \\mathbf{v}$. The distance uses the difference $\\mathbf{u} - \\mathbf{v}$.",
      wrong: (p) => (p.data.ask === "distance" ? sqrtQ(norm2(p.data.u.map((x, i) => x + p.data.v[i]))).toString() : null),
    },
    {
      tag: "gave-cosine",
      feedback: "That is $\\cos\\theta$. The question asks for the angle itself: find $\\theta$ with this cosine, in degrees.",
      wrong: (p) => (p.data.ask === "angle" ? cosine(p.data).toString() : null),
    },
    {
      tag: "gave-radians",
      feedback: "That is the angle in radians. The question asks for degrees ($\\pi$ radians $= 180^\\circ$).",
      wrong: (p) => (p.data.ask === "angle" ? RADIANS[degrees(p.data)] : null),
    },
  ],
  notes: {
    body: `The dot product gives Euclidean geometry its lengths, distances and angles:
$$\\lVert\\mathbf{x}\\rVert = \\sqrt{\\mathbf{x}\\cdot\\mathbf{x}}, \\qquad d(\\mathbf{x}, \\mathbf{y}) = \\lVert\\mathbf{x} - \\mathbf{y}\\rVert, \\qquad \\cos\\theta = \\frac{\\mathbf{x}\\cdot\\mathbf{y}}{\\lVert\\mathbf{x}\\rVert\\,\\lVert\\mathbf{y}\\rVert}.$$
The angle lies between $0^\\circ$ and $180^\\circ$; a negative dot product means an obtuse angle, zero means a right angle.

Why it matters for machine learning: nearest-neighbour methods and clustering use distances; cosine similarity compares documents and embeddings by angle, ignoring length. The PCA course generalises these formulas to any inner product, and the dot product is the special case $A = I$.

Example: $\\mathbf{x} = (1, 1, 0)$ and $\\mathbf{y} = (1, 0, 1)$ have $\\mathbf{x}\\cdot\\mathbf{y} = 1$ and lengths $\\sqrt{2}$, so $\\cos\\theta = \\frac{1}{2}$ and $\\theta = 60^\\circ$; their distance is $\\lVert(0, 1, -1)\\rVert = \\sqrt{2}$.`,
  },
});
