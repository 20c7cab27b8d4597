// la.mappings.einstein-summation — evaluate an index expression such as C_ik = A_ij B_jk (a repeated
// index is summed) for small integer arrays; the result is always a matrix.
import { matLatex, matText, vecLatex, vecText } from "@/lib/math";
import { defineSkill } from "../../define";
import { matMul, transpose } from "../../int-linalg";
import type { Rng } from "../../rng";
import { paren } from "../../tex";

/** `einsum` is numpy's spelling of the expression ("ij,jk->ik"); A, B or u, v are its operands. */
type Data = { einsum: string; A?: number[][]; B?: number[][]; u?: number[]; v?: number[] };

interface Pattern {
  einsum: string;
  /** The expression as the course writes it. */
  tex: string;
  /** What it is in matrix language. */
  meaning: string;
  summed: string | null;
  /** Operand shapes from (m, n, p). */
  shapes: (m: number, n: number, p: number) => { A: [number, number]; B: [number, number] } | { u: number; v: number };
  evaluate: (d: Data) => number[][];
  /** The factor pairs summed in C's (1, 1) entry, for the worked solution. */
  first: (d: Data) => [number, number][];
}

const PATTERNS: Pattern[] = [
  { einsum: "ij,jk->ik", tex: "C_{ik} = A_{ij}B_{jk}", meaning: "the matrix product $C = AB$", summed: "j",
    shapes: (m, n, p) => ({ A: [m, n], B: [n, p] }), evaluate: (d) => matMul(d.A!, d.B!),
    first: (d) => d.A![0].map((x, j) => [x, d.B![j][0]]) },
  { einsum: "ji,jk->ik", tex: "C_{ik} = A_{ji}B_{jk}", meaning: "$C = A^{T}B$ (the summed index $j$ runs down the columns of $A$)", summed: "j",
    shapes: (m, n, p) => ({ A: [n, m], B: [n, p] }), evaluate: (d) => matMul(transpose(d.A!), d.B!),
    first: (d) => d.A!.map((row, j) => [row[0], d.B![j][0]]) },
  { einsum: "ij,kj->ik", tex: "C_{ik} = A_{ij}B_{kj}", meaning: "$C = AB^{T}$ (the summed index $j$ runs along the rows of $B$)", summed: "j",
    shapes: (m, n, p) => ({ A: [m, n], B: [p, n] }), evaluate: (d) => matMul(d.A!, transpose(d.B!)),
    first: (d) => d.A![0].map((x, j) => [x, d.B![0][j]]) },
  { einsum: "ij,jk->ki", tex: "C_{ki} = A_{ij}B_{jk}", meaning: "$C = (AB)^{T}$: the product $AB$, with the free indices swapped on the left", summed: "j",
    shapes: (m, n, p) => ({ A: [m, n], B: [n, p] }), evaluate: (d) => transpose(matMul(d.A!, d.B!)),
    first: (d) => d.A![0].map((x, j) => [x, d.B![j][0]]) },
  { einsum: "i,j->ij", tex: "C_{ij} = u_{i}v_{j}", meaning: "the outer product $C = \\mathbf{u}\\mathbf{v}^{T}$ (no index repeats, so nothing is summed)", summed: null,
    shapes: (m, _n, p) => ({ u: m, v: p }), evaluate: (d) => d.u!.map((x) => d.v!.map((y) => x * y)),
    first: (d) => [[d.u![0], d.v![0]]] },
];

const plainProduct = (d: Data): number[][] | null =>
  d.A && d.B && d.A[0].length === d.B.length ? matMul(d.A, d.B) : null;

const sameShape = (a: number[][], b: number[][]) => a.length === b.length && a[0].length === b[0].length;

function operands(rng: Rng, pattern: Pattern, m: number, n: number, p: number): Data {
  const s = pattern.shapes(m, n, p);
  if ("u" in s) return { einsum: pattern.einsum, u: rng.intVector(s.u, -4, 5), v: rng.intVector(s.v, -4, 5) };
  return { einsum: pattern.einsum, A: rng.intMatrix(...s.A, -3, 4), B: rng.intMatrix(...s.B, -3, 4) };
}

