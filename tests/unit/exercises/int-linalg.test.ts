import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as math from "mathjs";
import { cross, det, dot, perpendicular, rank } from "@/exercises/int-linalg";

const square = (n: number) => fc.array(fc.array(fc.integer({ min: -6, max: 6 }), { minLength: n, maxLength: n }), { minLength: n, maxLength: n });

describe("integer linear algebra", () => {
  it("det agrees with mathjs's LU determinant", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 4 }).chain(square), (A) => {
      expect(det(A)).toBeCloseTo(math.det(A), 6);
    }));
  });

  it("rank: full for det ≠ 0, and a repeated combination row does not raise it", () => {
    fc.assert(fc.property(square(3), fc.integer({ min: -3, max: 3 }), (A, k) => {
      expect(rank(A) === 3).toBe(Math.round(math.det(A)) !== 0);
      const extended = [...A, A[0].map((x, j) => x + k * A[1][j])];
      expect(rank(extended)).toBe(rank(A));
    }));
  });

  it("perpendicular and cross are orthogonal to their inputs", () => {
    const v3 = fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 3, maxLength: 3 });
    fc.assert(fc.property(v3, v3, (u, h) => {
      expect(dot(cross(u, h), u)).toBe(0);
      expect(dot(perpendicular(u, h), u)).toBe(0);
      expect(dot(perpendicular(u.slice(0, 2), h), u.slice(0, 2))).toBe(0);
    }));
  });
});
