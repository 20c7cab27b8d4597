// la.vectors.angle — the angle between two vectors, chosen so cos θ is 0, ±1/2, ±1/√2, ±√3/2 or ±1.
import { vecLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { dot, norm2, perpendicular, scale } from "../../int-linalg";

type Unit = "degrees" | "radians";
type Data = { u: number[]; v: number[]; unit: Unit };

/** Base pairs with a known acute angle (degrees); signed permutations and scalings keep it. */
const PAIRS: Record<number, number[][][]> = {
  2: [[[1, 0], [1, 1]], [[1, 2], [3, 1]], [[2, 1], [1, 3]], [[1, 3], [-1, 2]]],
  3: [[[1, 1, 0], [2, 1, 1]], [[1, 0, 0], [1, 1, 0]], [[1, 1, 0], [1, 2, 2]], [[0, 1, 1], [2, 2, 1]], [[1, 1, 0], [0, 1, 1]], [[1, 0, 1], [1, 1, 0]]],
};
const ANGLE_OF_PAIR = (u: number[], v: number[]) => Math.round((Math.acos(dot(u, v) / Math.sqrt(norm2(u) * norm2(v))) * 180) / Math.PI);

const RADIANS: Record<number, string> = { 0: "0", 30: "pi/6", 45: "pi/4", 60: "pi/3", 90: "pi/2", 120: "2*pi/3", 135: "3*pi/4", 150: "5*pi/6", 180: "pi" };
const RAD_TEX: Record<number, string> = { 0: "0", 30: "\\frac{\\pi}{6}", 45: "\\frac{\\pi}{4}", 60: "\\frac{\\pi}{3}", 90: "\\frac{\\pi}{2}", 120: "\\frac{2\\pi}{3}", 135: "\\frac{3\\pi}{4}", 150: "\\frac{5\\pi}{6}", 180: "\\pi" };
const COS: Record<number, [string, string]> = {
  0: ["1", "1"], 30: ["sqrt(3)/2", "\\frac{\\sqrt{3}}{2}"], 45: ["sqrt(2)/2", "\\frac{\\sqrt{2}}{2}"], 60: ["1/2", "\\frac{1}{2}"],
  90: ["0", "0"], 120: ["-1/2", "-\\frac{1}{2}"], 135: ["-sqrt(2)/2", "-\\frac{\\sqrt{2}}{2}"], 150: ["-sqrt(3)/2", "-\\frac{\\sqrt{3}}{2}"], 180: ["-1", "-1"],
};

const inUnit = (deg: number, unit: Unit) => (unit === "degrees" ? String(deg) : RADIANS[deg]);
const decimal = (radians: number, unit: Unit) => (unit === "degrees" ? ((radians * 180) / Math.PI).toFixed(2) : radians.toFixed(4));

export default defineSkill<Data>({
  id: "la.vectors.angle",
  version: 1,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    const n = level === 1 ? 2 : 3;
    const kind = rng.pick(["pair", "pair", "pair", "perpendicular", "parallel"] as const);
    let u: number[];
    let v: number[];
    if (kind === "pair") {
      [u, v] = rng.pick(PAIRS[n]).map((x) => x.slice());
      if (rng.bool()) v = scale(-1, v); // obtuse partner: 180° − θ
    } else {
      u = rng.intVector(n, -4, 4);
      v = kind === "parallel" ? scale(rng.pick([-2, -1, 2, 3]), u) : perpendicular(u, rng.intVector(3, -3, 3));
      if (v.every((x) => x === 0)) v = perpendicular(u, [1, 0, 0]).some((x) => x !== 0) ? perpendicular(u, [1, 0, 0]) : [0, 0, 1];
    }
    const f = rng.signedPermutation(n);
    u = scale(rng.int(1, 2), f(u));
    v = scale(rng.int(1, 3), f(v));
    const deg = ANGLE_OF_PAIR(u, v);
    const unit: Unit = rng.bool() ? "degrees" : "radians";
    const [, cosTex] = COS[deg];
    const answerTex = unit === "degrees" ? `${deg}^\\circ` : RAD_TEX[deg];
    return {
      data: { u, v, unit },
      prompt: `Find the angle $\\theta$ between $\\mathbf{u} = ${vecLatex(u)}$ and $\\mathbf{v} = ${vecLatex(v)}$, in **${unit}**${unit === "radians" ? " (exact, such as `pi/3`)" : ""}.`,
      answer: inUnit(deg, unit),
      solution: [
        `$\\mathbf{u}\\cdot\\mathbf{v} = ${dot(u, v)}$, $|\\mathbf{u}| = \\sqrt{${norm2(u)}}$, $|\\mathbf{v}| = \\sqrt{${norm2(v)}}$.`,
        `$\\cos\\theta = \\dfrac{\\mathbf{u}\\cdot\\mathbf{v}}{|\\mathbf{u}|\\,|\\mathbf{v}|} = \\dfrac{${dot(u, v)}}{\\sqrt{${norm2(u) * norm2(v)}}} = ${cosTex}$.`,
        `So $\\theta = ${answerTex}$.`,
      ],
      hints: ["$\\cos\\theta = \\dfrac{\\mathbf{u}\\cdot\\mathbf{v}}{|\\mathbf{u}|\\,|\\mathbf{v}|}$.", "Recognise the cosine: $\\tfrac12$, $\\tfrac{\\sqrt2}{2}$ and $\\tfrac{\\sqrt3}{2}$ belong to $60^\\circ$, $45^\\circ$ and $30^\\circ$."],
    };
  },
  mistakes: [
    {
      tag: "gave-cosine",
      feedback: "That is $\\cos\\theta$; the question asks for the angle $\\theta$ itself (take the inverse cosine).",
      wrong: (p) => COS[ANGLE_OF_PAIR(p.data.u, p.data.v)][0],
    },
    {
      tag: "wrong-unit",
      feedback: (p) => `The angle is right but in the wrong unit: the question asks for ${p.data.unit}.`,
      wrong: (p) => {
        const deg = ANGLE_OF_PAIR(p.data.u, p.data.v);
        return deg === 0 ? null : inUnit(deg, p.data.unit === "degrees" ? "radians" : "degrees");
      },
    },
    {
      tag: "divided-by-one-length",
      feedback: "Divide $\\mathbf{u}\\cdot\\mathbf{v}$ by both lengths, $|\\mathbf{u}|\\,|\\mathbf{v}|$, before taking the inverse cosine.",
      wrong: (p) => {
        const { u, v } = p.data;
        const c = dot(u, v) / Math.sqrt(Math.max(norm2(u), norm2(v)));
        return Math.abs(c) <= 1 ? decimal(Math.acos(c), p.data.unit) : null;
      },
    },
  ],
  notes: {
    body: `The angle $\\theta$ between two vectors comes from the geometric form of the dot product, $\\mathbf{u}\\cdot\\mathbf{v} = |\\mathbf{u}|\\,|\\mathbf{v}|\\cos\\theta$:
$$\\cos\\theta = \\frac{\\mathbf{u}\\cdot\\mathbf{v}}{|\\mathbf{u}|\\,|\\mathbf{v}|}, \\qquad 0 \\le \\theta \\le \\pi.$$

Why it matters for machine learning: **cosine similarity** $\\cos\\theta$ compares documents, word embeddings and images regardless of their lengths; an angle near $0$ means "pointing the same way" (similar), $90^\\circ$ means unrelated, $180^\\circ$ opposite.

Example: $\\mathbf{u} = (1, 0)$, $\\mathbf{v} = (1, 1)$: $\\cos\\theta = \\frac{1}{1\\cdot\\sqrt{2}} = \\frac{\\sqrt{2}}{2}$, so $\\theta = 45^\\circ = \\frac{\\pi}{4}$.`,
  },
});
