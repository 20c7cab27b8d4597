import { describe, expect, it } from "vitest";
import { ok } from "./parse-helpers";

// [text, float value, exact form (null = a decimal approximation)]
const NUMBERS: [string, number, string | null][] = [
  ["3", 3, "3"],
  ["-2.5", -2.5, null],
  ["3/4", 0.75, "3/4"],
  ["6/8", 0.75, "3/4"],
  ["1e-3", 0.001, "1/1000"],
  ["1e3", 1000, "1000"],
  ["1.5e3", 1500, null],
  ["5.385", 5.385, null],
  ["sqrt(29)", Math.sqrt(29), "sqrt(29)"],
  ["√29", Math.sqrt(29), "sqrt(29)"],
  ["√(29)", Math.sqrt(29), "sqrt(29)"],
  ["29^(1/2)", Math.sqrt(29), "29^(1/2)"],
  ["2*sqrt(3)", 2 * Math.sqrt(3), "2*sqrt(3)"],
  ["2sqrt(3)", 2 * Math.sqrt(3), "2*sqrt(3)"],
  ["2√3", 2 * Math.sqrt(3), "2*sqrt(3)"],
  ["pi", Math.PI, "pi"],
  ["π", Math.PI, "pi"],
  ["2π", 2 * Math.PI, "2*pi"],
  ["pi/3", Math.PI / 3, "pi/3"],
  ["e", Math.E, "e"],
  ["-1/sqrt(2)", -1 / Math.SQRT2, "-1/sqrt(2)"],
  ["1 + sqrt(2)", 1 + Math.SQRT2, "1 + sqrt(2)"],
  ["sqrt(4)", 2, "2"],
  ["sqrt(9/4)", 1.5, "3/2"],
  ["8^(1/3)", 2, "2"],
  ["2^-2", 0.25, "1/4"],
  ["(1/2 + 1/3)*sqrt(2)", (5 / 6) * Math.SQRT2, "5/6*sqrt(2)"],
  ["\u22123", -3, "-3"],
  ["2\u00d73", 6, "6"],
  ["6\u00f74", 1.5, "3/2"],
  ["3\u00b2", 9, "9"],
  ["0.5 + 1/2", 1, null],
  ["ln(e)", 1, "log(e)"],
  ["exp(0)", 1, "exp(0)"],
  ["abs(-3/4)", 0.75, "3/4"],
  ["i^2", -1, "-1"],
  ["\u221a\u221a16", 2, "2"],
  // Square factors come out of square roots in the exact form (the LaTeX keeps what was typed).
  ["sqrt(12)", 2 * Math.sqrt(3), "2*sqrt(3)"],
  ["√18", 3 * Math.SQRT2, "3*sqrt(2)"],
  ["sqrt(8)/2", Math.SQRT2, "sqrt(2)"],
  ["12^(1/2)", 2 * Math.sqrt(3), "2*sqrt(3)"],
  ["sqrt(9/2)", 3 / Math.SQRT2, "3*sqrt(2)/2"],
  ["sqrt(3/4)", Math.sqrt(3) / 2, "sqrt(3)/2"],
  ["-sqrt(8)/4", -Math.SQRT2 / 2, "-sqrt(2)/2"],
  ["1/sqrt(8)", 1 / Math.sqrt(8), "sqrt(2)/4"],
  ["sqrt(12)*sqrt(3)", 6, "6"],
  ["(sqrt(12))^2", 12, "12"],
  ["1 + sqrt(12)", 1 + Math.sqrt(12), "1 + 2*sqrt(3)"],
  ["2*sqrt(48) - 33", 2 * Math.sqrt(48) - 33, "8*sqrt(3) - 33"],
  // Without a square factor the form is kept as typed.
  ["sqrt(1/2)", Math.SQRT1_2, "sqrt(1/2)"],
  ["sqrt(6)/2", Math.sqrt(6) / 2, "sqrt(6)/2"],
];

describe("parse: numbers", () => {
  it.each(NUMBERS)("%s → %d (exact %s)", (text, value, exact) => {
    const v = ok(text).value;
    expect(v.kind).toBe("number");
    if (v.kind !== "number") return;
    expect(v.value).toBeCloseTo(value, 12);
    expect(v.exact).toBe(exact);
  });

  it.each(NUMBERS.filter(([t]) => !t.includes("i^")))("%s also reads with expect number", (text, value) => {
    const v = ok(text, "number").value;
    expect(v.kind === "number" && v.value).toBeCloseTo(value, 12);
  });

  it("shows how it was read in LaTeX", () => {
    expect(ok("3/4").latex).toBe("\\frac{3}{4}");
    expect(ok("√29").latex).toBe("\\sqrt{29}");
    expect(ok("pi").latex).toBe("\\pi");
  });

  it("shows a simplified square root as typed", () => {
    expect(ok("sqrt(12)").latex).toBe("\\sqrt{12}");
    expect(ok("sqrt(8)/2").latex).toBe("\\frac{\\sqrt{8}}{2}");
  });

  it("leaves radicands above a million as typed (taking out square factors is trial division)", () => {
    const v = ok("sqrt(8000000)").value;
    expect(v.kind === "number" && v.exact).toBe("sqrt(8000000)");
    expect(v.kind === "number" && v.value).toBeCloseTo(2000 * Math.SQRT2, 9);
  });

  it("reads a constant expression as an expression when one is expected", () => {
    expect(ok("sqrt(2)/2", "expression").value).toEqual({ kind: "expression", text: "sqrt(2)/2", vars: [] });
    expect(ok("0.5", "expression").value).toEqual({ kind: "expression", text: "0.5", vars: [] });
  });
});
