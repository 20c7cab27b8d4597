import { describe, expect, it } from "vitest";
import { Q, Surd, surd, sqrtQ } from "@/lib/math";

describe("Q", () => {
  it.each([
    [1, "1/2", "3/2"],
    ["3/4", "-1/4", "1/2"],
    ["0.25", 2, "9/4"],
  ])("%s + %s = %s", (a, b, sum) => expect(Q.toString(Q.add(a, b))).toBe(sum));

  it("subtracts, multiplies and divides exactly", () => {
    expect(Q.toString(Q.sub("1/3", "1/2"))).toBe("-1/6");
    expect(Q.toString(Q.mul("2/3", "9/4"))).toBe("3/2");
    expect(Q.toString(Q.div("2/3", "-4/9"))).toBe("-3/2");
  });

  it("writes LaTeX with the sign outside the fraction", () => {
    expect(Q.toLatex(Q.of("3/4"))).toBe("\\frac{3}{4}");
    expect(Q.toLatex(Q.of("-3/4"))).toBe("-\\frac{3}{4}");
    expect(Q.toLatex(Q.of(-2))).toBe("-2");
  });

  it("knows integers and compares", () => {
    expect(Q.isInteger("6/3")).toBe(true);
    expect(Q.isInteger("7/3")).toBe(false);
    expect(Q.cmp("1/3", "1/2")).toBe(-1);
    expect(Q.eq("2/4", "1/2")).toBe(true);
    expect(Q.toNumber(Q.of("1/8"))).toBe(0.125);
  });

  it("refuses non-finite numbers", () => {
    expect(() => Q.of(Number.NaN)).toThrow(/finite/);
  });
});

describe("Surd", () => {
  it.each([
    [1, 12, "2*sqrt(3)", "2\\sqrt{3}", 2 * Math.sqrt(3)],
    [1, 29, "sqrt(29)", "\\sqrt{29}", Math.sqrt(29)],
    [3, 50, "15*sqrt(2)", "15\\sqrt{2}", 15 * Math.sqrt(2)],
    ["1/2", 8, "sqrt(2)", "\\sqrt{2}", Math.sqrt(2)],
    [-1, 18, "-3*sqrt(2)", "-3\\sqrt{2}", -3 * Math.sqrt(2)],
    [2, 49, "14", "14", 14],
    [5, 0, "0", "0", 0],
    ["3/4", 5, "3*sqrt(5)/4", "\\frac{3\\sqrt{5}}{4}", (3 * Math.sqrt(5)) / 4],
  ])("%s·√%s simplifies to %s", (k, n, text, latex, value) => {
    const s = surd(k, n);
    expect(s.toString()).toBe(text);
    expect(s.toLatex()).toBe(latex);
    expect(s.value()).toBeCloseTo(value, 12);
  });

  it("takes square roots of rationals", () => {
    expect(sqrtQ("1/2").toString()).toBe("sqrt(2)/2");
    expect(sqrtQ("9/4").toString()).toBe("3/2");
    expect(sqrtQ(72).toString()).toBe("6*sqrt(2)");
  });

  it("adds like surds only and multiplies", () => {
    expect(surd(1, 8).add(surd(1, 2))?.toString()).toBe("3*sqrt(2)");
    expect(surd(1, 2).add(surd(1, 3))).toBeNull();
    expect(surd(1, 6).mul(surd(1, 3)).toString()).toBe("3*sqrt(2)");
    expect(Q.toString(surd(2, 3).square())).toBe("12");
  });

  it("refuses negative radicands", () => {
    expect(() => Surd.of(1, -4)).toThrow(/negative/);
  });
});
