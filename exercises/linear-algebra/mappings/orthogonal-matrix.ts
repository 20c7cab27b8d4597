// la.mappings.orthogonal-matrix — invert A, recognising when A is orthogonal (A⁻¹ = Aᵀ). Half the
// seeds are orthogonal; the others have orthogonal but non-unit columns, or unit but
// non-orthogonal columns, where the transpose is not the inverse.
import { matLatex, matText, Q, surd, Surd, type Rational } from "@/lib/math";
import { defineSkill } from "../../define";
import { cross, gcdAll, maxAbs, norm2, perpendicular, transpose } from "../../int-linalg";
import type { Rng } from "../../rng";
import { qInverse } from "./basis-shared";

type Kind = "orthogonal" | "orthogonal-columns" | "unit-columns";
type Data = { A: (number | string)[][]; kind: Kind };

const S = (x: Rational | number) => surd(Q.of(x), 1);
const PYTHAGOREAN: [number, number, number][] = [[3, 4, 5], [5, 12, 13], [8, 15, 17]];
const K3 = [[1, 2, 2], [2, 1, -2], [2, -2, 1]];
const K7 = [[2, 3, 6], [3, -6, 2], [6, 2, -3]];

const surdMatrix = (M: number[][], k: Rational | number = 1): Surd[][] => M.map((r) => r.map((x) => S(Q.of(x).mul(Q.of(k)))));
const toData = (M: Surd[][]) => M.map((r) => r.map((x) => (x.isRational && x.k.d === 1n ? Number(Q.num(x.k)) : x.toString())));
const fromData = (A: (number | string)[][]): Surd[][] => A.map((r) => r.map(parseSurd));

/** Inverse of one entry k·√n: √n/(k·n). */
const reciprocal = (x: Surd): Surd => surd(Q.inv(x.k).div(Q.of(x.n, 1n)), x.n);

function parseSurd(x: number | string): Surd {
  if (typeof x === "number") return S(x);
  const m = /^(-?)(?:(\d+)\*)?sqrt\((\d+)\)(?:\/(\d+))?$/.exec(x);
  if (!m) return S(Q.of(x));
  return surd(Q.of(`${m[1]}${m[2] ?? 1}/${m[4] ?? 1}`), Number(m[3]));
}

function permuteSigns(rng: Rng, M: Surd[][]): Surd[][] {
  const n = M.length;
  const rows = rng.signedPermutation(n);
  const cols = rng.signedPermutation(n);
  // permuting the 1-based indices yields ±(original index): the sign is the row/column sign flip
  const index = Array.from({ length: n }, (_, i) => i + 1);
  const rowOrder = rows(index);
  const colOrder = cols(index);
  return rowOrder.map((ri) => colOrder.map((cj) => M[Math.abs(ri) - 1][Math.abs(cj) - 1].scale(Math.sign(ri) * Math.sign(cj))));
}

function orthogonal(rng: Rng, n: number): Surd[][] {
  if (n === 2) {
    const root2 = rng.bool(0.25);
    const [a, b, c] = rng.pick(PYTHAGOREAN);
    const [co, si] = root2 ? [surd(Q.of(1, 2), 2), surd(Q.of(1, 2), 2)] : [S(Q.of(a, c)), S(Q.of(b, c))];
    const M = rng.bool() ? [[co, si.scale(-1)], [si, co]] : [[co, si], [si, co.scale(-1)]];
    return permuteSigns(rng, M);
  }
  const block = [[surd(Q.of(1, 2), 2), surd(Q.of(-1, 2), 2), S(0)], [surd(Q.of(1, 2), 2), surd(Q.of(1, 2), 2), S(0)], [S(0), S(0), S(1)]];
  const base = rng.pick([surdMatrix(K3, Q.of(1, 3)), surdMatrix(K7, Q.of(1, 7)), block]);
  return permuteSigns(rng, base);
}

