import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, toText } from "@/lib/answers";
import type { Entry, Expect, Value } from "@/lib/answers/types";

// A number times a vector or matrix parses to the structure with each entry multiplied. The
// expected entries are computed here: reduced fractions with a local gcd, floats in plain JS.

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
const fraction = (p: number, q: number): string => {
  const g = gcd(p, q);
  const [n, d] = q / g < 0 ? [-p / g, -q / g] : [p / g, q / g];
  return d === 1 ? String(n) : `${n}/${d}`;
};

const entries = (v: Value): Entry[] => (v.kind === "vector" ? v.entries : v.kind === "matrix" ? v.rows.flat() : []);

function read(text: string, kind: Expect): Value {
  const r = parse(text, kind);
  if (!r.ok) throw new Error(`${text}: ${r.error}`);
  return r.value;
}

const int = fc.integer({ min: -9, max: 9 });
const matrix = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
  .chain(([r, c]) => fc.array(fc.array(int, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
const factor = fc.tuple(fc.integer({ min: -12, max: 12 }).filter((p) => p !== 0), fc.integer({ min: 1, max: 12 }));

describe("a rational times a matrix", () => {
  it("every written form gives the entries p·a/q, exactly, and toText reads back to the same matrix", () => {
    fc.assert(
      fc.property(matrix, factor, (m, [p, q]) => {
        const mt = `[${m.map((r) => `[${r.join(", ")}]`).join(", ")}]`;
        const want = m.flat().map((a) => fraction(p * a, q));
        const forms = [`${p}/${q}*${mt}`, `${p}/${q} ${mt}`, `(${p}/${q})${mt}`, `${mt}*${p}/${q}`, `${p}*${mt}/${q}`];
        if (p === -1 && q === 1) forms.push(`-${mt}`);
        for (const form of forms) {
          const v = read(form, "matrix");
          expect(v.kind, form).toBe("matrix");
          const got = entries(v);
          expect(got.map((e) => (e.kind === "number" ? e.exact : e.text)), form).toEqual(want);
          got.forEach((e, k) => expect(e.kind === "number" && Math.abs(e.value - (p * m.flat()[k]) / q) < 1e-12, form).toBe(true));
          expect(read(toText(v), "matrix"), form).toEqual(v);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("a vector divided by a square root (a normalised vector)", () => {
  it("entries equal a/√n in value, are exact with square-free radicands, and read back to themselves", () => {
    fc.assert(
      fc.property(fc.array(int, { minLength: 2, maxLength: 4 }), fc.integer({ min: 2, max: 60 }), (vec, n) => {
        for (const form of [`1/sqrt(${n})*(${vec.join(", ")})`, `(${vec.join(", ")})/sqrt(${n})`, `1/sqrt(${n}) [${vec.join("; ")}]`]) {
          const v = read(form, "vector");
          entries(v).forEach((e, k) => {
            if (e.kind !== "number" || e.exact === null) throw new Error(`${form}: entry ${k} is not exact`);
            expect(Math.abs(e.value - vec[k] / Math.sqrt(n)) < 1e-12, `${form} → ${e.exact}`).toBe(true);
            for (const [, r] of e.exact.matchAll(/sqrt\((\d+)\)/g)) {
              for (let f = 2; f * f <= Number(r); f++) expect(Number(r) % (f * f), `${form} → ${e.exact}`).not.toBe(0);
            }
            const again = read(e.exact, "number");
            expect(again.kind === "number" && again.exact, `${form} → ${e.exact}`).toBe(e.exact);
          });
        }
      }),
      { numRuns: 500 },
    );
  });
});
