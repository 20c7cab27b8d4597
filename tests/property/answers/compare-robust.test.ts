// check() on arbitrary pairs of values: always a well-formed Verdict, never an exception,
// and every value is equivalent to itself.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { check } from "@/lib/answers/compare";
import type { CheckPolicy, Entry, NumberValue, Value } from "@/lib/answers/types";

const numberArb: fc.Arbitrary<NumberValue> = fc.oneof(
  fc.integer({ min: -50, max: 50 }).map((k) => ({ kind: "number" as const, value: k, exact: String(k) })),
  fc.double({ min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true }).map((x) => ({ kind: "number" as const, value: x, exact: null })),
);
const exprArb = fc.constantFrom("x^2", "sin(x)", "log(x)", "sqrt(x - 1)", "1/x", "exp(-x^2/2)", "2*x*y").map((text) => ({
  kind: "expression" as const,
  text,
  vars: text.includes("y") ? ["x", "y"] : ["x"],
}));
const entryArb: fc.Arbitrary<Entry> = fc.oneof({ weight: 5, arbitrary: numberArb }, { weight: 1, arbitrary: exprArb });
const vectorArb = fc.array(numberArb, { minLength: 1, maxLength: 4 }).map((entries) => ({ kind: "vector" as const, entries, column: false }));

const valueArb: fc.Arbitrary<Value> = fc.letrec<{ value: Value }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    numberArb,
    exprArb,
    fc.record({ kind: fc.constant("complex" as const), re: fc.integer({ min: -5, max: 5 }), im: fc.integer({ min: -5, max: 5 }), exact: fc.constant("c") }),
    fc.array(entryArb, { minLength: 1, maxLength: 4 }).map((entries) => ({ kind: "vector" as const, entries, column: false })),
    fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })).chain(([m, n]) =>
      fc.array(fc.array(entryArb, { minLength: n, maxLength: n }), { minLength: m, maxLength: m }).map((rows) => ({ kind: "matrix" as const, rows })),
    ),
    fc.array(fc.oneof(numberArb, vectorArb), { maxLength: 4 }).map((items) => ({ kind: "set" as const, items })),
    fc.boolean().map((value) => ({ kind: "boolean" as const, value, word: value ? "yes" : "no" })),
    fc.constantFrom("saddle", "minimum").map((value) => ({ kind: "word" as const, value })),
    fc.dictionary(fc.constantFrom("a", "b", "L"), tie("value"), { maxKeys: 2 }).map((parts) => ({ kind: "parts" as const, parts })),
  ),
})).value;

const policyArb: fc.Arbitrary<CheckPolicy> = fc.record(
  { upToScalar: fc.boolean(), upToSign: fc.boolean(), relTol: fc.constantFrom(1e-3, 1e-2), form: fc.constant({ maxDegree: 2 }) },
  { requiredKeys: [] },
);

describe("check is total", () => {
  it("returns a well-formed verdict for any pair of values and policy", () => {
    fc.assert(
      fc.property(valueArb, valueArb, policyArb, (a, e, p) => {
        const v = check(a, e, p);
        expect(typeof v.correct).toBe("boolean");
        expect(v.score).toBeGreaterThanOrEqual(0);
        expect(v.score).toBeLessThanOrEqual(1);
        expect(v.correct ? v.score : 0).toBe(v.correct ? 1 : 0);
        expect(v.feedback.length).toBeGreaterThan(0);
        expect(Array.isArray(v.mistakes)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("every value is equivalent to itself", () => {
    fc.assert(
      fc.property(valueArb, (v) => check(v, v).correct),
      { numRuns: 1000 },
    );
  });
});
