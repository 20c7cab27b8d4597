import { describe, expect, it } from "vitest";
import { check } from "@/lib/answers/compare";
import { bool, cx, dec, ex, expr, int, mat, set, vec, word } from "./compare-values";

const S29 = Math.sqrt(29);

describe("numbers", () => {
  it.each([
    ["same exact form", ex("sqrt(29)", S29), ex("sqrt(29)", S29), true, "Correct."],
    ["another exact form of the same value", ex("29^(1/2)", Math.pow(29, 0.5)), ex("sqrt(29)", S29), true, "Correct."],
    ["3/4 vs 0.75 typed exactly", ex("3/4", 0.75), ex("3/4", 0.75), true, "Correct."],
    ["a terminating decimal that is exact", dec(0.75), ex("3/4", 0.75), true, "Correct."],
    ["a decimal approximation of a fraction", dec(0.667), ex("2/3", 2 / 3), true, "Correct — exactly 2/3."],
    ["decimal to 3 s.f.", dec(5.39), ex("sqrt(29)", S29), true, "Correct — exactly sqrt(29)."],
    ["decimal to 4 s.f.", dec(5.385), ex("sqrt(29)", S29), true, "Correct — exactly sqrt(29)."],
    ["truncated decimal within 1e-3", dec(5.384), ex("sqrt(29)", S29), true, "Correct — exactly sqrt(29)."],
    ["decimal 2 s.f. is not enough", dec(5.4), ex("sqrt(29)", S29), false, "Close, but not accurate enough: give at least 3 significant figures, or the exact form."],
    ["wrong exact surd", ex("sqrt(28)", Math.sqrt(28)), ex("sqrt(29)", S29), false, "Not right."],
    ["wrong sign", ex("-sqrt(29)", -S29), ex("sqrt(29)", S29), false, "Check the sign."],
    ["exact close value is still wrong", ex("22/7", 22 / 7), ex("pi", Math.PI), false, "Not right."],
    ["decimal of pi", dec(3.14), ex("pi", Math.PI), true, "Correct — exactly pi."],
    ["zero typed as a decimal", dec(0.0001), int(0), true, "Correct — exactly 0."],
    ["far from zero", dec(0.01), int(0), false, "Not right."],
    ["a one-item set read as a number", set([4]), int(4), true, "Correct."],
    ["a constant expression", expr("2*sqrt(3)", []), ex("sqrt(12)", Math.sqrt(12)), true, "Correct."],
  ])("%s", (_, actual, expected, correct, feedback) => {
    const v = check(actual, expected);
    expect(v.correct).toBe(correct);
    expect(v.score).toBe(correct ? 1 : 0);
    expect(v.feedback).toBe(feedback);
    expect(v.mistakes).toEqual([]);
  });

  it("applies a skill's tolerance", () => {
    expect(check(dec(5.4), ex("sqrt(29)", S29), { relTol: 0.01 }).correct).toBe(true);
    expect(check(dec(5.385), ex("sqrt(29)", S29), { relTol: 1e-6, sigFigs: 6 }).correct).toBe(false);
    expect(check(dec(5.38516), ex("sqrt(29)", S29), { relTol: 1e-6, sigFigs: 6 }).correct).toBe(true);
  });

  it("compares an expected decimal by tolerance even against an exact answer", () => {
    expect(check(ex("1/3", 1 / 3), dec(0.3333)).correct).toBe(true);
  });
});

describe("kind mismatches", () => {
  it("treats a number as a constant expression where an expression is expected", () => {
    expect(check(int(4), expr("2*2", [])).correct).toBe(true);
    expect(check(int(1), expr("x^2")).feedback).toBe("Not equivalent to the answer: your expression gives different values.");
  });
  it.each([
    [mat([[1, 2], [3, 4]]), int(2), "Expected a number, got a 2×2 matrix."],
    [int(2), mat([[1, 2], [3, 4]]), "Expected a 2×2 matrix, got a number."],
    [int(2), vec([1, 2]), "Expected a vector with 2 entries, got 1."],
    [mat([[1, 2], [3, 4]]), vec([1, 2]), "Expected a vector, got a 2×2 matrix."],
    [bool(true), int(1), "Expected a number, got a yes/no answer."],
    [int(1), bool(true), "Expected a yes/no answer, got a number."],
    [mat([[1]]), expr("x^2"), "Expected an expression, got a matrix."],
    [mat([[1]]), word("saddle"), "Expected a word, got a matrix."],
    [expr("x"), cx(0, 1), "Expected a complex number such as 1 + 2i, got an expression."],
    [cx(0, 1), int(1), "Expected a real number; yours has an imaginary part."],
  ])("%# %s", (actual, expected, feedback) => {
    const v = check(actual, expected);
    expect(v.correct).toBe(false);
    expect(v.feedback).toBe(feedback);
  });
});

describe("complex, booleans and words", () => {
  it("compares complex numbers by real and imaginary parts", () => {
    expect(check(cx(1, 2), cx(1, 2)).correct).toBe(true);
    expect(check(cx(1.0001, 2, null), cx(1, 2)).feedback).toBe("Correct — exactly 1 + 2i.");
    expect(check(cx(1, -2), cx(1, 2)).feedback).toBe("Check the sign of the imaginary part (that is the conjugate).");
    expect(check(cx(2, 1), cx(1, 2)).feedback).toBe("Not right.");
    expect(check(int(3), cx(3, 0, "3")).correct).toBe(true);
  });
  it("compares booleans by value, whatever the word", () => {
    expect(check(bool(true, "independent"), bool(true, "yes")).correct).toBe(true);
    expect(check(bool(false, "dependent"), bool(true, "independent")).correct).toBe(false);
  });
  it("compares words case-insensitively", () => {
    expect(check(word("Saddle"), word("saddle")).correct).toBe(true);
    expect(check(word("minimum"), word("saddle")).correct).toBe(false);
  });
});
