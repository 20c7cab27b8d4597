import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, toText } from "@/lib/answers";
import type { Expect, NumberValue, Value } from "@/lib/answers/types";
import { anyValue, close, exactNumber, matrixValue, plain, vectorValue } from "./parse-arbitraries";

function exactness(v: Value): unknown {
  if (v.kind === "number" || v.kind === "complex") return v.exact === null;
  if (v.kind === "vector") return v.entries.map(exactness);
  if (v.kind === "matrix") return v.rows.map((r) => r.map(exactness));
  if (v.kind === "set") return v.items.map(exactness).map(String).sort();
  return null;
}

describe("toText → parse gives back an equal value", () => {
  it("for numbers, complex numbers, vectors, matrices, sets and booleans", () => {
    fc.assert(
      fc.property(anyValue, (v) => {
        const text = toText(v);
        const r = parse(text, v.kind as Expect);
        if (!r.ok) throw new Error(`${text}: ${r.error}`);
        expect(close(plain(r.value), plain(v)), text).toBe(true);
        expect(exactness(r.value), text).toEqual(exactness(v));
      }),
      { numRuns: 3000 },
    );
  });
});

const entryText = (e: NumberValue): string => e.exact ?? String(e.value);

describe("the same value written in different syntaxes parses to equal values", () => {
  it("matrices: [[a, b], [c, d]], [a b; c d], [a, b; c, d]", () => {
    fc.assert(
      fc.property(matrixValue, (m) => {
        const rows = m.rows.map((r) => (r as NumberValue[]).map(entryText));
        const forms = [
          `[${rows.map((r) => `[${r.join(", ")}]`).join(", ")}]`,
          `[${rows.map((r) => r.map((t) => (t.includes(" ") ? `(${t})` : t)).join(" ")).join("; ")}]`,
          `[${rows.map((r) => r.join(", ")).join("; ")}]`,
        ];
        const views = forms.map((f) => {
          const r = parse(f, "matrix");
          if (!r.ok) throw new Error(`${f}: ${r.error}`);
          return plain(r.value);
        });
        views.forEach((view) => expect(close(view, plain(m))).toBe(true));
      }),
      { numRuns: 1000 },
    );
  });

  it("vectors: (…), […], <…>, […; …], bare list", () => {
    fc.assert(
      fc.property(vectorValue, (v) => {
        const e = (v.entries as NumberValue[]).map(entryText);
        const forms = [`[${e.join(", ")}]`, `<${e.join(", ")}>`, `[${e.join("; ")}]`];
        // One bare number or one number in ( ) is a number, not a vector.
        if (e.length > 1) forms.push(`(${e.join(", ")})`, e.join(", "));
        for (const f of forms) {
          const r = parse(f, "vector");
          if (!r.ok) throw new Error(`${f}: ${r.error}`);
          expect(close(plain(r.value), plain(v)), f).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("sets: braces, bare, 'and', permuted, '(twice)' for a repeated item", () => {
    fc.assert(
      fc.property(fc.array(exactNumber, { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 1000 }), (items, seed) => {
        const t = items.map(entryText);
        const permuted = [...t].sort((a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7));
        const twice = [...t.slice(1), `${t[0]} (twice)`];
        const expected = plain({ kind: "set", items });
        const forms = [`{${t.join(", ")}}`, t.join(", "), t.join(" and "), `{${permuted.join(", ")}}`];
        for (const f of forms) {
          const r = parse(f, "set");
          if (!r.ok) throw new Error(`${f}: ${r.error}`);
          expect(close(plain(r.value), expected), f).toBe(true);
        }
        const r = parse(twice.join(", "), "set");
        expect(r.ok && close(plain(r.value), plain({ kind: "set", items: [...items, items[0]] }))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("numbers: fraction, scaled fraction, decimal and surd forms of one value", () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 2, max: 9 }), (p, q, k) => {
        const value = (x: string) => {
          const r = parse(x, "number");
          if (!r.ok || r.value.kind !== "number") throw new Error(`${x}: ${r.ok ? r.value.kind : r.error}`);
          return r.value.value;
        };
        expect(value(`${p}/${q}`)).toBeCloseTo(value(`${p * k}/${q * k}`), 12);
        expect(value(`${p}/${q}`)).toBeCloseTo(value(String(p / q)), 12);
        expect(value(`sqrt(${k * k * q})`)).toBeCloseTo(value(`${k}sqrt(${q})`), 12);
        expect(value(`${k}*√${q}`)).toBeCloseTo(value(`${q}^(1/2)*${k}`), 12);
      }),
      { numRuns: 1000 },
    );
  });
});