/** Integer matrix with orthogonal columns of which at least one is not a unit vector. */
function orthogonalColumns(rng: Rng, n: number): number[][] {
  for (;;) {
    const c1 = rng.intVector(n, -3, 3);
    const k = rng.pick([1, 1, 2]);
    const c2 = perpendicular(c1, rng.intVector(3, -2, 2)).map((x) => x * k);
    if (c2.every((x) => x === 0)) continue;
    const cols = n === 2 ? [c1, c2] : [c1, c2, primitive(cross(c1, c2))];
    const M = transpose(cols);
    if (maxAbs(M) <= 6 && cols.some((c) => norm2(c) !== 1)) return M;
  }
}

const primitive = (v: number[]) => v.map((x) => x / gcdAll(v));

/** Unit columns that are not perpendicular: (a, b)/c with (b, a)/c or (a, -b)/c. */
function unitColumns(rng: Rng): Surd[][] {
  const [a, b, c] = rng.pick(PYTHAGOREAN);
  const M = rng.bool() ? [[a, b], [b, a]] : [[a, a], [b, -b]];
  return permuteSigns(rng, surdMatrix(M, Q.of(1, c)));
}

function make(rng: Rng, n: number, kind: Kind): Surd[][] {
  if (kind === "orthogonal") return orthogonal(rng, n);
  if (kind === "orthogonal-columns") return surdMatrix(orthogonalColumns(rng, n));
  return unitColumns(rng);
}

const rationalPart = (A: Surd[][]): Rational[][] => A.map((r) => r.map((x) => x.k));
const gramOf = (R: Rational[][]): Rational[][] =>
  R[0].map((_, i) => R[0].map((__, j) => R.reduce((s, r) => s.add(r[i].mul(r[j])), Q.zero)));

/** The exact inverse: Aᵀ, D⁻¹Aᵀ (orthogonal columns), or the rational inverse (2×2 only). */
function inverseOf(A: Surd[][], kind: Kind): Surd[][] {
  if (kind === "orthogonal") return tr(A);
  const R = rationalPart(A);
  const gram = gramOf(R);
  if (kind === "orthogonal-columns") return tr(A).map((row, i) => row.map((x) => x.scale(Q.inv(gram[i][i]))));
  return qInverse(R as unknown as number[][]).map((r) => r.map((x) => S(x)));
}

