// Laws for module "mlm" (matrix operations and decompositions): every answer re-derived or
// verified with mathjs floats by another route than its generator — factors multiply back and
// have the required shape/triangularity/orthogonality, Moore–Penrose conditions, eigen-equations.
import { expect } from "vitest";
import * as math from "mathjs";
import type { Laws } from "../types";
import type { Problem } from "@/exercises/types";
import { cholesky, svd as jacobiSvd } from "@/lib/math";

type M = number[][];

const num = (p: Problem): number => {
  expect(typeof p.answer.numeric, `${p.skill} seed ${p.seed}: numeric answer`).toBe("number");
  return p.answer.numeric as number;
};
/** A data entry: a JSON number, or an exact string such as "3/5" or "sqrt(2)/2". */
const val = (x: unknown): number => (typeof x === "number" ? x : (math.evaluate(String(x)) as number));
const mat = (x: unknown): M => (x as unknown[][]).map((r) => r.map(val));
const parts = (p: Problem): Record<string, M> => p.answer.numeric as unknown as Record<string, M>;
const close = (X: M, Y: M, what: string, tol = 1e-9) => {
  expect([X.length, X[0].length], `${what}: shape`).toEqual([Y.length, Y[0].length]);
  X.forEach((r, i) => r.forEach((x, j) => expect(Math.abs(x - Y[i][j]), `${what} entry (${i + 1},${j + 1})`).toBeLessThan(tol)));
};
const mul = (...ms: M[]): M => ms.reduce((a, b) => math.multiply(a, b) as M);
const T = (A: M): M => math.transpose(A) as M;
const eye = (n: number): M => math.identity(n, "dense").valueOf() as M;
const lowerTriangular = (L: M) => L.every((r, i) => r.every((x, j) => j <= i || Math.abs(x) < 1e-12));
const upperTriangular = (U: M) => U.every((r, i) => r.every((x, j) => j >= i || Math.abs(x) < 1e-12));

