// pca.proj.projection-matrix-line — P = b bᵀ/(bᵀb), the matrix projecting onto span{b}, for integer b.
import { matLatex, matText, Q, sqrtQ, vecLatex } from "@/lib/math";
import { defineSkill } from "../../define";
import { norm2 } from "../../int-linalg";

type Data = { b: number[] };

const outer = (b: number[]) => b.map((x) => b.map((y) => x * y));

export default defineSkill<Data>({
  id: "pca.proj.projection-matrix-line",
  version: 1,
  levels: [1, 2],
  expects: "matrix",
  build(rng, level) {
    const n = level === 1 ? 2 : 3;
    let b: number[];
    do b = rng.intVector(n, -3, 3);
    while (b.filter((x) => x !== 0).length < 2 || norm2(b) === 1);
    const s = norm2(b);
    const P = outer(b).map((r) => r.map((x) => Q.of(x, s)));
    const names = n === 2 ? "[[a, b], [c, d]]" : "[[a, b, c], [d, e, f], [g, h, i]]";
    return {
      data: { b },
      prompt: `Find the projection matrix $P$ onto the line spanned by $\\mathbf{b} = ${vecLatex(b)}$ (dot product), so that $P\\mathbf{x}$ is the orthogonal projection of any $\\mathbf{x}$. Give it as \`${names}\` with exact fractions.`,
      answer: matText(P),
      solution: [
        `Projecting onto $\\operatorname{span}\\{\\mathbf{b}\\}$ gives $\\dfrac{\\mathbf{b}^\\top\\mathbf{x}}{\\mathbf{b}^\\top\\mathbf{b}}\\,\\mathbf{b} = \\dfrac{\\mathbf{b}\\mathbf{b}^\\top}{\\mathbf{b}^\\top\\mathbf{b}}\\,\\mathbf{x}$, so $P = \\dfrac{\\mathbf{b}\\mathbf{b}^\\top}{\\mathbf{b}^\\top\\mathbf{b}}$.`,
        `The outer product is $\\mathbf{b}\\mathbf{b}^\\top = ${matLatex(outer(b))}$ and $\\mathbf{b}^\\top\\mathbf{b} = ${s}$.`,
        `So $P = \\frac{1}{${s}}${matLatex(outer(b))} = ${matLatex(P)}$. Check: $P$ is symmetric, $P^2 = P$ and $P\\mathbf{b} = \\mathbf{b}$.`,
      ],
      hints: ["$P = \\mathbf{b}\\mathbf{b}^\\top / (\\mathbf{b}^\\top\\mathbf{b})$: a matrix (outer product) divided by a number (squared length).", "Entry $(i, j)$ of $\\mathbf{b}\\mathbf{b}^\\top$ is $b_i b_j$."],
    };
  },
  mistakes: [
    {
      tag: "forgot-to-divide",
      feedback: "You gave the outer product $\\mathbf{b}\\mathbf{b}^\\top$. Divide it by the number $\\mathbf{b}^\\top\\mathbf{b}$, or $P$ will stretch $\\mathbf{b}$ instead of fixing it.",
      wrong: (p) => matText(outer(p.data.b)),
    },
    {
      tag: "inverted-fraction",
      feedback: "You put $\\mathbf{b}^\\top\\mathbf{b}$ on top and $\\mathbf{b}\\mathbf{b}^\\top$ underneath. It is the other way round: $P = \\mathbf{b}\\mathbf{b}^\\top / (\\mathbf{b}^\\top\\mathbf{b})$, the outer product divided by the squared length.",
      wrong: (p) => (p.data.b.some((x) => x === 0) ? null : matText(outer(p.data.b).map((r) => r.map((x) => Q.of(norm2(p.data.b), x))))),
    },
    {
      tag: "divided-by-length",
      feedback: "You divided by $\\lVert\\mathbf{b}\\rVert$. Divide by its square, $\\mathbf{b}^\\top\\mathbf{b}$ — equivalently, use $\\mathbf{u}\\mathbf{u}^\\top$ with the unit vector $\\mathbf{u} = \\mathbf{b}/\\lVert\\mathbf{b}\\rVert$.",
      wrong: (p) => matText(outer(p.data.b).map((r) => r.map((x) => sqrtQ(Q.of(1, norm2(p.data.b))).scale(x)))),
    },
  ],
  notes: {
    body: `Projection onto a line through the origin is a linear map, so it has a matrix:
$$\\pi_U(\\mathbf{x}) = \\frac{\\mathbf{b}^\\top\\mathbf{x}}{\\mathbf{b}^\\top\\mathbf{b}}\\,\\mathbf{b} = \\underbrace{\\frac{\\mathbf{b}\\mathbf{b}^\\top}{\\mathbf{b}^\\top\\mathbf{b}}}_{P}\\,\\mathbf{x}.$$
$P$ is an outer product (a matrix of rank 1) divided by a number. It is symmetric and idempotent ($P^2 = P$: projecting twice changes nothing), fixes $\\mathbf{b}$ ($P\\mathbf{b} = \\mathbf{b}$) and sends vectors orthogonal to $\\mathbf{b}$ to $\\mathbf{0}$. For a unit vector $\\mathbf{u}$ it is simply $\\mathbf{u}\\mathbf{u}^\\top$.

Why it matters for machine learning: in PCA the reconstruction of the data from $M$ principal components is $\\tilde{X} = XBB^\\top$, where $BB^\\top$ is the projection matrix onto the principal subspace — a sum of one such $\\mathbf{u}\\mathbf{u}^\\top$ per component.

Example: $\\mathbf{b} = (1, 2)$: $\\mathbf{b}\\mathbf{b}^\\top = \\begin{pmatrix}1 & 2\\\\ 2 & 4\\end{pmatrix}$, $\\mathbf{b}^\\top\\mathbf{b} = 5$, so $P = \\frac{1}{5}\\begin{pmatrix}1 & 2\\\\ 2 & 4\\end{pmatrix}$.`,
  },
});