export default defineSkill<Data>({
  id: "la.mappings.orthogonal-matrix",
  version: 1,
  levels: [1, 2],
  expects: "matrix",
  build(rng, level) {
    const n = level === 1 ? 2 : 3;
    const kind: Kind = rng.bool() ? "orthogonal" : n === 3 || rng.bool() ? "orthogonal-columns" : "unit-columns";
    const A = make(rng, n, kind);
    const inv = inverseOf(A, kind);
    const rational = rationalPart(A);
    const gram = gramOf(rational);
    const explain: Record<Kind, string> = {
      orthogonal: `$A^{T}A = I$: the columns are orthonormal (unit length and mutually perpendicular), so $A$ is orthogonal and $A^{-1} = A^{T}$.`,
      "orthogonal-columns": `$A^{T}A = ${matLatex(gram)}$ is diagonal but not $I$: the columns are perpendicular but not unit vectors, so $A$ is **not** orthogonal and $A^{T}$ is not the inverse. Since $A^{T}A = D$, the inverse is $A^{-1} = D^{-1}A^{T}$: divide row $i$ of $A^{T}$ by $|\\mathbf{a}_i|^2$.`,
      "unit-columns": `$A^{T}A = ${matLatex(gram)}$ is not diagonal: the columns have length 1 but are not perpendicular, so $A$ is **not** orthogonal. Use the $2\\times 2$ formula $A^{-1} = \\frac{1}{\\det A}\\begin{pmatrix}d & -b\\\\ -c & a\\end{pmatrix}$ with $\\det A = ${Q.toLatex(detQ(rational))}$.`,
    };
    return {
      data: { A: toData(A), kind },
      prompt: `Find the inverse of $A = ${matLatex(A)}$. Check first whether $A$ is orthogonal: if it is, $A^{-1} = A^{T}$. Give exact entries, one inner list per row, e.g. \`[[3/5, -4/5], [4/5, 3/5]]\` (write $\\frac{\\sqrt{2}}{2}$ as \`sqrt(2)/2\`).`,
      answer: matText(inv),
      solution: [
        `Compute $A^{T}A$ (the dot products of the columns of $A$ with each other).`,
        explain[kind],
        `$A^{-1} = ${matLatex(inv)}$. Check: $AA^{-1} = I$.`,
      ],
      hints: [
        "A matrix is orthogonal when its columns are unit vectors that are perpendicular to each other, i.e. $A^{T}A = I$.",
        kind === "orthogonal" ? "For an orthogonal matrix, the inverse is just the transpose." : "If the columns are perpendicular but not of length 1, $A^{T}A$ is diagonal; divide accordingly.",
      ],
    };
  },
  mistakes: [
    {
      tag: "transpose-not-orthogonal",
      feedback: "You used $A^{-1} = A^{T}$, but $A$ is not orthogonal: its columns must be unit vectors *and* perpendicular ($A^{T}A = I$). Check $A^{T}A$ first.",
      wrong: (p) => (p.data.kind === "orthogonal" ? null : matText(tr(fromData(p.data.A)))),
    },
    {
      tag: "inverted-entries",
      feedback: "You took the reciprocal of each entry. A matrix inverse is not taken entry by entry; check $AA^{-1} = I$.",
      wrong: (p) => {
        const A = fromData(p.data.A);
        return A.flat().some((x) => Q.isZero(x.k)) ? null : matText(A.map((r) => r.map(reciprocal)));
      },
    },
    {
      tag: "forgot-transpose",
      feedback: "You gave $A$ itself. For an orthogonal matrix $A^{-1} = A^{T}$: swap rows and columns.",
      wrong: (p) => {
        const A = fromData(p.data.A);
        const symmetric = A.every((r, i) => r.every((x, j) => x.equals(A[j][i])));
        return symmetric ? null : matText(A);
      },
    },
  ],
  notes: {
    body: `A square matrix is **orthogonal** when its columns are unit vectors that are perpendicular to each other (orthonormal). Equivalently $A^{T}A = I$, so
$$A^{-1} = A^{T}.$$
Orthogonal matrices are rotations and reflections: they keep lengths and angles, and $\\det A = \\pm 1$. Both conditions matter — perpendicular columns that are not of length 1 give $A^{T}A = D$ (diagonal), and then $A^{-1} = D^{-1}A^{T}$, not $A^{T}$.

Why it matters for machine learning: orthonormal bases make everything cheap and stable — changing basis is a transpose, projections are dot products, and least squares needs no inverse. PCA's principal directions form an orthogonal matrix, and QR and SVD factor any matrix into orthogonal pieces.

Example: $A = \\begin{pmatrix}3/5 & -4/5\\\\ 4/5 & 3/5\\end{pmatrix}$ has columns of length $\\sqrt{9/25 + 16/25} = 1$ with dot product $0$, so $A^{-1} = A^{T} = \\begin{pmatrix}3/5 & 4/5\\\\ -4/5 & 3/5\\end{pmatrix}$. But $\\begin{pmatrix}3 & -4\\\\ 4 & 3\\end{pmatrix}$ has $A^{T}A = 25I$, so its inverse is $A^{T}/25$.`,
  },
});

function detQ(R: Rational[][]): Rational {
  return R[0][0].mul(R[1][1]).sub(R[0][1].mul(R[1][0]));
}

function tr<T>(M: T[][]): T[][] {
  return M[0].map((_, j) => M.map((r) => r[j]));
}
