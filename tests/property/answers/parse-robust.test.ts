import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "@/lib/answers";
import type { Expect } from "@/lib/answers/types";

const KINDS: (Expect | undefined)[] = [undefined, "number", "vector", "matrix", "set", "boolean", "expression", "complex", "word", "parts"];

// Pieces of the answer language, so random strings reach deep into the reader, not just its first check.
const TOKEN = fc.constantFrom(
  "1", "2.5", "-", "+", "*", "/", "^", "(", ")", "[", "]", "{", "}", "<", ">", ",", ";", " ", "\n", "x", "y", "i",
  "sqrt", "√", "π", "pi", "e", "±", "+-", "sin", "ln", "and", "(twice)", "=", "L", "1e-3", "yes", ".", "²", "!", "'", "sin^2",
);
const answerish = fc.array(TOKEN, { maxLength: 60 }).map((t) => t.join(""));

function wellFormed(text: string, kind: Expect | undefined): void {
  const r = parse(text, kind, { vars: ["x", "y"], parts: { L: "matrix" } });
  if (r.ok) {
    expect(typeof r.latex).toBe("string");
    return;
  }
  expect(r.error.length).toBeGreaterThan(0);
  expect(Number.isInteger(r.column) && r.column >= 1 && r.column <= text.length + 1).toBe(true);
}

describe("parse never throws and always answers", () => {
  it("on arbitrary unicode strings (10,000 runs)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), fc.constantFrom(...KINDS), (text, kind) => {
        wellFormed(text, kind);
      }),
      { numRuns: 10_000 },
    );
  });

  it("on arbitrary strings made of answer-language pieces (10,000 runs)", () => {
    fc.assert(
      fc.property(answerish, fc.constantFrom(...KINDS), (text, kind) => {
        wellFormed(text, kind);
      }),
      { numRuns: 10_000 },
    );
  });

  it("on long inputs near and over the 2,000-character limit", () => {
    fc.assert(
      fc.property(fc.array(TOKEN, { minLength: 300, maxLength: 700 }).map((t) => t.join("")), (text) => {
        wellFormed(text, undefined);
        if (text.length > 2000) expect(parse(text).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
