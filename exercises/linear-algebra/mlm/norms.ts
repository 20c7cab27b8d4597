// la.mlm.norms — the L1, L2 or max norm of an integer vector of dimension 3–5.
import { sqrtQ, vecLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { norm2 } from "../../int-linalg";
import { paren } from "../../tex";

type Kind = "L1" | "L2" | "max";
type Data = { v: number[]; norm: Kind };

const l1 = (v: number[]) => v.reduce((s, x) => s + Math.abs(x), 0);
const maxAbs = (v: number[]) => Math.max(...v.map(Math.abs));
const l2Text = (v: number[]) => sqrtQ(norm2(v)).toString();

const SYMBOL: Record<Kind, string> = { L1: "\\|\\mathbf{v}\\|_1", L2: "\\|\\mathbf{v}\\|_2", max: "\\|\\mathbf{v}\\|_\\infty" };
const NAME: Record<Kind, string> = { L1: "L1 (taxicab) norm", L2: "L2 (Euclidean) norm", max: "max norm" };

const HINTS: Record<Kind, string[]> = {
  L1: ["Take the absolute value of each entry, then add them up.", "Negative entries count by their size: $|-3| = 3$."],
  L2: ["Square every entry, add the squares, then take the square root.", "Simplify the surd if you can: $\\sqrt{k^2 m} = k\\sqrt{m}$."],
  max: ["Look for the entry with the largest absolute value.", "A negative entry can be the largest in size."],
};

function valueText(v: number[], kind: Kind): string {
  return kind === "L1" ? String(l1(v)) : kind === "max" ? String(maxAbs(v)) : l2Text(v);
}

export default defineSkill<Data>({
  id: "la.mlm.norms",
  version: 1,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    const n = level === 1 ? 3 : rng.int(4, 5);
    const norm = rng.pick<Kind>(["L1", "L2", "max"]);
    let v: number[];
    // Entries mix signs so the absolute values matter; for the max norm the entry of largest
    // size is negative on most seeds, so "largest entry" and "largest size" differ. The largest
    // size occurs once so the answer is not ambiguous to read off.
    do v = rng.intVector(n, level === 1 ? -6 : -9, level === 1 ? 6 : 9);
    while (
      !v.some((x) => x < 0) ||
      !v.some((x) => x > 0) ||
      v.filter((x) => Math.abs(x) === maxAbs(v)).length > 1 ||
      (norm === "max" && rng.bool(0.7) && Math.max(...v) === maxAbs(v))
    );
    const abs = v.map((x) => String(Math.abs(x)));
    const squares = v.map((x) => `${paren(x)}^2`).join(" + ");
    const s = norm2(v);
    const l2 = sqrtQ(s);
    const steps: Record<Kind, string[]> = {
      L1: [
        `The L1 norm adds the absolute values of the entries: $${SYMBOL.L1} = \\sum_i |v_i|$.`,
        `$${SYMBOL.L1} = ${abs.join(" + ")} = ${l1(v)}$.`,
      ],
      L2: [
        `The L2 norm is the square root of the sum of squares: $${SYMBOL.L2} = \\sqrt{\\sum_i v_i^2}$.`,
        `$${SYMBOL.L2} = \\sqrt{${squares}} = \\sqrt{${s}}${l2.toString() === `sqrt(${s})` ? "" : ` = ${l2.toLatex()}`}$.`,
      ],
      max: [
        `The max norm is the largest absolute value of an entry: $${SYMBOL.max} = \\max_i |v_i|$.`,
        `The absolute values are $${abs.join(", ")}$, so $${SYMBOL.max} = ${maxAbs(v)}$.`,
      ],
    };
    return {
      data: { v, norm },
      prompt: `Find the ${NAME[norm]} $${SYMBOL[norm]}$ of $\\mathbf{v} = ${vecLatex(v)}$. Give an exact answer: an integer, or a surd such as \`sqrt(29)\` or \`2*sqrt(3)\`.`,
      answer: valueText(v, norm),
      solution: steps[norm],
      hints: HINTS[norm],
    };
  },
  mistakes: [
    {
      tag: "l2-instead-of-l1",
      feedback: "That is the L2 (Euclidean) norm. The L1 norm is the plain sum of the absolute values $|v_1| + |v_2| + \\dots$, with no squares or square root.",
      wrong: (p) => (p.data.norm === "L1" ? l2Text(p.data.v) : null),
    },
    {
      tag: "l1-without-abs",
      feedback: "You added the entries with their signs. The L1 norm adds their absolute values, so negative entries count positively.",
      wrong: (p) => (p.data.norm === "L1" ? String(p.data.v.reduce((a, b) => a + b, 0)) : null),
    },
    {
      tag: "max-without-abs",
      feedback: "You took the largest entry. The max norm is the largest absolute value, so a large negative entry wins.",
      wrong: (p) => (p.data.norm === "max" ? String(Math.max(...p.data.v)) : null),
    },
    {
      tag: "forgot-sqrt",
      feedback: "You found the sum of squares $\\|\\mathbf{v}\\|_2^2$ — take its square root.",
      wrong: (p) => (p.data.norm === "L2" ? String(norm2(p.data.v)) : null),
    },
    {
      tag: "l1-instead-of-l2",
      feedback: "That is the L1 norm (sum of absolute values). The L2 norm squares the entries, adds, and takes the square root.",
      wrong: (p) => (p.data.norm === "L2" ? String(l1(p.data.v)) : null),
    },
  ],
  notes: {
    body: `A **norm** measures the size of a vector. The three used most in machine learning are
$$\\|\\mathbf{v}\\|_1 = \\sum_i |v_i|, \\qquad \\|\\mathbf{v}\\|_2 = \\sqrt{\\textstyle\\sum_i v_i^2}, \\qquad \\|\\mathbf{v}\\|_\\infty = \\max_i |v_i|.$$
The L2 norm is the ordinary length; L1 is the distance travelled along the axes (taxicab distance); the max norm is the biggest single coordinate. All three are zero only for the zero vector, and negative entries count by their size.

Why it matters for machine learning: norms of the weight vector are the penalties of regularisation — L2 (ridge) shrinks all weights smoothly, L1 (lasso) pushes many of them exactly to zero. Norms of a difference measure errors and distances (mean absolute error is L1, root mean squared error is L2), and the max norm bounds the worst coordinate, as in adversarial perturbations.

Example: for $\\mathbf{v} = (3, -4, 12)$: $\\|\\mathbf{v}\\|_1 = 3 + 4 + 12 = 19$, $\\|\\mathbf{v}\\|_2 = \\sqrt{9 + 16 + 144} = 13$, $\\|\\mathbf{v}\\|_\\infty = 12$. For $(2, -7, 5)$ the max norm is $7$, not $5$.`,
  },
});
