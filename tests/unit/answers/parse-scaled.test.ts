import { describe, expect, it } from "vitest";
import type { Entry, Value } from "@/lib/answers/types";
import { bad, numbers, ok } from "./parse-helpers";

const exacts = (v: Value): unknown => {
  const e = (x: Entry) => (x.kind === "number" ? x.exact : x.text);
  if (v.kind === "vector") return v.entries.map(e);
  if (v.kind === "matrix") return v.rows.map((r) => r.map(e));
  return v;
};

const R = Math.SQRT1_2;

describe("parse: a number times a vector or matrix", () => {
  // [text, expect, kind, float entries, exact entries]
  it.each([
    ["1/2*[[1,2],[3,4]]", undefined, "matrix", [[0.5, 1], [1.5, 2]], [["1/2", "1"], ["3/2", "2"]]],
    ["1/2 [[1, 2], [3, 4]]", "matrix", "matrix", [[0.5, 1], [1.5, 2]], [["1/2", "1"], ["3/2", "2"]]],
    ["(1/5)[[2,-1],[1,3]]", "matrix", "matrix", [[0.4, -0.2], [0.2, 0.6]], [["2/5", "-1/5"], ["1/5", "3/5"]]],
    ["-[[1,2],[3,4]]", "matrix", "matrix", [[-1, -2], [-3, -4]], [["-1", "-2"], ["-3", "-4"]]],
    ["[[1,2],[3,4]]/2", "matrix", "matrix", [[0.5, 1], [1.5, 2]], [["1/2", "1"], ["3/2", "2"]]],
    ["1/3 [1 2; 3 4]", "matrix", "matrix", [[1 / 3, 2 / 3], [1, 4 / 3]], [["1/3", "2/3"], ["1", "4/3"]]],
    ["-1/2[[1,0],[0,1]]", "matrix", "matrix", [[-0.5, 0], [0, -0.5]], [["-1/2", "0"], ["0", "-1/2"]]],
    ["2*[1 2 3]", "matrix", "matrix", [[2, 4, 6]], [["2", "4", "6"]]],
    ["1/sqrt(2)*(1, 1)", "vector", "vector", [R, R], ["sqrt(2)/2", "sqrt(2)/2"]],
    ["1/sqrt(2) (1, -1)", "vector", "vector", [R, -R], ["sqrt(2)/2", "-sqrt(2)/2"]],
    ["(1, 2, 2)/3", "vector", "vector", [1 / 3, 2 / 3, 2 / 3], ["1/3", "2/3", "2/3"]],
    ["1/sqrt(5) <2, -1>", "vector", "vector", [2 / Math.sqrt(5), -1 / Math.sqrt(5)], ["2*sqrt(5)/5", "-sqrt(5)/5"]],
    ["2*[1; 2]", "vector", "vector", [2, 4], ["2", "4"]],
    ["1/sqrt(2)*[sqrt(2), 1]", undefined, "vector", [1, R], ["1", "sqrt(2)/2"]],
    ["sqrt(8)/2 (1, 0)", "vector", "vector", [Math.SQRT2, 0], ["sqrt(2)", "0"]],
    ["[1,2]*2/3", "vector", "vector", [2 / 3, 4 / 3], ["2/3", "4/3"]],
    ["2*-[1,2]", "vector", "vector", [-2, -4], ["-2", "-4"]],
    ["(1+2)[1,2]", "vector", "vector", [3, 6], ["3", "6"]],
    ["0.5*[1, 2]", "vector", "vector", [0.5, 1], [null, null]],
    ["2*[0.5, 1/3]", "vector", "vector", [1, 2 / 3], [null, "2/3"]],
  ] as const)("%s (expect %s)", (text, kind, want, floats, exact) => {
    const v = ok(text, kind).value;
    expect(v.kind).toBe(want);
    const got = numbers(v) as number[] | number[][];
    expect(got.flat().length).toBe(floats.flat().length);
    floats.flat().forEach((x, k) => expect(got.flat()[k]).toBeCloseTo(x, 14));
    expect(exacts(v)).toEqual(exact);
  });

  it("keeps the orientation of a scaled column vector", () => {
    const v = ok("2*[1; 2]").value;
    expect(v.kind === "vector" && v.column).toBe(true);
    const w = ok("1/sqrt(2)*(1, 1)").value;
    expect(w.kind === "vector" && w.column).toBe(false);
  });

  it("shows the factor and the structure as typed", () => {
    expect(ok("1/2*[[1,2],[3,4]]").latex).toBe("\\frac{1}{2}\\,\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}");
    expect(ok("(1/5)[[2,-1],[1,3]]").latex).toBe("\\left(\\frac{1}{5}\\right)\\,\\begin{bmatrix} 2 & -1 \\\\ 1 & 3 \\end{bmatrix}");
    expect(ok("-[[1,2],[3,4]]").latex).toBe("-\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}");
    expect(ok("1/sqrt(2) (1, -1)").latex).toBe("\\frac{1}{\\sqrt{2}}\\,\\left( 1,\\ -1 \\right)");
    // A divisor after the structure is shown as the factor in front: how it was read.
    expect(ok("[[1,2],[3,4]]/2").latex).toBe("\\frac{1}{2}\\,\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}");
  });

  it("scales expression entries when the question has variables", () => {
    expect(numbers(ok("1/2*[x^2, 2x + 1]", "vector", { vars: ["x"] }).value)).toEqual(["1/2*x^2", "1/2*(2*x + 1)"]);
    expect(numbers(ok("-[x, 1]", "vector", { vars: ["x"] }).value)).toEqual(["-x", -1]);
    expect(numbers(ok("2x*[1, 3]", "vector", { vars: ["x"] }).value)).toEqual(["2*x", "3*(2*x)"]);
  });

  it("reads scaled vectors as items of a list (normalised eigenvectors)", () => {
    const v = ok("1/sqrt(2)(1, 1), 1/sqrt(2)(1, -1)", "set").value;
    expect(v.kind).toBe("set");
    expect(numbers(v)).toEqual([[R, R], [R, -R]]);
    expect(numbers(ok("{2*(1, 0), (0, 1)}").value)).toEqual([[2, 0], [0, 1]]);
  });

  it("reads a scaled vector as a one-item set when a set is expected", () => {
    expect(numbers(ok("2*(1, 2)", "set").value)).toEqual([[2, 4]]);
  });
});