export default defineSkill<Data>({
  id: "la.mappings.einstein-summation",
  version: 1,
  levels: [1, 2],
  expects: "matrix",
  build(rng, level) {
    // Level 1: C_ik = A_ij B_jk with 2×2 matrices; level 2: other index patterns and shapes.
    const pattern = level === 1 ? PATTERNS[0] : rng.pick(PATTERNS.slice(1));
    const [m, n, p] = level === 1 ? [2, 2, 2] : [rng.int(2, 3), rng.int(2, 3), rng.int(2, 3)];
    let data: Data;
    let C: number[][];
    do {
      data = operands(rng, pattern, m, n, p);
      C = pattern.evaluate(data);
      // a symmetric result would hide the index order; a zero row makes row sums uninformative
    } while (String(C) === String(transpose(C)) || C.some((row) => row.every((x) => x === 0)));
    const given = data.u
      ? `$\\mathbf{u} = ${vecLatex(data.u)}$ and $\\mathbf{v} = ${vecLatex(data.v!)}$`
      : `$A = ${matLatex(data.A!)}$ and $B = ${matLatex(data.B!)}$`;
    const [i, k] = pattern.einsum.split("->")[1].split("");
    return {
      data,
      prompt: `Using the Einstein summation convention (an index that appears twice on the right is summed over), compute the matrix $C$ with entries $$${pattern.tex}$$ for ${given}. The first index of $C$ ($${i}$) labels its row, the second ($${k}$) its column. Give $C$ as \`[[c11, c12, ...], [c21, ...], ...]\`, one inner list per row.`,
      answer: matText(C),
      solution: [
        pattern.summed
          ? `The index $${pattern.summed}$ is repeated, so it is summed; $${i}$ and $${k}$ are free and label the entries of $C$. So this is ${pattern.meaning}.`
          : `No index is repeated, so nothing is summed: every entry is a single product. This is ${pattern.meaning}.`,
        `$C$ has ${C.length} rows and ${C[0].length} columns (one for each value of $${i}$ and of $${k}$).`,
        `For example $C_{11} = ${pattern.first(data).map(([x, y]) => `${paren(x)}\\cdot${paren(y)}`).join(" + ")} = ${C[0][0]}$.`,
        `Entry by entry: $C = ${matLatex(C)}$.`,
      ],
      hints: [
        "Find the index that appears twice on the right: sum over it. The other indices are free and pick the entry.",
        "Write out one entry, e.g. $C_{11}$, as an explicit sum before doing the rest.",
      ],
    };
  },
  mistakes: [
    {
      tag: "summed-free-index",
      feedback: "You also summed over a free index, which collapses $C$ to a vector. Only an index repeated on the right is summed; the indices on the left stay free, one entry of $C$ for each pair of values.",
      wrong: (p) => vecText(PATTERNS.find((x) => x.einsum === p.data.einsum)!.evaluate(p.data).map((row) => row.reduce((a, b) => a + b, 0))),
    },
    {
      tag: "elementwise-product",
      feedback: "You multiplied matching entries ($A_{ij}B_{ij}$, element-wise). In $A_{ij}B_{jk}$ the shared index $j$ is summed: each entry of $C$ is a row of $A$ dotted with a column of $B$.",
      wrong: (p) => (p.data.A && p.data.B && sameShape(p.data.A, p.data.B) ? matText(p.data.A.map((row, r) => row.map((x, c) => x * p.data.B![r][c]))) : null),
    },
    {
      tag: "ignored-index-positions",
      feedback: "You computed the plain product $AB$. The positions of the indices matter: read off which index of $A$ and of $B$ is summed and which index of $C$ is its row.",
      wrong: (p) => (p.data.einsum === "ij,jk->ik" ? null : (plainProduct(p.data) && matText(plainProduct(p.data)!))),
    },
  ],
  notes: {
    body: `**Einstein summation** is a shorthand for sums over indices: an index that appears twice in a product is summed over its whole range, and the sum sign is left out. Indices that appear once are *free*: they label the entries of the result.
$$C_{ik} = A_{ij}B_{jk} \\quad\\text{means}\\quad C_{ik} = \\sum_j A_{ij}B_{jk},$$
which is the matrix product $C = AB$. In the same way $A_{ii}$ is the trace, $u_i v_i$ the dot product, $A_{ij}x_j$ the vector $A\\mathbf{x}$, $A_{ji}B_{jk}$ the product $A^{T}B$, and $u_i v_j$ (nothing repeated) the outer product.

Why it matters for machine learning: index notation is how tensor code is written — \`numpy.einsum("ij,jk->ik", A, B)\` and its PyTorch twin take exactly these strings — and it makes batched products, attention scores $Q_{id}K_{jd}$ and contractions of higher-order arrays easy to read and to get right.

Example: with $A = \\begin{pmatrix}1 & 2\\\\ 0 & 1\\end{pmatrix}$ and $B = \\begin{pmatrix}3 & 0\\\\ 1 & 2\\end{pmatrix}$, $C_{12} = A_{1j}B_{j2} = 1\\cdot 0 + 2\\cdot 2 = 4$; all four entries give $C = \\begin{pmatrix}5 & 4\\\\ 1 & 2\\end{pmatrix}$.`,
  },
});
