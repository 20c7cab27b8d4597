import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, toLatex } from "@/lib/answers";
import { math } from "@/lib/answers/parse/mathjs";
import { texNode } from "@/lib/answers/parse/print";

// toLatex prints small integers and fractions by hand; mathjs parse + toTex is the reference.
const viaMathjs = (text: string) => texNode(math.parse(text));
const number = (exact: string) => ({ kind: "number" as const, value: Number(math.evaluate(exact)), exact });

// Around the 10^5 edge where mathjs switches to 1\cdot10^{+5}, and ordinary sizes.
const part = fc.oneof(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 99_990, max: 100_010 }), fc.integer({ min: 0, max: 2_000_000 }));

describe("toLatex of exact rationals matches mathjs toTex", () => {
  it("integers, including the 10^5 boundary and zero (2,000 runs)", () => {
    fc.assert(
      fc.property(part, fc.boolean(), (n, negative) => {
        const text = `${negative ? "-" : ""}${n}`;
        expect(toLatex(number(text))).toBe(viaMathjs(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("fractions a/b, signed, on both sides of the boundary (2,000 runs)", () => {
    fc.assert(
      fc.property(part, part.filter((d) => d > 0), fc.boolean(), (n, d, negative) => {
        const text = `${negative ? "-" : ""}${n}/${d}`;
        expect(toLatex(number(text))).toBe(viaMathjs(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("inside vectors and matrices, entry by entry", () => {
    const entries = ["3", "-7/2", "100000", "1/99999", "sqrt(2)"];
    const v = { kind: "vector" as const, entries: entries.map(number), column: false };
    expect(toLatex(v)).toBe(`\\left( ${entries.map(viaMathjs).join(",\\ ")} \\right)`);
  });
});

describe("parse builds its LaTeX preview only when it is read", () => {
  it("latex is an ordinary enumerable property: read twice, spread and serialised alike", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 2, maxLength: 4 }), (xs) => {
        const r = parse(`(${xs.join(", ")})`, "vector");
        if (!r.ok) throw new Error(r.error);
        const expected = `\\left( ${xs.join(",\\ ")} \\right)`;
        expect(Object.keys(r)).toEqual(["ok", "value", "latex"]);
        expect(r.latex).toBe(expected);
        expect(r.latex).toBe(expected);
        expect({ ...r }.latex).toBe(expected);
        expect(JSON.parse(JSON.stringify(r)).latex).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});
