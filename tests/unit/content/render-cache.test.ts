// The memoised renderMathText gives what KaTeX itself gives, on the first and on a repeated call,
// keeps the throwOnError modes apart, and never caches a thrown error.
import katex from "katex";
import { describe, expect, it } from "vitest";
import { renderMathText } from "@/lib/content";

const katexInline = (tex: string) =>
  katex.renderToString(tex, { displayMode: false, output: "htmlAndMathml", throwOnError: false, strict: "ignore" });

describe("renderMathText cache", () => {
  it("returns KaTeX's own output for a formula, first and repeated call alike", () => {
    const direct = katexInline("\\frac{a}{b} + x^2");
    expect(renderMathText("$\\frac{a}{b} + x^2$")).toBe(direct);
    expect(renderMathText("$\\frac{a}{b} + x^2$")).toBe(direct);
  });

  it("a cached non-throwing render of a bad formula does not stop the throwing mode from throwing", () => {
    const bad = "$\\frac{1}{$";
    expect(renderMathText(bad)).toContain("katex-error");
    expect(() => renderMathText(bad, { throwOnError: true })).toThrow();
    expect(() => renderMathText(bad, { throwOnError: true })).toThrow();
  });

  it("different texts never share an entry", () => {
    expect(renderMathText("$x$ and **y**")).not.toBe(renderMathText("$y$ and **x**"));
    expect(renderMathText("plain <b>")).toBe("plain &lt;b&gt;");
  });
});
