// The checker on the parser's output: forms people type, judged against the stored answer text.
import { describe, expect, it } from "vitest";
import { check, parse } from "@/lib/answers";
import type { CheckPolicy, Expect, Value } from "@/lib/answers/types";

function read(text: string, expect: Expect): Value {
  const r = parse(text, expect);
  if (!r.ok) throw new Error(`test input "${text}" does not parse: ${r.error}`);
  return r.value;
}

describe("typed answers against the stored answer", () => {
  it.each<[string, string, Expect, boolean, CheckPolicy?]>([
    ["5.39", "sqrt(29)", "number", true],
    ["√29", "sqrt(29)", "number", true],
    ["29^(1/2)", "sqrt(29)", "number", true],
    ["2sqrt(3)", "sqrt(12)", "number", true],
    ["-1/sqrt(2)", "-sqrt(2)/2", "number", true],
    ["0.7", "-sqrt(2)/2", "number", false],
    ["sqrt(28)", "sqrt(29)", "number", false],
    ["[1 2; 3 4]", "[[1, 2], [3, 4]]", "matrix", true],
    ["[1, 2; 3, 4]", "[[1, 2], [3, 4]]", "matrix", true],
    ["[[1, 3], [2, 4]]", "[[1, 2], [3, 4]]", "matrix", false],
    ["<1,2,3>", "(1, 2, 3)", "vector", true],
    ["[1; 2; 3]", "(1, 2, 3)", "vector", true],
    ["(2, 4, 6)", "(1, 2, 3)", "vector", true, { upToScalar: true }],
    ["5 and 2", "{2, 5}", "set", true],
    ["2 (twice), 5", "2, 2, 5", "set", true],
    ["2, 5", "2, 2, 5", "set", false],
    ["1 ± 2i", "{1 + 2i, 1 - 2i}", "set", true],
    ["3x^2cos(x)", "3*x^2*cos(x)", "expression", true],
    ["sin^2(x)", "1 - cos(x)^2", "expression", true],
    ["e^x", "exp(x)", "expression", true],
    ["x^2/2 + x + 1", "1 + x + x^2/2", "expression", true, { form: { maxDegree: 2 } }],
    ["yes", "true", "boolean", true],
  ])("%s vs %s (%s)", (typed, stored, kind, correct, policy) => {
    expect(check(read(typed, kind), read(stored, kind), policy).correct).toBe(correct);
  });

  it("gives the exact form when a decimal is accepted", () => {
    expect(check(read("5.385", "number"), read("sqrt(29)", "number")).feedback).toBe("Correct — exactly sqrt(29).");
  });
});
