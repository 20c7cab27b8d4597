import { describe, expect, it } from "vitest";
import { check, checkWithMistakes, equivalent, type MistakeDetector } from "@/lib/answers/compare";
import type { Value } from "@/lib/answers/types";
import { dec, ex, int, mat, parts, set, vec } from "./compare-values";

describe("parts", () => {
  const L = mat([[1, 0], [2, 1]]);
  const U = mat([[2, 1], [0, 3]]);
  const expected = parts({ L, U });
  it("gives full credit when every part is right", () => {
    expect(check(parts({ U, L }), expected)).toEqual({ correct: true, score: 1, feedback: "Correct.", mistakes: [] });
  });
  it("gives partial credit and names the wrong part", () => {
    const v = check(parts({ L, U: mat([[2, 1], [0, 4]]) }), expected);
    expect(v).toEqual({ correct: false, score: 0.5, feedback: "1 of 2 parts right. U: Check entry (2,2) (row, column).", mistakes: [] });
  });
  it("names a missing part", () => {
    expect(check(parts({ L }), expected).feedback).toBe("1 of 2 parts right. U: missing.");
  });
  it("uses a policy per part", () => {
    const e = parts({ lambda: int(3), v: vec([1, 2]) });
    const a = parts({ lambda: int(3), v: vec([2, 4]) });
    expect(check(a, e).score).toBe(0.5);
    expect(check(a, e, { parts: { v: { upToScalar: true } } }).correct).toBe(true);
    // the shared tolerance still applies inside a part with its own policy
    const loose = parts({ lambda: dec(3.02), v: vec([2, 4]) });
    expect(check(loose, e, { relTol: 0.01, parts: { v: { upToScalar: true } } }).correct).toBe(true);
    expect(check(loose, e, { parts: { v: { upToScalar: true } } }).score).toBe(0.5);
  });
  it("explains a kind mismatch", () => {
    expect(check(int(3), expected).feedback).toBe("Expected an answer in parts (L, U), got a number.");
  });
});

describe("equivalent", () => {
  it("is check(...).correct", () => {
    expect(equivalent(dec(0.5), ex("1/2", 0.5))).toBe(true);
    expect(equivalent(set([1, 2]), set([2, 1]))).toBe(true);
    expect(equivalent(vec([1, 2]), vec([2, 1]))).toBe(false);
  });
  it("is reflexive under a form requirement (a too-high-degree polynomial equals itself)", () => {
    const cubic: Value = { kind: "expression", text: "x + x^3", vars: ["x"] };
    expect(check(cubic, cubic, { form: { maxDegree: 2 } }).correct).toBe(false);
    expect(equivalent(cubic, cubic, { form: { maxDegree: 2 } })).toBe(true);
    expect(equivalent(cubic, { kind: "expression", text: "x", vars: ["x"] }, { form: { maxDegree: 2 } })).toBe(false);
  });
});

describe("mistake detectors", () => {
  interface Modulus { v: number[] }
  const problem: Modulus = { v: [2, 3, 4] };
  const answer = ex("sqrt(29)", Math.sqrt(29));
  const detectors: MistakeDetector<Modulus>[] = [
    { tag: "forgot-sqrt", feedback: "You found |v|²; take the square root.", wrong: (p) => int(p.v.reduce((s, x) => s + x * x, 0)) },
    { tag: "summed-entries", feedback: (p) => `You added the entries of (${p.v.join(", ")}).`, wrong: (p) => int(p.v.reduce((s, x) => s + x, 0)) },
    { tag: "never-applies", feedback: "x", wrong: () => null },
    { tag: "gives-right-answer", feedback: "should never fire", wrong: () => answer },
  ];
  it("tags the mistake whose wrong answer the learner gave, with its feedback", () => {
    expect(checkWithMistakes(int(29), answer, {}, detectors, problem)).toEqual({
      correct: false, score: 0, feedback: "You found |v|²; take the square root.", mistakes: ["forgot-sqrt"],
    });
    expect(checkWithMistakes(dec(9.0), answer, {}, detectors, problem).feedback).toBe("You added the entries of (2, 3, 4).");
  });
  it("keeps the plain verdict when no detector matches, and never tags a right answer", () => {
    expect(checkWithMistakes(int(7), answer, {}, detectors, problem)).toEqual(check(int(7), answer));
    expect(checkWithMistakes(answer, answer, {}, detectors, problem).mistakes).toEqual([]);
  });
  it("accepts detectors already resolved to values (several wrong values each)", () => {
    const resolved = [{ tag: "sign-slip", value: [int(-29), ex("-sqrt(29)", -Math.sqrt(29))] as Value[], feedback: "A modulus is never negative." }];
    expect(checkWithMistakes(ex("-sqrt(29)", -Math.sqrt(29)), answer, undefined, resolved).mistakes).toEqual(["sign-slip"]);
  });
  it("reads a detector's answer-language text through the parser it is given", () => {
    const textDetector: MistakeDetector<Modulus> = { tag: "forgot-sqrt", feedback: "take the root", wrong: () => "29" };
    const parseText = (t: string): Value => int(Number(t));
    expect(checkWithMistakes(int(29), answer, {}, [textDetector], problem, { parseText }).mistakes).toEqual(["forgot-sqrt"]);
  });
});

describe("mistake detectors written as answer-language text", () => {
  const answer = ex("sqrt(29)", Math.sqrt(29));
  const detectors: MistakeDetector<{ v: number[] }>[] = [
    { tag: "forgot-sqrt", feedback: "take the square root", wrong: () => "29" },
    { tag: "transposed", feedback: "rows and columns swapped", wrong: () => "[[1, 3], [2, 4]]" },
  ];
  it("parses the text with the library parser as the expected kind", () => {
    expect(checkWithMistakes(int(29), answer, {}, detectors.slice(0, 1), { v: [2, 3, 4] }).mistakes).toEqual(["forgot-sqrt"]);
    const m = checkWithMistakes(mat([[1, 3], [2, 4]]), mat([[1, 2], [3, 4]]), {}, detectors.slice(1), { v: [] });
    expect([m.mistakes, m.feedback]).toEqual([["transposed"], "rows and columns swapped"]);
  });
  it("reads expression texts with the expected answer's variables", () => {
    const d: MistakeDetector<null> = { tag: "forgot-chain-rule", feedback: "multiply by the inner derivative", wrong: () => "cos(x^2)" };
    const v = checkWithMistakes({ kind: "expression", text: "cos(x^2)", vars: ["x"] }, { kind: "expression", text: "2*x*cos(x^2)", vars: ["x"] }, {}, [d], null);
    expect(v.mistakes).toEqual(["forgot-chain-rule"]);
  });
});