export const laws: Laws = {
  "la.mlm.norms": (p) => {
    const v = p.data.v as number[];
    const kind = p.data.norm as string;
    const x = num(p);
    // mathjs's p-norms; the L2 answer also squares to the sum of squares
    const ord = kind === "L1" ? 1 : kind === "L2" ? 2 : Infinity;
    expect(x).toBeCloseTo(math.norm(v, ord) as number, 9);
    if (kind === "L2") expect(x * x).toBeCloseTo(math.dot(v, v), 9);
    expect(x).toBeGreaterThan(0);
  },
  "la.mlm.hadamard": (p) => {
    const A = mat(p.data.A);
    const B = mat(p.data.B);
    const C = mat(p.answer.numeric);
    // mathjs's element-wise operators
    const expected = { product: math.dotMultiply(A, B), sum: math.add(A, B), quotient: math.dotDivide(A, B) }[p.data.op as string] as M;
    close(C, expected, "A ∘ B");
  },
  "la.mlm.transpose": (p) => {
    const A = mat(p.data.A);
    const X = mat(p.answer.numeric);
    if (p.data.B === undefined) {
      // transposing the answer gives A back, entry by entry: X[j][i] = A[i][j]
      close(T(X), A, "(Aᵀ)ᵀ");
      return;
    }
    // (AB)ᵀ from the product formula, entry (i, j) = Σ_k a_jk b_ki
    const B = mat(p.data.B);
    const expected = B[0].map((_, i) => A.map((row) => row.reduce((s, a, k) => s + a * B[k][i], 0)));
    close(X, expected, "(AB)ᵀ");
  },
  "la.mlm.matrix-types": (p) => {
    const A = mat(p.data.A);
    const labels = p.answer.numeric as number[];
    const [m, n] = [A.length, A[0].length];
    const tol = 1e-9;
    const offZero = (keep: (i: number, j: number) => boolean) => A.every((r, i) => r.every((x, j) => keep(i, j) || Math.abs(x) < tol));
    // each type tested with mathjs floats: deepEqual to the transpose, AᵀA against the identity
    const expected: number[] = [];
    if (m === n) {
      expected.push(1);
      if ((math.max(math.abs(math.subtract(A, T(A)) as M)) as number) < tol) expected.push(2);
      if (offZero((i, j) => j >= i)) expected.push(3);
      if (offZero((i, j) => j <= i)) expected.push(4);
      if (offZero((i, j) => i === j)) expected.push(5);
      if ((math.max(math.abs(math.subtract(A, eye(n)) as M)) as number) < tol) expected.push(6);
      if ((math.max(math.abs(math.subtract(mul(T(A), A), eye(n)) as M)) as number) < tol) expected.push(7);
    }
    expect(labels).toEqual(expected);
  },
  "la.mlm.trace": (p) => {
    const A = mat(p.data.A);
    // the trace as the derivative of det(I + tA) at t = 0 (central difference), for the matrix asked
    const M = p.data.B === undefined ? A : mul(mat(p.data.B), A);
    const n = M.length;
    const t = 1e-4;
    const detAt = (s: number) => math.det(math.add(eye(n), math.multiply(s, M)) as M);
    const derivative = (detAt(t) - detAt(-t)) / (2 * t);
    expect(Math.abs(num(p) - derivative)).toBeLessThan(1e-3);
    expect(Number.isInteger(num(p))).toBe(true);
  },
  "la.mlm.rank": (p) => {
    const A = mat(p.data.A);
    // the number of non-zero singular values (one-sided Jacobi SVD in floats)
    const { S } = jacobiSvd(A);
    expect(num(p)).toBe(S.filter((s) => s > 1e-9 * Math.max(1, S[0])).length);
  },
  "la.mlm.lu": (p) => {
    const A = mat(p.data.A);
    const n = A.length;
    const f = parts(p);
    const P = f.P ?? eye(n);
    // P is a permutation matrix, L unit lower triangular, U upper triangular, and PA = LU
    expect(P.flat().every((x) => x === 0 || x === 1), "P has 0/1 entries").toBe(true);
    expect(P.every((r) => r.reduce((s, x) => s + x, 0) === 1) && T(P).every((c) => c.reduce((s, x) => s + x, 0) === 1), "P is a permutation").toBe(true);
    expect(lowerTriangular(f.L) && f.L.every((r, i) => Math.abs(r[i] - 1) < 1e-12), "L unit lower triangular").toBe(true);
    expect(upperTriangular(f.U), "U upper triangular").toBe(true);
    close(mul(P, A), mul(f.L, f.U), "PA = LU");
    if (p.data.pivoting === "partial") {
      // partial pivoting: every multiplier at most 1 in size, and a swap was needed
      expect(f.L.flat().every((x) => Math.abs(x) <= 1 + 1e-12), "|l_ij| <= 1").toBe(true);
      expect(P.some((r, i) => r[i] !== 1), "P is not the identity").toBe(true);
    } else expect(f.P, "no P without pivoting").toBeUndefined();
  },
  "la.mlm.qr": (p) => {
    const A = mat(p.data.A);
    const { Q, R } = parts(p);
    // Q has orthonormal columns, R is upper triangular with a positive diagonal, QR = A
    expect([Q.length, Q[0].length, R.length, R[0].length]).toEqual([A.length, 2, 2, 2]);
    close(mul(T(Q), Q), eye(2), "QᵀQ = I");
    expect(upperTriangular(R), "R upper triangular").toBe(true);
    expect(R[0][0] > 0 && R[1][1] > 0, "R has a positive diagonal").toBe(true);
    close(mul(Q, R), A, "QR = A");
  },
  "la.mlm.cholesky": (p) => {
    const A = mat(p.data.A);
    const L = mat(p.answer.numeric);
    // lower triangular with a positive diagonal, LLᵀ = A, and the same factor as a numeric Cholesky
    expect(lowerTriangular(L), "L lower triangular").toBe(true);
    expect(L.every((r, i) => r[i] > 0), "positive diagonal").toBe(true);
    close(mul(L, T(L)), A, "LLᵀ = A");
    const numeric = cholesky(A);
    expect(numeric, "A is positive definite").not.toBeNull();
    close(L, numeric!, "numeric Cholesky", 1e-9);
  },
  "la.mlm.eigendecomposition": (p) => {
    const A = mat(p.answer.numeric);
    const eig = p.data.eigenvalues as number[];
    const vectors = p.data.Q !== undefined ? T(mat(p.data.Q)) : mat(p.data.vectors);
    // every given eigenpair satisfies A v = λ v, and tr A is the sum of the eigenvalues
    vectors.forEach((v, i) => {
      const Av = math.multiply(A, v) as number[];
      Av.forEach((x, k) => expect(Math.abs(x - eig[i] * v[k]), `A v${i + 1} = λ${i + 1} v${i + 1}`).toBeLessThan(1e-9));
    });
    expect(math.trace(A)).toBeCloseTo(eig.reduce((s, x) => s + x, 0), 9);
    if (p.data.vectors !== undefined) close(A, T(A), "A symmetric");
  },
  "la.mlm.svd": (p) => {
    const A = mat(p.data.A);
    const f = p.answer.numeric as Record<string, unknown>;
    const G = mul(T(A), A);
    if (p.level === 1) {
      // each σ ≥ 0 and σ² is a root of det(AᵀA − λI); Σσ² = ‖A‖_F² and Πσ² = det(AᵀA)
      const sigma = f.sigma as number[];
      expect(sigma).toHaveLength(2);
      for (const s of sigma) {
        expect(s).toBeGreaterThan(0);
        expect(Math.abs(math.det(math.subtract(G, math.multiply(s * s, eye(2))) as M))).toBeLessThan(1e-6 * (1 + s ** 4));
      }
      expect(sigma[0] ** 2 + sigma[1] ** 2).toBeCloseTo(A.flat().reduce((t, x) => t + x * x, 0), 6);
      expect(sigma[0] ** 2 * sigma[1] ** 2).toBeCloseTo(math.det(G), 4);
      return;
    }
    const { U, S, VT } = parts(p);
    // U and V orthogonal, Σ diagonal with σ1 > σ2 > 0, UΣVᵀ = A, each column of V first non-zero entry positive
    close(mul(T(U), U), eye(2), "UᵀU = I");
    close(mul(VT, T(VT)), eye(2), "VᵀV = I");
    expect(S[0][1] === 0 && S[1][0] === 0, "Σ diagonal").toBe(true);
    expect(S[0][0] > S[1][1] && S[1][1] > 0, "σ1 > σ2 > 0").toBe(true);
    close(mul(U, S, VT), A, "UΣVᵀ = A");
    for (const v of VT) expect((v.find((x) => Math.abs(x) > 1e-12) ?? 0) > 0, "first non-zero entry of each v positive").toBe(true);
  },
  "la.mlm.pseudoinverse": (p) => {
    const A = mat(p.data.A);
    const X = mat(p.answer.numeric);
    // the four Moore–Penrose conditions, in floats
    close(mul(A, X, A), A, "AXA = A");
    close(mul(X, A, X), X, "XAX = X");
    close(T(mul(A, X)), mul(A, X), "AX symmetric");
    close(T(mul(X, A)), mul(X, A), "XA symmetric");
  },
  "la.mlm.low-rank": (p) => {
    const U = mat(p.data.U);
    const S = mat(p.data.S);
    const VT = mat(p.data.VT);
    const k = p.data.k as number;
    const Ak = mat(p.answer.numeric);
    const A = mul(U, S, VT);
    // rank k (singular values of the answer), the Eckart–Young error ‖A − A_k‖_F² = Σ_{i>k} σ_i²,
    // and A − A_k orthogonal to A_k (the discarded part lives in the other singular directions)
    const { S: s } = jacobiSvd(Ak);
    expect(s.filter((x) => x > 1e-9).length, "rank of A_k").toBe(k);
    const sig = S.map((r, i) => r[i]);
    const E = math.subtract(A, Ak) as M;
    expect(E.flat().reduce((t, x) => t + x * x, 0)).toBeCloseTo(sig.slice(k).reduce((t, x) => t + x * x, 0), 6);
    expect(Math.abs(math.trace(mul(T(E), Ak)))).toBeLessThan(1e-9);
  },
};
