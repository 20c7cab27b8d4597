import { describe, expect, it } from "vitest";
import { check } from "@/lib/answers/compare";
import { dec, ex, expr, int, mat, set, vec } from "./compare-values";

const half = ex("1/2", 0.5);
const r2 = ex("sqrt(2)", Math.SQRT2);

describe("vectors", () => {
  it.each([
    ["same entries", vec([1, -2, 3]), vec([1, -2, 3]), true, "Correct."],
    ["column vs row", vec([1, -2, 3], true), vec([1, -2, 3]), true, "Correct."],
    ["3×1 matrix for a vector", mat([[1], [-2], [3]]), vec([1, -2, 3]), true, "Correct."],
    ["1×3 matrix for a vector", mat([[1, -2, 3]]), vec([1, -2, 3]), true, "Correct."],
    ["decimals", vec([dec(0.5), dec(1.414)]), vec([half, r2]), true, "Correct — exactly (1/2, sqrt(2))."],
    ["one entry wrong", vec([1, 2, 3]), vec([1, -2, 3]), false, "Check entry 2."],
    ["two entries wrong", vec([0, -2, 4]), vec([1, -2, 3]), false, "Check entries 1 and 3."],
    ["all wrong", vec([7, 7, 7]), vec([1, -2, 3]), false, "None of the entries is right."],
    ["length 2 vs 3", vec([1, -2]), vec([1, -2, 3]), false, "Expected a vector with 3 entries, got 2."],
    ["expression entries", vec([expr("2x"), expr("cos(x)")]), vec([expr("x+x"), expr("sin(x + pi/2)")]), true, "Correct."],
  ])("%s", (_, actual, expected, correct, feedback) => {
    const v = check(actual, expected);
    expect([v.correct, v.feedback]).toEqual([correct, feedback]);
  });
});

describe("up to a scalar or sign", () => {
  const e = vec([1, 2, -1]);
  it.each([
    ["a multiple", vec([-2, -4, 2]), { upToScalar: true }, true, "Correct."],
    ["a fractional multiple", vec([half, int(1), ex("-1/2", -0.5)]), { upToScalar: true }, true, "Correct."],
    ["normalised decimals", vec([dec(0.408), dec(0.816), dec(-0.408)]), { upToScalar: true }, true, "Correct."],
    ["not parallel", vec([1, 2, 1]), { upToScalar: true }, false, "Not a multiple of the expected vector: it points in a different direction."],
    ["zero vector", vec([0, 0, 0]), { upToScalar: true }, false, "The zero vector is not a valid answer here: it has no direction."],
    ["negated under upToSign", vec([-1, -2, 1]), { upToSign: true }, true, "Correct."],
    ["doubled under upToSign", vec([2, 4, -2]), { upToSign: true }, false, "Not right, even allowing for the sign."],
    ["negated without a policy", vec([-1, -2, 1]), {}, false, "None of the entries is right."],
  ])("%s", (_, actual, policy, correct, feedback) => {
    const v = check(actual, e, policy);
    expect([v.correct, v.feedback]).toEqual([correct, feedback]);
  });
  it("keeps equivalence reflexive for the zero vector under upToScalar", () => {
    expect(check(vec([0, 0]), vec([0, 0]), { upToScalar: true }).correct).toBe(true);
    expect(check(vec([1, 0]), vec([0, 0]), { upToScalar: true }).correct).toBe(false);
  });
  it("accepts a scaled matrix under upToScalar", () => {
    expect(check(mat([[2, 4], [6, 8]]), mat([[1, 2], [3, 4]]), { upToScalar: true }).correct).toBe(true);
    expect(check(mat([[2, 4], [6, 9]]), mat([[1, 2], [3, 4]]), { upToScalar: true }).feedback).toBe("Not a multiple of the expected matrix.");
  });
});

describe("matrices", () => {
  const A = mat([[1, 2, 0], [0, 1, 3], [4, 0, 1]]);
  it.each([
    ["equal", mat([[1, 2, 0], [0, 1, 3], [4, 0, 1]]), true, "Correct."],
    ["one entry wrong", mat([[1, 2, 0], [0, 1, 3], [4, 5, 1]]), false, "Check entry (3,2) (row, column)."],
    ["two entries wrong", mat([[1, 2, 9], [0, 1, 3], [4, 5, 1]]), false, "Check entries (1,3) and (3,2) (row, column)."],
    ["transpose", mat([[1, 0, 4], [2, 1, 0], [0, 3, 1]]), false, "That is the transpose of the answer: rows and columns are swapped."],
    ["3×2", mat([[1, 2], [0, 1], [4, 0]]), false, "Expected a 3×3 matrix, got 3×2."],
    ["a vector", vec([1, 2, 3]), false, "Expected a 3×3 matrix, got a vector."],
    ["many wrong", mat([[1, 9, 9], [9, 9, 9], [4, 0, 1]]), false, "5 of the 9 entries are wrong."],
  ])("%s", (_, actual, correct, feedback) => {
    const v = check(actual, A);
    expect([v.correct, v.feedback]).toEqual([correct, feedback]);
  });
  it("accepts decimals entrywise and gives the exact matrix", () => {
    expect(check(mat([[dec(0.5), 0], [0, dec(0.333)]]), mat([[half, 0], [0, ex("1/3", 1 / 3)]])).feedback).toBe("Correct — exactly [[1/2, 0], [0, 1/3]].");
  });
  it("accepts a vector for an n×1 matrix", () => {
    expect(check(vec([1, 2]), mat([[1], [2]])).correct).toBe(true);
  });
});

describe("same span", () => {
  const plane = set([vec([1, 0, 1]), vec([0, 1, 1])]);
  it.each([
    ["same basis", set([vec([1, 0, 1]), vec([0, 1, 1])]), true, "Correct."],
    ["another basis", set([vec([1, 1, 2]), vec([1, -1, 0])]), true, "Correct."],
    ["as matrix columns", mat([[1, 1], [1, -1], [2, 0]]), true, "Correct."],
    ["as matrix rows", mat([[1, 1, 2], [1, -1, 0]]), true, "Correct."],
    ["decimals", set([vec([dec(0.707), dec(0), dec(0.707)]), vec([0, 1, 1])]), true, "Correct."],
    ["one vector outside", set([vec([1, 0, 1]), vec([0, 0, 1])]), false, "Not the same subspace: some of your vectors lie outside it."],
    ["too few", set([vec([1, 1, 2])]), false, "Your vectors span only a 1-dimensional part of the subspace; it has dimension 2."],
    ["dependent extra", set([vec([1, 0, 1]), vec([0, 1, 1]), vec([1, 1, 2])]), false, "These vectors span the subspace but are not a basis: 3 vectors are dependent, a basis has 2."],
    ["wrong length", set([vec([1, 0]), vec([0, 1])]), false, "Each vector should have 3 entries; one of yours has 2."],
    ["not vectors", int(3), false, "Expected a list of vectors (a basis), e.g. (1, 0, 2), (0, 1, -1)."],
  ])("%s", (_, actual, correct, feedback) => {
    const v = check(actual, plane, { sameSpan: true });
    expect([v.correct, v.feedback]).toEqual([correct, feedback]);
  });
  it("treats a single vector as a line", () => {
    expect(check(vec([-3, -6]), vec([1, 2]), { sameSpan: true }).correct).toBe(true);
  });
});
