// la.vectors.dot-properties — expand (a u + b v)·(c u + d w) from given dot products and |u|.
import { sqrtQ } from "@/lib/math";
import { defineSkill } from "../../define";
import { dot, norm2 } from "../../int-linalg";
import { coef, joinSigned, paren } from "../../tex";

type Data = { uv: number; uw: number; vw: number; normU: number | string; a: number; b: number; c: number; d: number };

/** Vectors with an integer length, for level 1 where |u| is a whole number. */
const PYTHAGOREAN = [[1, 2, 2], [2, 3, 6], [0, 3, 4], [2, 6, 9], [4, 4, 7], [0, 5, 12], [1, 4, 8]];

const value = ({ uv, uw, vw, a, b, c, d }: Data, uu: number) => a * c * uu + a * d * uw + b * c * uv + b * d * vw;
/** |u|² from the stated length: 3 → 9, "sqrt(14)" → 14 (level 2 states plain square roots). */
const uuOf = (p: { data: Data }) =>
  typeof p.data.normU === "number" ? p.data.normU ** 2 : Number(/^sqrt\((\d+)\)$/.exec(p.data.normU)![1]);

const side = (x: number, y: number, second: string) =>
  `${coef(x, "\\mathbf{u}")} ${y < 0 ? "-" : "+"} ${coef(Math.abs(y), second)}`;

export default defineSkill<Data>({
  id: "la.vectors.dot-properties",
  version: 1,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    const u = level === 1 ? rng.signedPermutation(3)(rng.pick(PYTHAGOREAN)) : rng.intVector(3, -4, 4);
    const v = rng.intVector(3, -4, 4);
    const w = rng.intVector(3, -4, 4);
    const uu = norm2(u);
    const length = sqrtQ(uu);
    // |u| is stated as √(u·u) unsimplified at level 2 so that squaring it is the visible step.
    const normU: number | string = length.isRational ? Math.round(length.value()) : `sqrt(${uu})`;
    const a = level === 1 ? 1 : rng.pick([-3, -2, 2, 3]);
    const c = level === 1 ? 1 : rng.pick([-2, -1, 1, 2, 3]);
    const b = rng.pick([-3, -2, -1, 1, 2, 3]);
    const d = rng.pick([-3, -2, -1, 1, 2, 3]);
    const data: Data = { uv: dot(u, v), uw: dot(u, w), vw: dot(v, w), normU, a, b, c, d };
    const normTex = typeof normU === "number" ? String(normU) : `\\sqrt{${uu}}`;
    const lhs = `(${side(a, b, "\\mathbf{v}")})\\cdot(${side(c, d, "\\mathbf{w}")})`;
    return {
      data,
      prompt: `Vectors satisfy $\\mathbf{u}\\cdot\\mathbf{v} = ${data.uv}$, $\\mathbf{u}\\cdot\\mathbf{w} = ${data.uw}$, $\\mathbf{v}\\cdot\\mathbf{w} = ${data.vw}$ and $|\\mathbf{u}| = ${normTex}$. Using only the properties of the dot product, compute $${lhs}$.`,
      answer: String(value(data, uu)),
      solution: [
        `Expand with the distributive and scalar rules: $${lhs} = ${joinSigned([`${a * c}\\,\\mathbf{u}\\cdot\\mathbf{u}`, `${a * d}\\,\\mathbf{u}\\cdot\\mathbf{w}`, `${b * c}\\,\\mathbf{v}\\cdot\\mathbf{u}`, `${b * d}\\,\\mathbf{v}\\cdot\\mathbf{w}`])}$.`,
        `Use $\\mathbf{u}\\cdot\\mathbf{u} = |\\mathbf{u}|^2 = ${uu}$ and $\\mathbf{v}\\cdot\\mathbf{u} = \\mathbf{u}\\cdot\\mathbf{v}$ (commutativity).`,
        `So the value is $${joinSigned([`${a * c}\\cdot ${uu}`, `${a * d}\\cdot ${paren(data.uw)}`, `${b * c}\\cdot ${paren(data.uv)}`, `${b * d}\\cdot ${paren(data.vw)}`])} = ${value(data, uu)}$.`,
      ],
      hints: ["Expand the brackets like a product of sums: four terms.", "$\\mathbf{u}\\cdot\\mathbf{u} = |\\mathbf{u}|^2$, not $|\\mathbf{u}|$."],
    };
  },
  mistakes: [
    {
      tag: "u-dot-u-as-length",
      feedback: "You used $\\mathbf{u}\\cdot\\mathbf{u} = |\\mathbf{u}|$; in fact $\\mathbf{u}\\cdot\\mathbf{u} = |\\mathbf{u}|^2$.",
      wrong: (p) => {
        const rest = value(p.data, 0);
        const k = p.data.a * p.data.c;
        return typeof p.data.normU === "number" ? String(rest + k * p.data.normU) : joinSigned([String(rest), `${k}*${p.data.normU}`]);
      },
    },
    {
      tag: "dropped-cross-terms",
      feedback: "You dropped the cross terms: expanding gives four products, including $\\mathbf{u}\\cdot\\mathbf{w}$ and $\\mathbf{v}\\cdot\\mathbf{u}$.",
      wrong: (p) => String(p.data.a * p.data.c * uuOf(p) + p.data.b * p.data.d * p.data.vw),
    },
  ],
  notes: {
    body: `The dot product obeys simple algebraic rules, so expressions can be expanded like ordinary products:
commutative $\\mathbf{u}\\cdot\\mathbf{v} = \\mathbf{v}\\cdot\\mathbf{u}$; distributive $\\mathbf{u}\\cdot(\\mathbf{v}+\\mathbf{w}) = \\mathbf{u}\\cdot\\mathbf{v} + \\mathbf{u}\\cdot\\mathbf{w}$; scalars pull out, $(k\\mathbf{u})\\cdot\\mathbf{v} = k(\\mathbf{u}\\cdot\\mathbf{v})$; and a vector dotted with itself is its squared length, $\\mathbf{u}\\cdot\\mathbf{u} = |\\mathbf{u}|^2$.

Why it matters for machine learning: these rules are how formulas are derived without coordinates, for example expanding the squared error $|\\mathbf{y} - X\\mathbf{w}|^2$ or showing that $|\\mathbf{a}-\\mathbf{b}|^2 = |\\mathbf{a}|^2 - 2\\,\\mathbf{a}\\cdot\\mathbf{b} + |\\mathbf{b}|^2$, which links distances to dot products in kernels and nearest-neighbour search.

Example: if $\\mathbf{u}\\cdot\\mathbf{v} = 2$ and $|\\mathbf{u}| = 3$, then $(\\mathbf{u} + \\mathbf{v})\\cdot\\mathbf{u} = |\\mathbf{u}|^2 + \\mathbf{v}\\cdot\\mathbf{u} = 9 + 2 = 11$.`,
  },
});
