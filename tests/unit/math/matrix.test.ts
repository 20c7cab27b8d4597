import { describe, expect, it } from "vitest";
import {
  Q, charPoly, columnSpace, cross, determinant, dot, identity, inverse, luExact, matAdd, matMul, matScale,
  matSub, matText, matVec, normSquared, nullSpace, orthogonalBasis, qmat, qvec, rank, rref, solve, transpose, vecText,
} from "@/lib/math";

const txt = matText;

describe("matrix arithmetic", () => {
  const A = qmat([[1, 2], [3, 4]]);
  const B = qmat([["1/2", 0], [0, -1]]);
  it("adds, subtracts, scales, multiplies, transposes", () => {
    expect(txt(matAdd(A, B))).toBe("[[3/2, 2], [3, 3]]");
    expect(txt(matSub(A, B))).toBe("[[1/2, 2], [3, 5]]");
    expect(txt(matScale("1/2", A))).toBe("[[1/2, 1], [3/2, 2]]");
    expect(txt(matMul(A, B))).toBe("[[1/2, -2], [3/2, -4]]");
    expect(txt(transpose(qmat([[1, 2, 3], [4, 5, 6]])))).toBe("[[1, 4], [2, 5], [3, 6]]");
    expect(vecText(matVec(A, qvec([1, -1])))).toBe("(-1, -1)");
    expect(txt(identity(2))).toBe("[[1, 0], [0, 1]]");
  });
  it("explains impossible products", () => {
    expect(() => matMul(qmat([[1, 2]]), qmat([[1, 2]]))).toThrow("matMul: 1×2 times 1×2 is undefined");
  });
  it("computes dot, norm² and cross", () => {
    expect(Q.toString(dot(qvec([1, 2, 3]), qvec([4, -5, 6])))).toBe("12");
    expect(Q.toString(normSquared(qvec([2, 3, 4])))).toBe("29");
    expect(vecText(cross(qvec([1, 0, 0]), qvec([0, 1, 0])))).toBe("(0, 0, 1)");
  });
});

describe("elimination", () => {
  it("finds determinants by hand-checkable examples", () => {
    expect(Q.toString(determinant(qmat([[1, 2], [3, 4]])))).toBe("-2");
    expect(Q.toString(determinant(qmat([[2, 0, 1], [1, 3, 2], [1, 1, 1]])))).toBe("0");
    expect(Q.toString(determinant(qmat([[0, 1], [1, 0]])))).toBe("-1");
    expect(Q.toString(determinant(qmat([["1/2", 1], [1, 4]])))).toBe("1");
  });
  it("inverts or returns null", () => {
    expect(txt(inverse(qmat([[1, 2], [3, 4]]))!)).toBe("[[-2, 1], [3/2, -1/2]]");
    expect(inverse(qmat([[1, 2], [2, 4]]))).toBeNull();
  });
  it("reduces to RREF with pivots and rank", () => {
    const r = rref(qmat([[1, 2, 1], [2, 4, 0], [3, 6, 1]]));
    expect(txt(r.rref)).toBe("[[1, 2, 0], [0, 0, 1], [0, 0, 0]]");
    expect(r.pivots).toEqual([0, 2]);
    expect(rank(qmat([[1, 2], [2, 4]]))).toBe(1);
    expect(rank(qmat([[0, 0], [0, 0]]))).toBe(0);
  });
  it("solves unique, inconsistent and underdetermined systems", () => {
    const u = solve(qmat([[2, 1], [1, 3]]), qvec([3, 5]));
    expect(u.kind === "unique" && vecText(u.x)).toBe("(4/5, 7/5)");
    expect(solve(qmat([[1, 1], [1, 1]]), qvec([1, 2])).kind).toBe("none");
    const inf = solve(qmat([[1, 1, 1]]), qvec([3]));
    expect(inf.kind).toBe("infinite");
    if (inf.kind === "infinite") {
      expect(vecText(inf.particular)).toBe("(3, 0, 0)");
      expect(inf.nullSpace.map(vecText)).toEqual(["(-1, 1, 0)", "(-1, 0, 1)"]);
    }
  });
  it("gives null-space and column-space bases", () => {
    expect(nullSpace(qmat([[1, 0], [0, 1]]))).toEqual([]);
    expect(nullSpace(qmat([[1, 2], [2, 4]])).map(vecText)).toEqual(["(-2, 1)"]);
    expect(columnSpace(qmat([[1, 2, 0], [2, 4, 1]])).map(vecText)).toEqual(["(1, 2)", "(0, 1)"]);
  });
  it("gives the characteristic polynomial λ² − tr λ + det and a 3×3 example", () => {
    expect(charPoly(qmat([[2, 1], [1, 2]])).map(Q.toString)).toEqual(["1", "-4", "3"]);
    // diag(1,2,3): (λ−1)(λ−2)(λ−3) = λ³ − 6λ² + 11λ − 6
    expect(charPoly(qmat([[1, 0, 0], [0, 2, 0], [0, 0, 3]])).map(Q.toString)).toEqual(["1", "-6", "11", "-6"]);
  });
  it("factors PA = LU exactly, swapping rows only at a zero pivot", () => {
    const f = luExact(qmat([[0, 2], [1, 3]]))!;
    expect(txt(f.P)).toBe("[[0, 1], [1, 0]]");
    expect(txt(f.L)).toBe("[[1, 0], [0, 1]]");
    expect(txt(f.U)).toBe("[[1, 3], [0, 2]]");
    expect(txt(luExact(qmat([[2, 1], [4, 5]]))!.L)).toBe("[[1, 0], [2, 1]]");
    expect(luExact(qmat([[1, 2], [2, 4]]))).toBeNull();
    // partial pivoting takes row 2 (|3| > |1|) first: L = [[1,0],[1/3,1]], U = [[3,4],[0,2/3]]
    const pp = luExact(qmat([[1, 2], [3, 4]]), "partial")!;
    expect([txt(pp.P), txt(pp.L), txt(pp.U)]).toEqual(["[[0, 1], [1, 0]]", "[[1, 0], [1/3, 1]]", "[[3, 4], [0, 2/3]]"]);
  });
  it("orthogonalises exactly, dropping dependent vectors", () => {
    const b = orthogonalBasis([qvec([1, 1, 0]), qvec([2, 2, 0]), qvec([1, 0, 1])]);
    expect(b.map(vecText)).toEqual(["(1, 1, 0)", "(1/2, -1/2, 1)"]);
  });
});
