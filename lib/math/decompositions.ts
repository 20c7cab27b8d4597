// Numeric matrix factorisations (floats): QR and LU from mathjs; Cholesky, SVD and
// Gram–Schmidt written here because mathjs has none of them.
import { mj } from "./mathjs";

type M = number[][];

const EPS = 1e-12;
const cols = (a: M): number => (a.length ? a[0].length : 0);
const transposeN = (a: M): M => Array.from({ length: cols(a) }, (_, j) => a.map((r) => r[j]));
export const matMulN = (a: M, b: M): M => a.map((r) => transposeN(b).map((c) => r.reduce((s, x, k) => s + x * c[k], 0)));
export { transposeN };

/** A = QR with Q orthogonal (m×m) and R upper triangular (m×n), Householder via mathjs. */
export function qr(a: M): { Q: M; R: M } {
  const { Q, R } = mj.qr(a) as unknown as { Q: M; R: M };
  return { Q, R };
}

/** PA = LU with partial pivoting (mathjs lup); P is returned as a permutation matrix. */
export function lu(a: M): { P: M; L: M; U: M } {
  const { L, U, p } = mj.lup(a) as unknown as { L: M; U: M; p: number[] };
  const n = a.length;
  // mathjs's p says where each row went: row i of P·A is row j of A with p[j] = i.
  const P = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (p[j] === i ? 1 : 0)));
  return { P, L, U };
}

/** A = LLᵀ for symmetric positive definite A, or null when A is not (numerically) so. */
export function cholesky(a: M): M | null {
  const n = a.length;
  const L: M = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    let d = a[j][j];
    for (let k = 0; k < j; k++) d -= L[j][k] * L[j][k];
    if (!(d > EPS * Math.max(1, Math.abs(a[j][j])))) return null;
    L[j][j] = Math.sqrt(d);
    for (let i = j + 1; i < n; i++) {
      if (Math.abs(a[i][j] - a[j][i]) > 1e-9 * Math.max(1, Math.abs(a[i][j]))) return null;
      let s = a[i][j];
      for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
      L[i][j] = s / L[j][j];
    }
  }
  return L;
}

/**
 * Thin SVD A = U·diag(S)·Vᵀ (U m×k, S length k, V n×k, k = min(m, n)), singular values
 * descending, by one-sided Jacobi: more accurate than eigen-decomposing AᵀA, which squares
 * the condition number. U and V have orthonormal columns; for zero singular values the
 * columns of U are completed to an orthonormal set.
 */
export function svd(a: M): { U: M; S: number[]; V: M } {
  const m = a.length;
  const n = cols(a);
  if (m < n) {
    const t = svd(transposeN(a));
    return { U: t.V, S: t.S, V: t.U };
  }
  const W = a.map((r) => r.slice());
  const V: M = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        let alpha = 0, beta = 0, gamma = 0;
        for (let i = 0; i < m; i++) {
          alpha += W[i][p] * W[i][p];
          beta += W[i][q] * W[i][q];
          gamma += W[i][p] * W[i][q];
        }
        if (Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta) || gamma === 0) continue;
        off = Math.max(off, Math.abs(gamma) / Math.sqrt(alpha * beta));
        const zeta = (beta - alpha) / (2 * gamma);
        const t = Math.sign(zeta || 1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (const X of [W, V]) {
          for (const row of X) {
            const xp = row[p];
            row[p] = c * xp - s * row[q];
            row[q] = s * xp + c * row[q];
          }
        }
      }
    }
    if (off < 1e-15) break;
  }
  const norms = Array.from({ length: n }, (_, j) => Math.hypot(...W.map((r) => r[j])));
  const order = norms.map((_, j) => j).sort((x, y) => norms[y] - norms[x]);
  const S = order.map((j) => norms[j]);
  const tol = EPS * Math.max(1, S[0] ?? 0);
  const U = W.map((r) => order.map((j) => (norms[j] > tol ? r[j] / norms[j] : 0)));
  completeColumns(U, order.map((j) => norms[j] > tol));
  return { U, S, V: V.map((r) => order.map((j) => r[j])) };
}

/** Replace the columns not marked kept by unit vectors orthogonal to all others (from e1, e2, …). */
function completeColumns(U: M, kept: boolean[]): void {
  const m = U.length;
  const basis = kept.flatMap((k, j) => (k ? [U.map((r) => r[j])] : []));
  let next = 0;
  kept.forEach((k, j) => {
    if (k) return;
    while (next < m) {
      const e = Array.from({ length: m }, (_, i) => (i === next ? 1 : 0));
      next++;
      const [w] = gramSchmidt([...basis, e]).slice(basis.length);
      if (!w) continue;
      basis.push(w);
      U.forEach((r, i) => (r[j] = w[i]));
      return;
    }
  });
}

/**
 * Orthonormal basis of span(vectors) by modified Gram–Schmidt; vectors dependent on earlier
 * ones (residual below tolerance) are dropped.
 */
export function gramSchmidt(vectors: number[][], tol = 1e-10): number[][] {
  const basis: number[][] = [];
  for (const v of vectors) {
    const w = v.slice();
    for (const e of basis) {
      const d = w.reduce((s, x, i) => s + x * e[i], 0);
      for (let i = 0; i < w.length; i++) w[i] -= d * e[i];
    }
    const len = Math.hypot(...w);
    if (len > tol * Math.max(1, Math.hypot(...v))) basis.push(w.map((x) => x / len));
  }
  return basis;
}
