// Arbitrary answer values for property tests, each built with its float value computed here
// (independently of the parser), plus a plain-number view for comparing values.
import fc from "fast-check";
import type { ComplexValue, MatrixValue, NumberValue, SetValue, Value, VectorValue } from "@/lib/answers/types";

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

export const exactNumber: fc.Arbitrary<NumberValue> = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }).map((k) => ({ kind: "number" as const, value: k, exact: String(k) })),
  fc.tuple(fc.integer({ min: -99, max: 99 }), fc.integer({ min: 2, max: 99 }))
    .filter(([p, q]) => gcd(p, q) === 1)
    .map(([p, q]) => ({ kind: "number" as const, value: p / q, exact: `${p}/${q}` })),
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.constantFrom(2, 3, 5, 6, 7, 29))
    .map(([k, m]) => ({ kind: "number" as const, value: k * Math.sqrt(m), exact: `${k}*sqrt(${m})` })),
  fc.constantFrom<NumberValue>(
    { kind: "number", value: Math.PI, exact: "pi" },
    { kind: "number", value: -1 / Math.sqrt(2), exact: "-1/sqrt(2)" },
    { kind: "number", value: 1 + Math.sqrt(2), exact: "1 + sqrt(2)" },
  ),
);

export const decimalNumber: fc.Arbitrary<NumberValue> = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })
  .map((value) => ({ kind: "number" as const, value: Object.is(value, -0) ? 0 : value, exact: null }));

export const anyNumber = fc.oneof(exactNumber, decimalNumber);

export const complexValue: fc.Arbitrary<ComplexValue> = fc.oneof(
  fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 }).filter((b) => b !== 0))
    .map(([a, b]) => ({ kind: "complex" as const, re: a, im: b, exact: `${a} ${b < 0 ? "-" : "+"} ${Math.abs(b)}i` })),
  // An imaginary part below 1e-12 of the real part is float noise to the parser, so keep clear of it.
  fc.tuple(decimalNumber, decimalNumber.filter((b) => Math.abs(b.value) > 1e-6))
    .filter(([a, b]) => Math.abs(b.value) > 1e-9 * Math.abs(a.value))
    .map(([a, b]) => ({ kind: "complex" as const, re: a.value, im: b.value, exact: null })),
);

export const vectorValue: fc.Arbitrary<VectorValue> = fc
  .tuple(fc.array(anyNumber, { minLength: 1, maxLength: 5 }), fc.boolean())
  .map(([entries, column]) => ({ kind: "vector" as const, entries, column }));

export const matrixValue: fc.Arbitrary<MatrixValue> = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
  .chain(([r, c]) => fc.array(fc.array(anyNumber, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }))
  .map((rows) => ({ kind: "matrix" as const, rows }));

export const setValue: fc.Arbitrary<SetValue> = fc.oneof(
  fc.array(anyNumber, { maxLength: 6 }).map((items) => ({ kind: "set" as const, items })),
  fc.array(complexValue, { minLength: 1, maxLength: 3 }).map((items) => ({ kind: "set" as const, items })),
  fc.array(vectorValue, { minLength: 1, maxLength: 3 }).map((items) => ({ kind: "set" as const, items })),
);

export const anyValue: fc.Arbitrary<Value> = fc.oneof(
  anyNumber, complexValue, vectorValue, matrixValue, setValue,
  fc.constantFrom<Value>({ kind: "boolean", value: true, word: "yes" }, { kind: "boolean", value: false, word: "false" }),
);

/** Plain numbers of a value, sets sorted: an equality view that does not use lib/answers/format. */
export function plain(v: Value): unknown {
  switch (v.kind) {
    case "number": return v.value;
    case "complex": return [v.re, v.im];
    case "vector": return v.entries.map(plain);
    case "matrix": return v.rows.map((r) => r.map(plain));
    case "set": return v.items.map(plain).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    case "boolean": return v.value;
    case "expression": return v.text;
    default: return v;
  }
}

/** Deep equality with a relative tolerance on numbers (float round-off in exact forms). */
export function close(a: unknown, b: unknown, tol = 1e-12): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, k) => close(x, b[k], tol));
  return a === b;
}

/** Sets compared as multisets with tolerance: sort both by value, then compare pairwise. */
export function closeMultiset(a: number[], b: number[]): boolean {
  const sa = [...a].sort((x, y) => x - y);
  const sb = [...b].sort((x, y) => x - y);
  return close(sa, sb);
}
