import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "@/lib/answers";

// Square roots in exact canonical text have square-free radicands, keep the value, and read
// back to the same text. Expected values come from plain JS floats, square-freeness from trial
// division here, not from lib/math's surd helpers the parser uses.

const squareFree = (n: number): boolean => {
  for (let p = 2; p * p <= n; p++) if (n % (p * p) === 0) return false;
  return true;
};

function exactOf(text: string): { value: number; exact: string } {
  const r = parse(text, "number");
  if (!r.ok || r.value.kind !== "number" || r.value.exact === null) throw new Error(`${text}: ${r.ok ? JSON.stringify(r.value) : r.error}`);
  return { value: r.value.value, exact: r.value.exact };
}

function checkCanonical(text: string, want: number): void {
  const { value, exact } = exactOf(text);
  expect(Math.abs(value - want) <= 1e-12 * Math.max(1, Math.abs(want)), `${text} → ${value}`).toBe(true);
  // A fraction under the root stays as typed when neither part has a square factor (sqrt(1/2)).
  const radicands = [...exact.matchAll(/sqrt\((\d+)(?:\/(\d+))?\)/g)].flatMap((m) => [Number(m[1]), Number(m[2] ?? 1)]);
  expect(exact, `${text} → ${exact}`).not.toMatch(/\^\(1\/2\)/);
  radicands.forEach((n) => expect(squareFree(n), `${text} → ${exact}`).toBe(true));
  const again = exactOf(exact);
  expect(again.exact, `${text} → ${exact}`).toBe(exact);
  expect(Math.abs(again.value - want) <= 1e-12 * Math.max(1, Math.abs(want))).toBe(true);
}

const sign = fc.constantFrom(1, -1);
const radicand = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 2, max: 12 })); // m·s², s ≥ 2

describe("square roots with square factors", () => {
  it("k*sqrt(m·s²)/d becomes a surd with a square-free radicand, equal in value, a fixed point", () => {
    fc.assert(
      fc.property(sign, fc.integer({ min: 1, max: 20 }), radicand, fc.integer({ min: 1, max: 30 }), (sg, k, [m, s], d) => {
        const n = m * s * s;
        checkCanonical(`${sg * k}*sqrt(${n})/${d}`, (sg * k * Math.sqrt(n)) / d);
        checkCanonical(`${sg < 0 ? "-" : ""}${k}/sqrt(${n})`, (sg * k) / Math.sqrt(n));
        checkCanonical(`${n}^(1/2)/${d}`, Math.sqrt(n) / d);
      }),
      { numRuns: 1000 },
    );
  });

  it("products and quotients of square roots with square factors fold to one surd or a rational", () => {
    fc.assert(
      fc.property(radicand, radicand, ([m1, s1], [m2, s2]) => {
        const a = m1 * s1 * s1;
        const b = m2 * s2 * s2;
        checkCanonical(`sqrt(${a})*sqrt(${b})`, Math.sqrt(a) * Math.sqrt(b));
        checkCanonical(`sqrt(${a})/sqrt(${b})`, Math.sqrt(a) / Math.sqrt(b));
      }),
      { numRuns: 1000 },
    );
  });

  it("a fraction under the root with square factors becomes a surd (radicands up to a million)", () => {
    const smallRadicand = fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 9 })).map(([m, s]) => m * s * s);
    fc.assert(
      fc.property(smallRadicand, smallRadicand, (a, b) => checkCanonical(`sqrt(${a}/${b})`, Math.sqrt(a / b))),
      { numRuns: 1000 },
    );
  });
});
