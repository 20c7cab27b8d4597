// Equal values typed in different syntaxes, read by the parser, are judged equivalent; perturbed ones are not.
import { describe, it } from "vitest";
import fc from "fast-check";
import { equivalent, parse } from "@/lib/answers";
import type { Expect, Value } from "@/lib/answers/types";

const read = (text: string, expect: Expect): Value | null => {
  const r = parse(text, expect);
  return r.ok ? r.value : null;
};
const same = (a: string, b: string, k: Expect): boolean => {
  const x = read(a, k);
  const y = read(b, k);
  return x !== null && y !== null && equivalent(x, y);
};
const frac = fc.tuple(fc.integer({ min: -99, max: 99 }), fc.integer({ min: 1, max: 12 }));
const fracText = ([n, d]: [number, number]) => `${n}/${d}`;

describe("parsed forms", () => {
  it("n/d vs its decimal to 6 significant figures", () => {
    fc.assert(fc.property(frac, ([n, d]) => same((n / d).toPrecision(6), fracText([n, d]), "number")));
  });

  it("[[a, b], [c, d]] vs [a b; c d] vs [a, b; c, d] with fraction entries", () => {
    fc.assert(
      fc.property(fc.array(frac, { minLength: 4, maxLength: 4 }), (es) => {
        const [a, b, c, d] = es.map(fracText);
        const canonical = `[[${a}, ${b}], [${c}, ${d}]]`;
        return same(`[${a} ${b}; ${c} ${d}]`, canonical, "matrix") && same(`[${a}, ${b}; ${c}, ${d}]`, canonical, "matrix");
      }),
    );
  });

  it("a reversed list of roots with repeats", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 1, maxLength: 6 }), (xs) =>
        same(`{${[...xs].reverse().join(", ")}}`, xs.join(", "), "set"),
      ),
    );
  });

  it("a fraction entry of a vector nudged by 1/1000 is different", () => {
    fc.assert(
      fc.property(fc.array(frac, { minLength: 2, maxLength: 4 }), fc.nat(), (es, i) => {
        const k = i % es.length;
        const nudged = es.map(([n, d], j) => (j === k ? `(${n}/${d} + 1/1000)` : `${n}/${d}`));
        return !same(`(${nudged.join(", ")})`, `(${es.map(fracText).join(", ")})`, "vector");
      }),
    );
  });
});
