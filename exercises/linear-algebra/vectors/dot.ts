// la.vectors.dot — the dot product u·v = Σ uᵢvᵢ of two integer vectors.
import { vecLatex, vecText } from "@/lib/math";
import { defineSkill } from "../../define";
import { dot } from "../../int-linalg";
import { paren } from "../../tex";

type Data = { u: number[]; v: number[] };

export default defineSkill<Data>({
  id: "la.vectors.dot",
  version: 1,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    const n = level === 1 ? rng.int(2, 3) : rng.int(3, 4);
    const bound = level === 1 ? 6 : 9;
    const u = rng.intVector(n, -bound, bound);
    const v = rng.intVector(n, -bound, bound);
    const products = u.map((x, i) => x * v[i]);
    return {
      data: { u, v },
      prompt: `Compute the dot product $\\mathbf{u}\\cdot\\mathbf{v}$ for $\\mathbf{u} = ${vecLatex(u)}$ and $\\mathbf{v} = ${vecLatex(v)}$.`,
      answer: String(dot(u, v)),
      solution: [
        `Multiply matching entries and add: $\\mathbf{u}\\cdot\\mathbf{v} = ${u.map((x, i) => `${paren(x)}\\cdot${paren(v[i])}`).join(" + ")}$.`,
        `The products are $${products.join(",\\ ")}$, which add up to $${dot(u, v)}$.`,
      ],
      hints: ["Multiply the first entries together, then the second entries, and so on; add the products.", "The answer is a single number, not a vector."],
    };
  },
  mistakes: [
    {
      tag: "elementwise-product",
      feedback: "You gave the vector of products $u_i v_i$. The dot product is their sum, a single number.",
      wrong: (p) => vecText(p.data.u.map((x, i) => x * p.data.v[i])),
    },
    {
      tag: "sign-error",
      feedback: (p) => `Check the signs: a product of two numbers with opposite signs is negative (e.g. ${negativeTerm(p.data) ?? "(-2)·3 = -6"}).`,
      wrong: (p) => {
        const { u, v } = p.data;
        const i = u.findIndex((x, k) => x * v[k] < 0);
        return i < 0 ? null : String(dot(u, v) - 2 * u[i] * v[i]);
      },
    },
  ],
  notes: {
    body: `The **dot product** of two vectors of the same size multiplies matching entries and adds the results:
$$\\mathbf{u}\\cdot\\mathbf{v} = u_1 v_1 + u_2 v_2 + \\dots + u_n v_n.$$
It is a single number. Geometrically $\\mathbf{u}\\cdot\\mathbf{v} = |\\mathbf{u}|\\,|\\mathbf{v}|\\cos\\theta$: positive when the vectors point roughly the same way, zero when they are perpendicular, negative when they point apart.

Why it matters for machine learning: a linear model's prediction is a dot product $\\mathbf{w}\\cdot\\mathbf{x}$ of weights and features; similarity search compares embeddings by dot products; every entry of a matrix product is a dot product of a row and a column.

Example: $(1, -2, 3)\\cdot(4, 0, -1) = 4 + 0 - 3 = 1$.`,
  },
});

function negativeTerm({ u, v }: Data): string | null {
  const i = u.findIndex((x, k) => x * v[k] < 0);
  return i < 0 ? null : `${u[i]}·${v[i]} = ${u[i] * v[i]}`;
}
