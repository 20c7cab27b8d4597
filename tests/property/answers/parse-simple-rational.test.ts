import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "@/lib/answers";

// Plain integers and fractions skip mathjs in the reader; a bracketed copy of the same text goes
// the full way (parse a tree, walk it), and gcd arithmetic gives the expected exact form.
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
function reduced(n: bigint, d: bigint): string {
  const g = gcd(n, d) || 1n;
  const [p, q] = [n / g, d / g];
  return q === 1n ? String(p) : `${p}/${q}`;
}

const digits = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }).map((x) => x % 1e15));

describe("plain integers and fractions read like their bracketed forms", () => {
  it("value, exact form and kind (3,000 runs)", () => {
    fc.assert(
      fc.property(digits, fc.option(digits.filter((d) => d > 0), { nil: undefined }), fc.boolean(), (n, d, negative) => {
        const text = `${negative ? "-" : ""}${n}${d === undefined ? "" : `/${d}`}`;
        const fast = parse(text, "number");
        const full = parse(`(${text})`, "number");
        if (!fast.ok || !full.ok) throw new Error(`${text} not read`);
        expect(fast.value).toEqual(full.value);
        const exact = reduced(BigInt(negative ? -n : n), BigInt(d ?? 1));
        expect(fast.value).toMatchObject({ kind: "number", exact, value: (negative ? -n : n) / (d ?? 1) });
      }),
      { numRuns: 3000 },
    );
  });

  it("as matrix entries, with the preview LaTeX the full reader gives", () => {
    const r = parse("[[1, -3/4], [0, 6/4]]", "matrix");
    if (!r.ok) throw new Error(r.error);
    expect(r.value).toEqual({ kind: "matrix", rows: [[1, -0.75], [0, 1.5]].map((row, i) => row.map((value, j) => ({ kind: "number", value, exact: [["1", "-3/4"], ["0", "3/2"]][i][j] }))) });
    expect(r.latex).toBe("\\begin{bmatrix} 1 & \\frac{-3}{4} \\\\ 0 & \\frac{6}{4} \\end{bmatrix}");
  });

  it("a zero denominator is still refused with its column", () => {
    const r = parse("[1, 2/0]", "vector");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/division by zero at column 6/);
  });
});
