// Gauss–Jordan elimination over the rationals: RREF, rank, determinant, inverse, solve,
// null and column spaces, exact PLU. Written by hand because mathjs's lusolve/inv on
// Fractions neither report rank-deficient systems nor give a null-space basis.
import { Q, type Rational } from "./rational";
import { identity, shape, zeros, type QMatrix, type QVector } from "./matrix";

export interface Rref {
  rref: QMatrix;
  /** Column index of each pivot, in row order. */
  pivots: number[];
}

export function rref(a: QMatrix): Rref {
  const m = a.map((r) => r.slice());
  const [rows, cols] = shape(m);
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < cols && r < rows; c++) {
    let p = r;
    while (p < rows && Q.isZero(m[p][c])) p++;
    if (p === rows) continue;
    [m[r], m[p]] = [m[p], m[r]];
    const inv = m[r][c].inverse();
    m[r] = m[r].map((x) => x.mul(inv));
    for (let i = 0; i < rows; i++) {
      if (i === r || Q.isZero(m[i][c])) continue;
      const f = m[i][c];
      m[i] = m[i].map((x, j) => x.sub(f.mul(m[r][j])));
    }
    pivots.push(c);
    r++;
  }
  return { rref: m, pivots };
}

export const rank = (a: QMatrix): number => rref(a).pivots.length;

function requireSquare(a: QMatrix, op: string): number {
  const [m, n] = shape(a);
  if (m !== n) throw new RangeError(`${op}: needs a square matrix, got ${m}×${n}`);
  return n;
}

export function determinant(a: QMatrix): Rational {
  const n = requireSquare(a, "determinant");
  const m = a.map((r) => r.slice());
  let det = Q.one;
  for (let c = 0; c < n; c++) {
    let p = c;
    while (p < n && Q.isZero(m[p][c])) p++;
    if (p === n) return Q.zero;
    if (p !== c) {
      [m[c], m[p]] = [m[p], m[c]];
      det = det.neg();
    }
    det = det.mul(m[c][c]);
    for (let i = c + 1; i < n; i++) {
      if (Q.isZero(m[i][c])) continue;
      const f = m[i][c].div(m[c][c]);
      for (let j = c; j < n; j++) m[i][j] = m[i][j].sub(f.mul(m[c][j]));
    }
  }
  return det;
}

/** Exact inverse, or null when the matrix is singular. */
export function inverse(a: QMatrix): QMatrix | null {
  const n = requireSquare(a, "inverse");
  const aug = a.map((r, i) => [...r, ...identity(n)[i]]);
  const { rref: r, pivots } = rref(aug);
  if (pivots.length < n || pivots[n - 1] !== n - 1) return null;
  return r.map((row) => row.slice(n));
}

/** A basis of the null space {x : Ax = 0}, one vector per free variable (free entry = 1). */
export function nullSpace(a: QMatrix): QVector[] {
  const [, n] = shape(a);
  const { rref: r, pivots } = rref(a);
  const free = Array.from({ length: n }, (_, j) => j).filter((j) => !pivots.includes(j));
  return free.map((f) => {
    const x = Array.from({ length: n }, (_, j) => (j === f ? Q.one : Q.zero));
    pivots.forEach((pc, i) => (x[pc] = r[i][f].neg()));
    return x;
  });
}

/** A basis of the column space: the pivot columns of the original matrix. */
export function columnSpace(a: QMatrix): QVector[] {
  const { pivots } = rref(a);
  return pivots.map((c) => a.map((r) => r[c]));
}

/** A basis of the row space: the non-zero rows of the RREF. */
export function rowSpace(a: QMatrix): QVector[] {
  const { rref: r, pivots } = rref(a);
  return r.slice(0, pivots.length);
}

export type Solution =
  | { kind: "unique"; x: QVector }
  | { kind: "none" }
  | { kind: "infinite"; particular: QVector; nullSpace: QVector[] };

