import { describe, expect, it } from "vitest";
import { parse } from "@/lib/answers";
import { numbers, ok } from "./parse-helpers";

describe("parse: sets and multisets", () => {
  it.each([
    ["{2, 5}", [2, 5]],
    ["2, 5", [2, 5]],
    ["5 and 2", [5, 2]],
    ["2 (twice), 5", [2, 2, 5]],
    ["2, 2, 5", [2, 2, 5]],
    ["2 (multiplicity 2), 5", [2, 2, 5]],
    ["2 (x2), 5", [2, 2, 5]],
    ["2 (\u00d72), 5", [2, 2, 5]],
    ["1 (thrice)", [1, 1, 1]],
    ["{2, 3 and 4}", [2, 3, 4]],
    ["{}", []],
    ["\u2205", []],
    ["none", []],
    ["No real eigenvalues", []],
    ["empty set", []],
    ["(-1 ± sqrt(5))/2", [(-1 + Math.sqrt(5)) / 2, (-1 - Math.sqrt(5)) / 2]],
    ["3 +- 1", [4, 2]],
    ["3 +/- 1", [4, 2]],
  ] as const)("%s → %j", (text, items) => {
    const v = ok(text, "set").value;
    expect(v.kind).toBe("set");
    expect(numbers(v)).toEqual(items);
  });

  it("reads a bare list as a set when no kind is expected", () => {
    expect(ok("2, 5").value.kind).toBe("set");
    expect(ok("5 and 2").value.kind).toBe("set");
  });

  it("reads 'none' as the empty set only where a set is expected", () => {
    expect(ok("no", "boolean").value).toMatchObject({ kind: "boolean", value: false });
    expect(parse("none", "number").ok).toBe(false);
  });

  it("reads one number as a set of one when a set is expected", () => {
    expect(numbers(ok("7", "set").value)).toEqual([7]);
  });

  it("holds points (critical points) as vectors", () => {
    const v = ok("(0, 0), (1, -1)", "set").value;
    expect(v.kind === "set" && v.items.map((x) => x.kind)).toEqual(["vector", "vector"]);
    expect(numbers(v)).toEqual([[0, 0], [1, -1]]);
    expect(numbers(ok("{(0, 0), [1, 2]}").value)).toEqual([[0, 0], [1, 2]]);
  });

  it("renders with braces", () => {
    expect(ok("{2, 5}").latex).toBe("\\left\\{ 2,\\ 5 \\right\\}");
    expect(ok("{}").latex).toBe("\\varnothing");
  });
});

describe("parse: booleans and words", () => {
  it.each([
    ["yes", true], ["no", false], ["Yes", true], ["true", true], ["false", false], ["TRUE.", true], ["not true", false],
  ] as const)("%s → %s", (text, value) => {
    const v = ok(text, "boolean").value;
    expect(v.kind === "boolean" && v.value).toBe(value);
  });

  it.each([
    ["independent", true], ["dependent", false], ["invertible", true], ["singular", false], ["not invertible", false],
  ] as const)("the question's words: %s → %s", (text, value) => {
    const opts = { booleanWords: [["independent", "dependent"], ["invertible", "singular"]] as [string, string][] };
    const v = ok(text, "boolean", opts).value;
    expect(v).toEqual({ kind: "boolean", value, word: text });
  });

  it("recognises yes/no without an expected kind", () => {
    expect(ok("no").value).toEqual({ kind: "boolean", value: false, word: "no" });
  });

  it("reads a word from the question's list, case-insensitively", () => {
    expect(ok("Saddle", "word", { words: ["saddle", "minimum", "maximum"] }).value).toEqual({ kind: "word", value: "saddle" });
    expect(ok("minimum", undefined, { words: ["saddle", "minimum"] }).value).toEqual({ kind: "word", value: "minimum" });
  });
});

describe("parse: complex numbers", () => {
  it.each([
    ["1 + 2i", 1, 2, "1 + 2i"],
    ["1 - 2i", 1, -2, "1 - 2i"],
    ["2i", 0, 2, "2i"],
    ["-i", 0, -1, "-i"],
    ["1/2 + 3/4i", 0.5, 0.75, "1/2 + (3/4)*i"],
    ["(1+2i)(3-i)", 5, 5, "5 + 5i"],
    ["sqrt(-4)", 0, 2, "2i"],
    ["cos(pi/3) + i*sin(pi/3)", 0.5, Math.sqrt(3) / 2, "cos(pi/3) + i*sin(pi/3)"],
    ["1.5 + 2i", 1.5, 2, null],
  ] as const)("%s → %d + %di", (text, re, im, exact) => {
    const v = ok(text, "complex").value;
    expect(v.kind).toBe("complex");
    if (v.kind !== "complex") return;
    expect(v.re).toBeCloseTo(re, 12);
    expect(v.im).toBeCloseTo(im, 12);
    expect(v.exact).toBe(exact);
  });

  it("reads a real number as a complex number when one is expected", () => {
    expect(ok("3", "complex").value).toEqual({ kind: "complex", re: 3, im: 0, exact: "3" });
  });

  it.each(["1 ± 2i", "1 +- 2i"])("%s is the conjugate pair", (text) => {
    const v = ok(text, "complex").value;
    expect(v.kind).toBe("set");
    expect(numbers(v)).toEqual([[1, 2], [1, -2]]);
  });
});

describe("parse: multi-part answers", () => {
  const LU = { parts: { L: "matrix", U: "matrix" } as const };
  it.each([
    "L = [[1,0],[2,1]], U = [[1,2],[0,3]]",
    "L = [1 0; 2 1]; U = [1 2; 0 3]",
    "L = [[1,0],[2,1]]\nU = [[1,2],[0,3]]",
    "U = [[1,2],[0,3]]\n  L = [1, 0; 2, 1]",
    "l = [[1,0],[2,1]], u = [[1,2],[0,3]]",
  ])("%s", (text) => {
    const v = ok(text, "parts", LU).value;
    expect(v.kind).toBe("parts");
    if (v.kind !== "parts") return;
    expect(numbers(v.parts.L)).toEqual([[1, 0], [2, 1]]);
    expect(numbers(v.parts.U)).toEqual([[1, 2], [0, 3]]);
  });

  it("reads each part with its own expected kind", () => {
    const v = ok("lambda = 2; v = 1, 1", "parts", { parts: { lambda: "number", v: "vector" } }).value;
    expect(v.kind === "parts" && numbers(v.parts.v)).toEqual([1, 1]);
    expect(v.kind === "parts" && numbers(v.parts.lambda)).toBe(2);
  });

  it("recognises parts without an expected kind", () => {
    expect(ok("a = 1, b = 2").value.kind).toBe("parts");
  });
});
