import katex from "katex";
import { describe, expect, it } from "vitest";
import { parse, toExact, toLatex, toNumeric, toText } from "@/lib/answers";
import type { Value } from "@/lib/answers/types";
import { ok } from "./parse-helpers";

const n = (value: number, exact: string | null = null): Value => ({ kind: "number", value, exact });

describe("toText", () => {
  it.each([
    [n(0.75, "3/4"), "3/4"],
    [n(5.385), "5.385"],
    [n(5), "5.0"],
    [n(1e-7), "1.0e-7"],
    [{ kind: "complex", re: 1, im: -2, exact: null }, "1.0 - 2.0i"],
    [{ kind: "vector", entries: [n(1, "1"), n(2, "2")], column: true }, "[1; 2]"],
    [{ kind: "vector", entries: [n(1, "1"), n(0.5)], column: false }, "(1, 0.5)"],
    [{ kind: "matrix", rows: [[n(1, "1"), n(2, "2")], [n(3, "3"), n(4, "4")]] }, "[[1, 2], [3, 4]]"],
    [{ kind: "set", items: [] }, "{}"],
    [{ kind: "boolean", value: true, word: "independent" }, "true"],
    [{ kind: "boolean", value: false, word: "no" }, "no"],
    [{ kind: "parts", parts: { a: n(1, "1"), b: n(2, "2") } }, "a = 1\nb = 2"],
  ] as [Value, string][])("%j → %s", (value, text) => {
    expect(toText(value)).toBe(text);
  });

  it("keeps a decimal a decimal when read back (exact stays null)", () => {
    const back = ok(toText(n(5))).value;
    expect(back).toEqual({ kind: "number", value: 5, exact: null });
  });
});

describe("toLatex", () => {
  const samples = ["3/4", "-1/sqrt(2)", "[1 2; 3 4]", "[1; 2; 3]", "{2, 5}", "1 ± 2i", "exp(-x^2/2)", "yes", "a = 1, b = (1, 2)", "sin^2(x)", "2.5e-7"];
  it.each(samples)("renders %s with KaTeX (from the parser and from format)", (text) => {
    const r = ok(text, undefined, { vars: ["x"] });
    expect(() => katex.renderToString(r.latex, { throwOnError: true })).not.toThrow();
    expect(() => katex.renderToString(toLatex(r.value), { throwOnError: true })).not.toThrow();
  });

  it("writes fractions, roots and matrices the usual way", () => {
    expect(toLatex(n(0.75, "3/4"))).toBe("\\frac{3}{4}");
    expect(toLatex(n(Math.sqrt(29), "sqrt(29)"))).toBe("\\sqrt{29}");
    expect(toLatex(n(2.5e-7))).toBe("2.5\\times 10^{-7}");
    expect(toLatex(ok("[1 2; 3 4]").value)).toBe("\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}");
  });
});

describe("toNumeric and toExact", () => {
  it("gives plain JSON numbers", () => {
    expect(toNumeric(ok("3/4").value)).toBe(0.75);
    expect(toNumeric(ok("[1 2; 3 4]").value)).toEqual([[1, 2], [3, 4]]);
    expect(toNumeric(ok("{5, 2, 2}").value)).toEqual([2, 2, 5]);
    expect(toNumeric(ok("1 + 2i").value)).toEqual({ re: 1, im: 2 });
    expect(toNumeric(ok("no").value)).toBe(false);
    expect(toNumeric(ok("x^2", "expression").value)).toBe("x^2");
    expect(toNumeric(ok("a = 1, b = (1, 2)").value)).toEqual({ a: 1, b: [1, 2] });
  });

  it("keeps exact forms as strings and decimals as numbers", () => {
    expect(toExact(ok("(3/4, sqrt(29), 0.5)").value)).toEqual(["3/4", "sqrt(29)", 0.5]);
  });

  it("round-trips each sample through toText", () => {
    for (const text of ["3/4", "[1 2; 3 4]", "{2, 5}", "1 ± 2i", "a = 1, b = (1, 2)", "[1; 2]"]) {
      const first = ok(text).value;
      const again = parse(toText(first));
      expect(again.ok && toNumeric(again.value), text).toEqual(toNumeric(first));
    }
  });
});
