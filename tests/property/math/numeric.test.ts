import { describe, it } from "vitest";
import fc from "fast-check";
import { Q, centralDiff, cholesky, derivative, evaluateAt, gramSchmidt, lu, qr, rank, qmat, surd, sqrtQ, svd } from "@/lib/math";
import { eye, intMatrix, maxDiff, mulN, sizedRect, sizedSquare, tN } from "./arbitraries";

const TOL = 1e-9;
const diag = (s: number[], m: number, n: number) => Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? s[i] ?? 0 : 0)));
const scale = (a: number[][]) => Math.max(1, ...a.flat().map(Math.abs));

describe("numeric factorisations multiply back", () => {
  it("QR: Q·R = A, QᵀQ = I, R upper triangular", () => {
    fc.assert(
      fc.property(sizedRect(4), (a) => {
        const { Q: Qm, R } = qr(a);
        const upper = R.every((r, i) => r.every((x, j) => j >= i || Math.abs(x) < TOL * scale(a)));
        return upper && maxDiff(mulN(Qm, R), a) < TOL * scale(a) && maxDiff(mulN(tN(Qm), Qm), eye(a.length)) < TOL;
      }),
    );
  });

  it("LU: P·A = L·U, L unit lower with |entries| ≤ 1 (partial pivoting), U upper", () => {
    fc.assert(
      fc.property(sizedSquare(4), (a) => {
        const { P, L, U } = lu(a);
        const lOk = L.every((r, i) => r.every((x, j) => (j > i ? x === 0 : i === j ? x === 1 : Math.abs(x) <= 1 + 1e-12)));
        const uOk = U.every((r, i) => r.every((x, j) => j >= i || Math.abs(x) < TOL));
        return lOk && uOk && maxDiff(mulN(P, a), mulN(L, U)) < TOL * scale(a);
      }),
    );
  });

  it("Cholesky: L·Lᵀ = BᵀB + I, L lower with positive diagonal", () => {
    fc.assert(
      fc.property(sizedSquare(4), (b) => {
        const a = mulN(tN(b), b).map((r, i) => r.map((x, j) => x + (i === j ? 1 : 0)));
        const L = cholesky(a);
        if (!L) return false;
        const shapeOk = L.every((r, i) => r.every((x, j) => (j > i ? x === 0 : j < i || x > 0)));
        return shapeOk && maxDiff(mulN(L, tN(L)), a) < TOL * scale(a);
      }),
    );
  });

  it("SVD: U·diag(S)·Vᵀ = A, UᵀU = VᵀV = I, S descending ≥ 0, #non-zero S = exact rank", () => {
    fc.assert(
      fc.property(sizedRect(4), (a) => {
        const { U, S, V } = svd(a);
        const k = Math.min(a.length, a[0].length);
        const back = mulN(mulN(U, diag(S, k, k)), tN(V));
        const desc = S.every((s, i) => s >= 0 && (i === 0 || S[i - 1] >= s));
        const nonzero = S.filter((s) => s > 1e-8 * scale(a)).length;
        return S.length === k && desc && maxDiff(back, a) < 1e-8 * scale(a) && maxDiff(mulN(tN(V), V), eye(k)) < 1e-8 && maxDiff(mulN(tN(U), U), eye(k)) < 1e-8 &&
          nonzero === rank(qmat(a));
      }),
      { numRuns: 300, examples: [[[[0, 0]]], [[[0, 0, 0], [0, 0, 0]]], [[[1, 2, 3]]], [[[0], [0]]]] },
    );
  });

  it("Gram–Schmidt: orthonormal, as many vectors as the exact rank", () => {
    fc.assert(
      fc.property(sizedRect(4), (a) => {
        const b = gramSchmidt(a);
        return b.length === rank(qmat(a)) && (b.length === 0 || maxDiff(mulN(b, tN(b)), eye(b.length)) < 1e-8);
      }),
    );
  });
});

describe("surds", () => {
  it("(k·√n)² is the rational k²·n and the simplified radicand is square-free", () => {
    fc.assert(
      fc.property(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 0, max: 5000 }), (k, n) => {
        const s = surd(k, n);
        const sqFree = (m: bigint) => { for (let p = 2n; p * p <= m; p++) if (m % (p * p) === 0n) return false; return true; };
        return s.square().equals(Q.of(k * k * n)) && sqFree(s.n) && Math.abs(s.value() - k * Math.sqrt(n)) < 1e-9 * Math.max(1, Math.abs(k) * Math.sqrt(n));
      }),
    );
  });
  it("sqrt of a rational squares back to it", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 999 }), (p, d) => sqrtQ(Q.of(p, d)).square().equals(Q.of(p, d))));
  });
});

describe("calculus", () => {
  it("symbolic derivative of a random cubic·sin matches the central difference", () => {
    fc.assert(
      fc.property(intMatrix(1, 4), fc.double({ min: -2, max: 2, noNaN: true }), ([c], x) => {
        const text = `(${c[0]} + ${c[1]}*x + ${c[2]}*x^2 + ${c[3]}*x^3) * sin(x)`;
        const f = (t: number) => evaluateAt(text, { x: t }) ?? Number.NaN;
        const d = evaluateAt(derivative(text, "x"), { x })!;
        return Math.abs(d - centralDiff(f, x)) < 1e-5 * Math.max(1, Math.abs(d));
      }),
      { numRuns: 50 },
    );
  });
});