describe("parse: errors around a number times a vector or matrix", () => {
  it.each([
    ["1 + [1,2]", undefined, "a number cannot be added to a vector: only a number times a vector is read (column 1)", 1],
    ["[[1,2],[3,4]] - 1", undefined, "a number cannot be added to a matrix: only a number times a matrix is read (column 15)", 15],
    ["[1,2]/2 + 1", undefined, "a number cannot be added to a vector: only a number times a vector is read (column 6)", 6],
    ["2/[1,2]", undefined, "cannot divide by a vector (column 3)", 3],
    ["2^[1,2]", undefined, "a vector cannot be an exponent (column 3)", 3],
    ["[[1,2],[3,4]]^2", undefined, "powers of a matrix are not supported; write the result (column 14)", 14],
    ["[1,2]*[3,4]", undefined, "only one vector or matrix can be multiplied by a number; multiply them out and write the result (column 7)", 7],
    ["[1,2] 3", undefined, "write the number before a vector, e.g. 2*[1, 2] (column 7)", 7],
    ["*[1,2]", undefined, "a number is missing before '*' (column 1)", 1],
    ["[1,2]/0", undefined, "division by zero at column 6", 6],
    ["i*[1,2]", undefined, "complex entries are not supported in vectors and matrices (column 3)", 3],
    ["1/2*[[1,2],[3,4]]", "vector", "expected a vector, but this reads as a matrix (column 1)", 1],
    ["2*[1, 2]", "number", "expected a number, but this reads as a vector (column 1)", 1],
    ["atan(1, 2)", undefined, "atan takes exactly one argument (column 1)", 1],
    ["x[1, 2]", "vector", "'[' cannot follow a value here (column 2)", 2],
    ["max(1, 2)", "vector", "unknown name 'max' — this answer takes numbers only, no variables", 1],
    ["2*[[1,2],[3]]", undefined, "row 2 has 1 entry, row 1 has 2 (column 11)", 11],
  ] as const)("%s (expect %s)", (text, kind, error, column) => {
    expect(bad(text, kind)).toEqual({ ok: false, error, column });
  });
});
