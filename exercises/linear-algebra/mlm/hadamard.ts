// la.mlm.hadamard — element-wise product, sum or quotient of two integer matrices of the same shape.
import { matLatex, matText, Q } from "@/lib/math";
import { defineSkill } from "../../define";
import { matMul } from "../../int-linalg";
import { paren } from "../../tex";

type Op = "product" | "sum" | "quotient";
type Data = { A: number[][]; B: number[][]; op: Op };

const SYMBOL: Record<Op, string> = { product: "\\odot", sum: "+", quotient: "\\oslash" };

const entrywise = (A: number[][], B: number[][], f: (a: number, b: number) => string) => A.map((r, i) => r.map((a, j) => f(a, B[i][j])));
const transposed = <T>(M: T[][]): T[][] => M[0].map((_, j) => M.map((r) => r[j]));
const quotient = (a: number, b: number) => Q.toString(Q.div(a, b));

function result(A: number[][], B: number[][], op: Op): string[][] {
  if (op === "product") return entrywise(A, B, (a, b) => String(a * b + 0));
  if (op === "sum") return entrywise(A, B, (a, b) => String(a + b));
  return entrywise(A, B, quotient);
}

export default defineSkill<Data>({
  id: "la.mlm.hadamard",
  version: 1,
  levels: [1, 2],
  expects: "matrix",
  build(rng, level) {
    // Level 1: 2×2 products and sums. Level 2: 2×3, 3×2 or 3×3, and exact quotients.
    const op: Op = level === 1 ? rng.pick<Op>(["product", "product", "sum"]) : rng.pick<Op>(["product", "quotient", "quotient", "sum"]);
    const [m, n] = level === 1 ? [2, 2] : rng.pick([[2, 3], [3, 2], [3, 3], [3, 3]]);
    const A = rng.intMatrix(m, n, -6, 9);
    // Divisors are non-zero; a quotient keeps at least one fraction that does not cancel.
    let B: number[][];
    do B = rng.intMatrix(m, n, -5, 7);
    while (
      (op === "quotient" && (B.flat().some((b) => b === 0 || b === 1) || B.flat().every((b, k) => A.flat()[k] % b === 0))) ||
      (op !== "quotient" && B.flat().filter((b) => b === 0).length > 1)
    );
    const C = result(A, B, op);
    const cLatex = C.map((r) => r.map((x) => Q.toLatex(Q.of(x))));
    const sample = op === "quotient" ? `\\frac{${A[0][0]}}{${B[0][0]}}` : `${paren(A[0][0])} ${op === "sum" ? "+" : "\\cdot"} ${paren(B[0][0])}`;
    const what = { product: "Hadamard (element-wise) product", sum: "element-wise sum", quotient: "element-wise quotient" }[op];
    return {
      data: { A, B, op },
      prompt: `Let $A = ${matLatex(A)}$ and $B = ${matLatex(B)}$. Compute the ${what} $A ${SYMBOL[op]} B$${op === "quotient" ? " (each entry of $A$ divided by the matching entry of $B$)" : ""}. Give the matrix as \`[[a, b], [c, d]]\`, one inner list per row${op === "quotient" ? ", with exact fractions such as `-3/4`" : ""}.`,
      answer: matText(C),
      solution: [
        `Element-wise operations act on matching positions: entry $(i, j)$ of the result uses only $a_{ij}$ and $b_{ij}$, and the result has the same ${m}×${n} shape.`,
        `For example entry $(1,1)$ is $${sample} = ${cLatex[0][0]}$.`,
        `Doing this for every position: $A ${SYMBOL[op]} B = ${matLatex(cLatex)}$.`,
      ],
      hints: [
        `Work position by position: combine $a_{ij}$ with $b_{ij}$ only.`,
        op === "product" ? "This is not the matrix product: no rows times columns, no sums." : "The result has the same shape as $A$ and $B$.",
      ],
    };
  },
  mistakes: [
    {
      tag: "matrix-product",
      feedback: "You computed the matrix product $AB$ (rows times columns). The Hadamard product multiplies matching entries only: $(A \\odot B)_{ij} = a_{ij}b_{ij}$.",
      wrong: (p) => (p.data.op === "product" && p.data.A.length === p.data.A[0].length ? matText(matMul(p.data.A, p.data.B)) : null),
    },
    {
      tag: "reversed-quotient",
      feedback: "You divided $B$ by $A$. The quotient $A \\oslash B$ divides each entry of $A$ by the matching entry of $B$.",
      wrong: (p) => (p.data.op === "quotient" && p.data.A.flat().every((a) => a !== 0) ? matText(entrywise(p.data.B, p.data.A, quotient)) : null),
    },
    {
      tag: "transposed-result",
      feedback: "Your matrix is the transpose of the answer. Keep each result in the position $(i, j)$ of the entries it came from.",
      wrong: (p) => matText(transposed(result(p.data.A, p.data.B, p.data.op))),
    },
  ],
  notes: {
    body: `**Element-wise** (or entry-wise) operations combine two matrices of the same shape position by position. The **Hadamard product** is
$$(A \\odot B)_{ij} = a_{ij}\\, b_{ij},$$
and element-wise sums and quotients work the same way ($(A \\oslash B)_{ij} = a_{ij}/b_{ij}$). Unlike the matrix product, nothing is summed across a row, the shapes must match exactly, and the operation is commutative.

Why it matters for machine learning: element-wise operations are everywhere in code. Backpropagation multiplies gradients element-wise by activation derivatives ($\\delta = (W^\\top\\delta') \\odot \\sigma'(z)$), LSTM and GRU gates are Hadamard products, dropout multiplies by a 0/1 mask, and NumPy's \`*\` is the Hadamard product while \`@\` is the matrix product.

Example: $\\begin{pmatrix}1 & 2\\\\ 3 & 4\\end{pmatrix} \\odot \\begin{pmatrix}5 & 0\\\\ -1 & 2\\end{pmatrix} = \\begin{pmatrix}5 & 0\\\\ -3 & 8\\end{pmatrix}$, whereas the matrix product is $\\begin{pmatrix}3 & 4\\\\ 11 & 8\\end{pmatrix}$.`,
  },
});