export function solve(a: QMatrix, b: QVector): Solution {
  const [m, n] = shape(a);
  if (b.length !== m) throw new RangeError(`solve: ${m}×${n} system with a right-hand side of length ${b.length}`);
  const { rref: r, pivots } = rref(a.map((row, i) => [...row, b[i]]));
  if (pivots.includes(n)) return { kind: "none" };
  const x = Array.from({ length: n }, () => Q.zero);
  pivots.forEach((pc, i) => (x[pc] = r[i][n]));
  if (pivots.length === n) return { kind: "unique", x };
  return { kind: "infinite", particular: x, nullSpace: nullSpace(a) };
}

/**
 * Exact PA = LU, or null when A is singular. Pivoting "first-nonzero" swaps rows only when a
 * pivot is zero (the hand method the course teaches); "partial" takes the largest |pivot| in the
 * column, matching numeric LU with partial pivoting.
 */
export function luExact(a: QMatrix, pivoting: "first-nonzero" | "partial" = "first-nonzero"): { P: QMatrix; L: QMatrix; U: QMatrix } | null {
  const n = requireSquare(a, "luExact");
  const U = a.map((r) => r.slice());
  const L = zeros(n, n);
  const perm = Array.from({ length: n }, (_, i) => i);
  for (let c = 0; c < n; c++) {
    let p = c;
    if (pivoting === "partial") {
      for (let i = c + 1; i < n; i++) if (U[i][c].abs().compare(U[p][c].abs()) > 0) p = i;
      if (Q.isZero(U[p][c])) return null;
    } else {
      while (p < n && Q.isZero(U[p][c])) p++;
      if (p === n) return null;
    }
    if (p !== c) {
      [U[c], U[p]] = [U[p], U[c]];
      [L[c], L[p]] = [L[p], L[c]];
      [perm[c], perm[p]] = [perm[p], perm[c]];
    }
    for (let i = c + 1; i < n; i++) {
      const f = U[i][c].div(U[c][c]);
      L[i][c] = f;
      for (let j = c; j < n; j++) U[i][j] = U[i][j].sub(f.mul(U[c][j]));
    }
  }
  for (let i = 0; i < n; i++) L[i][i] = Q.one;
  const I = identity(n);
  return { P: perm.map((k) => I[k]), L, U };
}

/**
 * Coefficients of det(λI − A), highest power first: [1, c1, …, cn]. Faddeev–LeVerrier,
 * exact over the rationals (mathjs has no characteristic polynomial).
 */
export function charPoly(a: QMatrix): Rational[] {
  const n = requireSquare(a, "charPoly");
  const coeffs: Rational[] = [Q.one];
  let M = zeros(n, n);
  const I = identity(n);
  for (let k = 1; k <= n; k++) {
    // M_k = A·M_{k-1} + c_{k-1} I ; c_k = −tr(A·M_k)/k
    const prev = coeffs[k - 1];
    M = M.map((row, i) => row.map((_, j) => {
      let s = Q.zero;
      for (let t = 0; t < n; t++) s = s.add(a[i][t].mul(M[t][j]));
      return s.add(I[i][j].mul(prev));
    }));
    let tr = Q.zero;
    for (let i = 0; i < n; i++) for (let t = 0; t < n; t++) tr = tr.add(a[i][t].mul(M[t][i]));
    coeffs.push(tr.div(-k));
  }
  return coeffs;
}

/** Evaluate a polynomial given highest-power-first rational coefficients at a float. */
export function polyAt(coeffs: Rational[], x: number): number {
  return coeffs.reduce((s, c) => s * x + Q.toNumber(c), 0);
}

/**
 * Exact orthogonal (not normalised) basis of span(vectors) by Gram–Schmidt over the
 * rationals; dependent vectors are dropped. Normalising needs surds: divide each by
 * Surd.sqrt(normSquared(v)).
 */
export function orthogonalBasis(vectors: QVector[]): QVector[] {
  const basis: QVector[] = [];
  const dotQ = (u: QVector, v: QVector): Rational => u.reduce((s, x, i) => s.add(x.mul(v[i])), Q.zero);
  for (const v of vectors) {
    let w = v.slice();
    for (const e of basis) {
      const f = dotQ(w, e).div(dotQ(e, e));
      w = w.map((x, i) => x.sub(f.mul(e[i])));
    }
    if (!w.every(Q.isZero)) basis.push(w);
  }
  return basis;
}
