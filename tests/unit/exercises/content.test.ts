import { describe, expect, it } from "vitest";
import { mathError, renderContent, renderMathText, splitMath } from "@/lib/content";

describe("KaTeX content rendering", () => {
  it("renders inline and display math with MathML alongside HTML", () => {
    const html = renderMathText("Let $x^2$ and $$\\frac{1}{2}$$ be.");
    expect(html).toContain("<math");
    expect(html).toContain('class="katex"');
    expect(html).toContain("katex-display");
    expect(html.startsWith("Let ")).toBe(true);
  });

  it("escapes HTML in text and keeps a literal \\$", () => {
    const html = renderMathText("a <b> costs \\$5");
    expect(html).toBe("a &lt;b&gt; costs $5");
  });

  it("reports a bad formula and an unclosed dollar", () => {
    expect(mathError("fine $x$")).toBeNull();
    expect(mathError("bad $\\frac{1}$")).toMatch(/KaTeX|frac/);
    expect(mathError("open $x")).toMatch(/unclosed \$/);
  });

  it("splits paragraphs and marks bold and code", () => {
    const html = renderContent("The **modulus** is `sqrt(29)`.\n\nSecond $y$.");
    expect(html.match(/<p>/g)).toHaveLength(2);
    expect(html).toContain("<strong>modulus</strong>");
    expect(html).toContain("<code>sqrt(29)</code>");
  });

  it("does not treat a dollar inside math as a closer when escaped", () => {
    expect(splitMath("$a\\$b$")).toEqual([{ kind: "inline", body: "a\\$b" }]);
  });
});
