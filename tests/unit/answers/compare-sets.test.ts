import { describe, expect, it } from "vitest";
import { check } from "@/lib/answers/compare";
import { bool, cx, dec, ex, int, set, vec } from "./compare-values";

describe("multisets", () => {
  it.each([
    ["same order", set([2, 5]), set([2, 5]), true, "Correct."],
    ["other order", set([5, 2]), set([2, 5]), true, "Correct."],
    ["with multiplicity", set([2, 5, 2]), set([2, 2, 5]), true, "Correct."],
    ["decimals", set([dec(1.414), dec(-1.414)]), set([ex("-sqrt(2)", -Math.SQRT2), ex("sqrt(2)", Math.SQRT2)]), true, "Correct — exactly {-sqrt(2), sqrt(2)}."],
    ["a double root given once", set([2, 5]), set([2, 2, 5]), false, "You gave 2 once; it is a double root."],
    ["a single root given twice", set([2, 2, 5]), set([2, 5]), false, "You gave 2 twice; it appears only once."],
    ["one wrong", set([2, 6]), set([2, 5]), false, "1 of yours is right; 1 is not."],
    ["missing one", set([2]), set([2, 5, 7]), false, "Expected 3 values, got 1; 1 of yours is right."],
    ["all wrong", set([1, 3]), set([2, 5]), false, "None of yours is right."],
    ["one number for a one-item set", int(4), set([4]), true, "Correct."],
    ["a vector of numbers read as a list", vec([5, 2]), set([2, 5]), true, "Correct."],
    ["a yes/no answer", bool(true), set([2, 5]), false, "Expected a list of values such as {2, 5}, got a yes/no answer."],
  ])("%s", (_, actual, expected, correct, feedback) => {
    const v = check(actual, expected);
    expect([v.correct, v.feedback]).toEqual([correct, feedback]);
  });

  it("matches complex conjugate pairs in any order", () => {
    expect(check(set([cx(1, -2), cx(1, 2)]), set([cx(1, 2), cx(1, -2)])).correct).toBe(true);
    expect(check(set([cx(1, 2), cx(1, 2)]), set([cx(1, 2), cx(1, -2)])).correct).toBe(false);
  });

  it("matches sets of eigenvectors up to scalar", () => {
    const expected = set([vec([1, 1]), vec([1, -1])]);
    expect(check(set([vec([-2, 2]), vec([3, 3])]), expected, { upToScalar: true }).correct).toBe(true);
    expect(check(set([vec([-2, 2]), vec([3, 3])]), expected).correct).toBe(false);
  });

  it("finds a full matching when greedy pairing would fail under tolerance", () => {
    // 1.0005 is within tolerance of both 1 and 1.001; greedy could pair it with 1 and strand 1.0009.
    const v = check(set([dec(1.0005), dec(1.0009)]), set([ex("1001/1000", 1.001), int(1)]), { relTol: 6e-4, sigFigs: 9 });
    expect(v.correct).toBe(true);
  });
});
