import { describe, expect, it } from "vitest";
import { numbers, ok } from "./parse-helpers";

describe("parse: vectors", () => {
  it.each([
    ["(1, 2, 3)", undefined, false],
    ["[1, 2, 3]", undefined, false],
    ["<1,2,3>", undefined, false],
    ["[1 2 3]", undefined, false],
    ["1, 2, 3", "vector", false],
    ["[1; 2; 3]", undefined, true],
    ["[[1], [2], [3]]", "vector", true],
    ["[[1, 2, 3]]", "vector", false],
  ] as const)("%s (expect %s) is the vector (1, 2, 3), column=%s", (text, kind, column) => {
    const v = ok(text, kind).value;
    expect(v.kind).toBe("vector");
    expect(numbers(v)).toEqual([1, 2, 3]);
    expect(v.kind === "vector" && v.column).toBe(column);
  });

  it("takes entries in any number form and keeps their exact forms", () => {
    const v = ok("(1/sqrt(2), -1/sqrt(2), 0.5)").value;
    expect(v.kind === "vector" && v.entries.map((e) => e.kind === "number" && e.exact)).toEqual(["1/sqrt(2)", "-1/sqrt(2)", null]);
    const got = numbers(v) as number[];
    [1 / Math.sqrt(2), -1 / Math.sqrt(2), 0.5].forEach((x, k) => expect(got[k]).toBeCloseTo(x, 14));
  });

  it("takes expression entries when the question has variables (a gradient)", () => {
    const v = ok("(2x, 3y^2)", "vector", { vars: ["x", "y"] }).value;
    expect(numbers(v)).toEqual(["2*x", "3*y^2"]);
  });

  it("renders rows inline and columns as pmatrix", () => {
    expect(ok("(1, 2)").latex).toBe("\\left( 1,\\ 2 \\right)");
    expect(ok("[1; 2]").latex).toBe("\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}");
  });
});

describe("parse: matrices", () => {
  it.each(["[[1,2],[3,4]]", "[1 2; 3 4]", "[1, 2; 3, 4]", "[ [1, 2] , [3, 4] ]", "[1,2;3,4]"])("%s is [[1, 2], [3, 4]]", (text) => {
    const v = ok(text).value;
    expect(v.kind).toBe("matrix");
    expect(numbers(v)).toEqual([[1, 2], [3, 4]]);
  });

  it("takes entries in any number form", () => {
    const v = ok("[sqrt(2) 3/4; -1/2 2π]").value;
    expect(numbers(v)).toEqual([[Math.SQRT2, 0.75], [-0.5, 2 * Math.PI]]);
  });

  it("reads spaces MATLAB-style: `1 -2` is two entries, `3 - 1` is one", () => {
    expect(numbers(ok("[1 -2; 3 - 1 4]").value)).toEqual([[1, -2], [2, 4]]);
    expect(numbers(ok("[x + 1  2x; 0 x^2]", "matrix", { vars: ["x"] }).value)).toEqual([["x + 1", "2*x"], [0, "x^2"]]);
  });

  it("reads a single row or column as a matrix when a matrix is expected", () => {
    expect(numbers(ok("[1 2 3]", "matrix").value)).toEqual([[1, 2, 3]]);
    expect(numbers(ok("[1; 2]", "matrix").value)).toEqual([[1], [2]]);
    expect(numbers(ok("[[1, 2, 3]]").value)).toEqual([[1, 2, 3]]);
  });

  it("accepts rows without the outer brackets when a matrix is expected", () => {
    expect(numbers(ok("[1, 2], [3, 4]", "matrix").value)).toEqual([[1, 2], [3, 4]]);
  });

  it("renders as bmatrix", () => {
    expect(ok("[1 2; 3 4]").latex).toBe("\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}");
  });
});
