import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  Q, charPoly, determinant, dot, identity, inverse, isZeroVector, luExact, matEq, matMul, matVec, nullSpace,
  orthogonalBasis, qvec, rank, solve, symmetricEigen, polyAt, trace, vecEq, columnSpace,
} from "@/lib/math";
import { cofactorDet, intMatrix, q, sizedRect, sizedSquare } from "./arbitraries";

describe("exact linear algebra laws", () => {
  it("det agrees with cofactor expansion", () => {
    fc.assert(fc.property(sizedSquare(4), (a) => Q.toNumber(determinant(q(a))) === cofactorDet(a)));
  });

  it("det(AB) = det(A)·det(B)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(intMatrix(n, n), intMatrix(n, n))), ([a, b]) =>
        determinant(matMul(q(a), q(b))).equals(determinant(q(a)).mul(determinant(q(b)))),
      ),
    );
  });

  it("A·A⁻¹ = A⁻¹·A = I, and inverse is null exactly when det = 0", () => {
    fc.assert(
      fc.property(sizedSquare(4), (a) => {
        const inv = inverse(q(a));
        if (cofactorDet(a) === 0) return inv === null;
        const I = identity(a.length);
        return inv !== null && matEq(matMul(q(a), inv), I) && matEq(matMul(inv, q(a)), I);
      }),
    );
  });

  it("rank + nullity = n, and every null-space vector is sent to 0", () => {
    fc.assert(
      fc.property(sizedRect(4), (a) => {
        const ns = nullSpace(q(a));
        return rank(q(a)) + ns.length === a[0].length && ns.every((v) => isZeroVector(matVec(q(a), v)));
      }),
    );
  });

  it("rank(A) = rank(Aᵀ) and the column-space basis has rank(A) independent columns", () => {
    fc.assert(
      fc.property(sizedRect(4), (a) => {
        const at = a[0].map((_, j) => a.map((r) => r[j]));
        const cs = columnSpace(q(a));
        return rank(q(a)) === rank(q(at)) && cs.length === rank(q(a)) && (cs.length === 0 || rank(cs) === cs.length);
      }),
    );
  });

  it("solve: A·x = b for consistent b, with null-space directions that keep A·x = b", () => {
    fc.assert(
      fc.property(
        sizedRect(4).chain((a) => fc.tuple(fc.constant(a), intMatrix(1, a[0].length))),
        ([a, [x0]]) => {
          const b = matVec(q(a), qvec(x0));
          const s = solve(q(a), b);
          if (s.kind === "none") return false;
          const x = s.kind === "unique" ? s.x : s.particular;
          if (!vecEq(matVec(q(a), x), b)) return false;
          return s.kind === "unique" ? vecEq(x, qvec(x0)) : s.nullSpace.every((v) => isZeroVector(matVec(q(a), v)));
        },
      ),
    );
  });

  it("solve reports 'none' only when b is outside the column space (rank test by determinant of the 2×2 case)", () => {
    fc.assert(
      fc.property(intMatrix(2, 2), intMatrix(1, 2), (a, [b]) => {
        const s = solve(q(a), qvec(b));
        const det = cofactorDet(a);
        if (det !== 0) return s.kind === "unique";
        // singular 2×2: if A = 0, consistent iff b = 0; else iff every 2×2 minor of [A|b] vanishes
        const [[p, r], [t, u]] = a;
        const consistent = a.flat().every((x) => x === 0)
          ? b.every((x) => x === 0)
          : p * b[1] - t * b[0] === 0 && r * b[1] - u * b[0] === 0;
        return consistent ? s.kind === "infinite" : s.kind === "none";
      }),
      { examples: [[[[0, 0], [0, 0]], [[-1, 0]]], [[[0, 0], [0, 0]], [[0, 0]]], [[[1, 2], [2, 4]], [[1, 3]]]] },
    );
  });

  it("char poly: c1 = −trace, cn = (−1)ⁿ det, and p(λ) ≈ 0 at numeric eigenvalues of symmetric A", () => {
    fc.assert(
      fc.property(sizedSquare(4), (a0) => {
        const a = a0.map((r, i) => r.map((x, j) => (j < i ? a0[j][i] : x)));
        const c = charPoly(q(a));
        const n = a.length;
        if (!c[1].equals(trace(q(a)).neg())) return false;
        if (Q.toNumber(c[n]) !== (n % 2 ? -1 : 1) * cofactorDet(a)) return false;
        return symmetricEigen(a).every(({ value }) => Math.abs(polyAt(c, value)) < 1e-6 * Math.max(1, ...c.map((x) => Math.abs(Q.toNumber(x)))) * Math.max(1, Math.abs(value)) ** n);
      }),
    );
  });

  it("exact PLU (both pivotings): P·A = L·U with L unit lower and U upper triangular", () => {
    fc.assert(
      fc.property(sizedSquare(4), fc.constantFrom("first-nonzero" as const, "partial" as const), (a, pivoting) => {
        const f = luExact(q(a), pivoting);
        if (f && pivoting === "partial" && f.L.some((r) => r.some((x) => Q.cmp(Q.abs(x), 1) > 0))) return false;
        if (cofactorDet(a) === 0) return true;
        if (!f) return false;
        const n = a.length;
        const shapeOk = f.L.every((r, i) => r.every((x, j) => (j > i ? Q.isZero(x) : i !== j || Q.eq(x, 1)))) &&
          f.U.every((r, i) => r.every((x, j) => j >= i || Q.isZero(x)));
        return shapeOk && n > 0 && matEq(matMul(f.P, q(a)), matMul(f.L, f.U));
      }),
    );
  });

  it("exact Gram–Schmidt: pairwise orthogonal, same rank as the input", () => {
    fc.assert(
      fc.property(sizedRect(4), (a) => {
        const b = orthogonalBasis(q(a));
        const ok = b.every((u, i) => b.every((v, j) => i === j || Q.isZero(dot(u, v))));
        return ok && b.length === rank(q(a));
      }),
    );
  });
});
