import { describe, expect, it } from "vitest";
import { check } from "@/lib/answers/compare";
import { expr } from "./compare-values";

const xy = ["x", "y"];

describe("expression equivalence", () => {
  it.each([
    ["expanded vs factored", "x^2 + 2x + 1", "(x+1)^2", ["x"], true],
    ["product rule forms", "3x^2 cos(x) - x^3 sin(x)", "x^2*(3cos(x) - x sin(x))", ["x"], true],
    ["trig identity", "sin(x)^2", "1 - cos(x)^2", ["x"], true],
    ["two variables", "2*x*y + y^2", "y*(2x + y)", xy, true],
    ["exp rules", "exp(-x^2/2)", "1/exp(x^2/2)", ["x"], true],
    ["log where defined (policy domain)", "log(x^2)", "2log(x)", ["x"], true],
    ["sqrt domain", "sqrt(x)*sqrt(x)", "x", ["x"], true],
    ["off by a constant", "x^2 + 2x + 2", "(x+1)^2", ["x"], false],
    ["wrong sign", "-sin(x)", "sin(x)", ["x"], false],
    ["perturbed coefficient", "3x^3 - 2x + 1", "3x^3 - 2.001x + 1", ["x"], false],
  ])("%s", (_, a, e, vars, correct) => {
    expect(check(expr(a, vars), expr(e, vars), { domain: { x: [0.1, 3] } }).correct).toBe(correct);
  });

  it("names a variable the answer does not use", () => {
    expect(check(expr("2y", ["y"]), expr("2x")).feedback).toBe("Not equivalent. Your answer uses y, which the answer does not depend on.");
  });

  it("falls back to positive points when the default box leaves too few valid points", () => {
    expect(check(expr("log(x) + log(x)"), expr("log(x^2)")).correct).toBe(true);
  });

  it("cannot judge an expression undefined almost everywhere", () => {
    expect(check(expr("sqrt(-1 - x^2)"), expr("x")).feedback).toBe(
      "Your expression could not be compared: it is undefined at almost every point of the domain.",
    );
  });

  it("is deterministic", () => {
    const a = check(expr("x^3 + 1e-9*x"), expr("x^3"));
    const b = check(expr("x^3 + 1e-9*x"), expr("x^3"));
    expect(a).toEqual(b);
  });
});

describe("form requirements", () => {
  const taylor = expr("1 + x + x^2/2");
  it.each([
    ["correct polynomial", "1 + x + 0.5x^2", true, "Correct."],
    ["function itself", "exp(x)", false, "Expected a polynomial of degree at most 2; your answer is not a polynomial."],
    ["one term too many", "1 + x + x^2/2 + x^3/6", false, "Expected a polynomial of degree at most 2; yours has degree 3 (the x^3 term is extra)."],
    ["missing term", "1 + x", false, "Not equivalent: the x^2 term is missing."],
    ["wrong coefficient", "1 + x + x^2", false, "Not equivalent: the x^2 term is wrong."],
    ["wrong constant", "x + x^2/2", false, "Not equivalent: the constant term is missing."],
  ])("maxDegree: %s", (_, a, correct, feedback) => {
    const v = check(expr(a), taylor, { form: { maxDegree: 2 } });
    expect([v.correct, v.feedback]).toEqual([correct, feedback]);
  });

  it("flags an unevaluated derivative even when the value is right", () => {
    const v = check(expr("derivative(x^2, x)"), expr("2x"), { form: { noDerivative: true } });
    expect(v.correct).toBe(false);
    expect(v.feedback).toMatch(/unevaluated derivative/);
  });

  it.each([
    ["(x - 1)(x + 2)", true, "Correct."],
    ["-(x + 2)(1 - x)", true, "Correct."],
    ["(x+2)*(x-1)", true, "Correct."],
    ["x^2 + x - 2", false, "Equivalent, but not in the required form. Not factorised: write it as a product of factors, such as (x - 1)(x + 2)."],
    ["(x - 1)(x + 3)", false, "Not equivalent to the answer: your expression gives different values."],
  ])("factored: %s", (a, correct, feedback) => {
    const v = check(expr(a), expr("(x - 1)(x + 2)"), { form: { factored: true } });
    expect([v.correct, v.feedback]).toEqual([correct, feedback]);
  });
});
