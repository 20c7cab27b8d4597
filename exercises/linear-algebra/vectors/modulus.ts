// la.vectors.modulus — the length |v| = √(v·v) of an integer vector, as an exact surd.
import { sqrtQ, vecLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { norm2 } from "../../int-linalg";

type Data = { v: number[] };

const sumOfSquares = (v: number[]) => norm2(v);

export default defineSkill<Data>({
  id: "la.vectors.modulus",
  version: 1,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    // Level 1: 2D/3D, and half the time a Pythagorean vector so the length is an integer.
    const n = level === 1 ? rng.int(2, 3) : rng.int(3, 4);
    const nice = [[3, 4], [6, 8], [5, 12], [1, 2, 2], [2, 3, 6], [4, 4, 7], [2, 6, 9]].filter((p) => p.length === n);
    const v =
      level === 1 && rng.bool() && nice.length > 0
        ? rng.signedPermutation(n)(rng.pick(nice))
        : rng.intVector(n, -9, 9);
    const s = sumOfSquares(v);
    const length = sqrtQ(s);
    const simplified = length.toString() === `sqrt(${s})` ? "" : ` = ${length.toLatex()}`;
    const squares = v.map((x) => (x < 0 ? `(${x})^2` : `${x}^2`)).join(" + ");
    return {
      data: { v },
      prompt: `Find the modulus (length) $|\\mathbf{v}|$ of $\\mathbf{v} = ${vecLatex(v)}$. Give an exact answer, such as \`sqrt(29)\`, or a decimal to 3 significant figures.`,
      answer: length.toString(),
      solution: [
        `The modulus is the square root of the sum of the squared entries: $|\\mathbf{v}| = \\sqrt{${squares}}$.`,
        `The squares add up to $${s}$, so $|\\mathbf{v}| = \\sqrt{${s}}${simplified}$.`,
      ],
      hints: ["Square every entry, add the squares, then take the square root.", "By Pythagoras, $|\\mathbf{v}|^2 = \\mathbf{v}\\cdot\\mathbf{v}$."],
    };
  },
  mistakes: [
    {
      tag: "forgot-sqrt",
      feedback: "You found $|\\mathbf{v}|^2$, the sum of the squares — take its square root.",
      wrong: (p) => String(sumOfSquares(p.data.v)),
    },
    {
      tag: "summed-entries",
      feedback: "You added the entries without squaring them. The length is $\\sqrt{v_1^2 + v_2^2 + \\dots}$.",
      wrong: (p) => String(p.data.v.reduce((a, b) => a + b, 0)),
    },
    {
      tag: "l1-norm",
      feedback: "You added the absolute values of the entries (the taxicab length). The modulus squares the entries, adds, then takes the square root.",
      wrong: (p) => String(p.data.v.reduce((a, b) => a + Math.abs(b), 0)),
    },
  ],
  notes: {
    body: `The **modulus** (or length, or norm) of a vector is how far its tip lies from the origin. By Pythagoras, in any number of dimensions,
$$|\\mathbf{v}| = \\sqrt{v_1^2 + v_2^2 + \\dots + v_n^2} = \\sqrt{\\mathbf{v}\\cdot\\mathbf{v}}.$$

Why it matters for machine learning: lengths measure errors (the length of a residual vector is the root of the squared error), distances between data points (nearest neighbours), and the size of weights (regularisation penalises $|\\mathbf{w}|^2$). Normalising a vector, $\\mathbf{v}/|\\mathbf{v}|$, keeps its direction and makes its length 1.

Example: for $\\mathbf{v} = (2, -3, 4)$, $|\\mathbf{v}| = \\sqrt{4 + 9 + 16} = \\sqrt{29} \\approx 5.385$. Squaring first matters: $-3$ contributes $+9$, never $-9$.`,
  },
});
