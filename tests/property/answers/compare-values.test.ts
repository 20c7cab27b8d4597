import { describe, it } from "vitest";
import fc from "fast-check";
import { check, equivalent } from "@/lib/answers/compare";
import { Q, surd, symmetricEigen } from "@/lib/math";
import type { NumberValue, VectorValue } from "@/lib/answers/types";

const exactQ = (n: number, d: number): NumberValue => {
  const f = Q.of(n, d);
  return { kind: "number", value: Q.toNumber(f), exact: Q.toString(f) };
};
const decimal = (x: number, sig: number): NumberValue => ({ kind: "number", value: Number(x.toPrecision(sig)), exact: null });
const vec = (entries: NumberValue[]): VectorValue => ({ kind: "vector", entries, column: false });
const intN = (k: number): NumberValue => ({ kind: "number", value: k, exact: String(k) });

const fraction = fc.tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: 1, max: 60 }));
const surdArb = fc.tuple(fc.integer({ min: -9, max: 9 }).filter((k) => k !== 0), fc.integer({ min: 2, max: 400 }));

describe("equal values written differently are equivalent", () => {
  it("a fraction and its decimal to 3–8 significant figures", () => {
    fc.assert(fc.property(fraction, fc.integer({ min: 3, max: 8 }), ([n, d], sig) => equivalent(decimal(n / d, sig), exactQ(n, d))));
  });

  it("a surd k·√n, its simplified form and its decimal", () => {
    fc.assert(
      fc.property(surdArb, fc.integer({ min: 3, max: 8 }), ([k, n], sig) => {
        const s = surd(k, n);
        const raw: NumberValue = { kind: "number", value: k * Math.sqrt(n), exact: `${k}*sqrt(${n})` };
        const simplified: NumberValue = { kind: "number", value: s.value(), exact: s.toString() };
        return equivalent(raw, simplified) && equivalent(decimal(s.value(), sig), simplified);
      }),
    );
  });

  it("a permuted multiset with repeats", () => {
    fc.assert(
      fc.property(fc.array(fraction, { minLength: 1, maxLength: 6 }), fc.func(fc.integer()), (items, f) => {
        const values = items.flatMap(([n, d], i) => (i % 3 === 0 ? [exactQ(n, d), exactQ(n, d)] : [exactQ(n, d)]));
        const shuffled = values.map((v, i) => ({ v, key: f(i) })).sort((a, b) => a.key - b.key).map((x) => x.v);
        return equivalent({ kind: "set", items: shuffled }, { kind: "set", items: values });
      }),
    );
  });

  it("a scaled eigenvector of a random symmetric matrix under upToScalar (and its negation under upToSign)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 3, maxLength: 3 }),
        fc.double({ min: -50, max: 50, noNaN: true }).filter((c) => Math.abs(c) > 1e-3),
        ([a, b, c], k) => {
          const pairs = symmetricEigen([[a, b], [b, c]]);
          if (Math.abs(pairs[0].value - pairs[1].value) < 1e-6) return true;
          const v = pairs[0].vector;
          // The exact eigenvector by hand: (b, λ − a), or (λ − c, b) when that is zero.
          const lam = pairs[0].value;
          const byHand = Math.hypot(b, lam - a) > 1e-9 ? [b, lam - a] : [lam - c, b];
          const expected = vec(byHand.map((x) => ({ kind: "number", value: x, exact: String(x) })));
          const scaled = vec(v.map((x) => decimal(k * x, 8)));
          const negated = vec(v.map((x) => ({ kind: "number", value: -x, exact: String(-x) })));
          const expectedUnit = vec(v.map((x) => ({ kind: "number", value: x, exact: String(x) })));
          return equivalent(scaled, expected, { upToScalar: true }) && equivalent(negated, expectedUnit, { upToSign: true });
        },
      ),
    );
  });

  it("a matrix written as fractions vs decimals entrywise", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fraction, { minLength: 3, maxLength: 3 }), { minLength: 3, maxLength: 3 }), (rows) =>
        equivalent(
          { kind: "matrix", rows: rows.map((r) => r.map(([n, d]) => decimal(n / d, 6))) },
          { kind: "matrix", rows: rows.map((r) => r.map(([n, d]) => exactQ(n, d))) },
        ),
      ),
    );
  });
});

describe("perturbed values are judged different", () => {
  it("an exact fraction changed by 1/1000 of its size (or by 1/1000 at zero)", () => {
    fc.assert(
      fc.property(fraction, fc.constantFrom(-1, 1), ([n, d], s) => {
        const bump = n === 0 ? 1 : n;
        return !equivalent(exactQ(n * 1000 + s * bump, d * 1000), exactQ(n, d));
      }),
    );
  });

  it("a decimal off by 1% is rejected", () => {
    fc.assert(fc.property(fraction.filter(([n]) => n !== 0), ([n, d]) => !equivalent(decimal((n / d) * 1.01, 8), exactQ(n, d))));
  });

  it("one entry of a vector changed", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 2, maxLength: 5 }), fc.nat(), fc.integer({ min: 1, max: 5 }), (xs, i, delta) => {
        const j = i % xs.length;
        const moved = xs.map((x, k) => (k === j ? x + delta : x));
        return !equivalent(vec(moved.map(intN)), vec(xs.map(intN))) && check(vec(moved.map(intN)), vec(xs.map(intN))).feedback.includes(`${j + 1}`);
      }),
    );
  });

  it("a multiset with one repeat removed or one item changed", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 2, maxLength: 6 }), (xs) => {
        const items = xs.map(intN);
        const dropped = { kind: "set" as const, items: items.slice(1) };
        const changed = { kind: "set" as const, items: [intN(xs[0] + 100), ...items.slice(1)] };
        const e = { kind: "set" as const, items };
        return !equivalent(dropped, e) && !equivalent(changed, e);
      }),
    );
  });

  it("a non-parallel vector is not accepted under upToScalar", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 2, maxLength: 4 }), fc.integer({ min: 1, max: 9 }), (xs, d) => {
        if (xs.every((x) => x === 0)) return true;
        const other = xs.map((x, i) => (i === 0 ? x + d : x));
        // other is parallel to xs only if xs has a single non-zero entry at 0 (then both are multiples of e1)
        const parallel = xs.slice(1).every((x) => x === 0) && xs[0] + d !== 0 && xs[0] !== 0;
        return equivalent(vec(other.map(intN)), vec(xs.map(intN)), { upToScalar: true }) === parallel;
      }),
    );
  });
});
