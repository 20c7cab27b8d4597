import { describe, expect, it } from "vitest";
import { ok } from "./parse-helpers";

describe("parse: expressions", () => {
  it.each([
    ["3x^2cos(x)", ["x"], "3*x^2*cos(x)"],
    ["exp(-x^2/2)", ["x"], "exp(-x^2/2)"],
    ["e^(-x^2/2)", ["x"], "e^(-x^2/2)"],
    ["2*x*y + y^2", ["x", "y"], "2*x*y + y^2"],
    ["2xy + y^2", ["x", "y"], "2*x*y + y^2"],
    ["ln(x)", ["x"], "log(x)"],
    ["log(x)", ["x"], "log(x)"],
    ["sin^2(x)", ["x"], "sin(x)^2"],
    ["sin^2(x) + cos^2(x)", ["x"], "sin(x)^2 + cos(x)^2"],
    ["x(x + 1)", ["x"], "x*(x + 1)"],
    ["√x", ["x"], "sqrt(x)"],
    ["arctan(x)", ["x"], "atan(x)"],
    ["-x^2", ["x"], "-x^2"],
    ["(x - 1)/(x + 1)", ["x"], "(x - 1)/(x + 1)"],
    ["x - (-2)", ["x"], "x + 2"],
    ["2*3*x", ["x"], "6*x"],
    ["x^(1/2)", ["x"], "x^(1/2)"],
    ["theta^2", ["theta"], "theta^2"],
    ["2.5x", ["x"], "2.5*x"],
    ["1e-3x", ["x"], "1/1000*x"],
    ["sqrt(12)x", ["x"], "2*sqrt(3)*x"],
    ["x/sqrt(8)", ["x"], "x/(2*sqrt(2))"],
    // A lone exponent ends before a bracket, as in textbooks: e^x (3 + x) is e^x·(3 + x).
    ["3x^2 e^x (3 + x)", ["x"], "3*x^2*e^x*(3 + x)"],
    ["e^x(3 + x)", ["x"], "e^x*(3 + x)"],
    ["e^-x (1 + x)", ["x"], "e^(-x)*(1 + x)"],
    ["2^x (3)", ["x"], "2^x*3"],
    ["e^sin(x)", ["x"], "e^sin(x)"],
    ["λ^2 - 3λ + 2", ["lambda"], "lambda^2 - 3*lambda + 2"],
  ] as const)("%s (vars %j) → %s", (text, vars, canonical) => {
    const v = ok(text, "expression", { vars: [...vars] }).value;
    expect(v).toEqual({ kind: "expression", text: canonical, vars: [...new Set(vars.filter((x) => canonical.includes(x)))].sort() });
  });

  it("defaults to the variable x", () => {
    expect(ok("x^2", "expression").value).toEqual({ kind: "expression", text: "x^2", vars: ["x"] });
  });

  it("takes any single letter as a variable when no kind is expected", () => {
    expect(ok("a*t^2/2").value).toEqual({ kind: "expression", text: "a*t^2/2", vars: ["a", "t"] });
  });

  it("previews with \\ln and \\sin in LaTeX", () => {
    expect(ok("ln(x)", "expression").latex).toBe("\\ln\\left(x\\right)");
    expect(ok("sin^2(x)", "expression").latex).toContain("\\sin");
  });
});
