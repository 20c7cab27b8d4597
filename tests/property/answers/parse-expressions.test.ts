import fc from "fast-check";
import { evaluate } from "mathjs";
import { describe, expect, it } from "vitest";
import { parse, toText } from "@/lib/answers";

// A random expression as [learner text, its value computed in plain JS at (x, y)].
type Gen = [string, (x: number, y: number) => number];

const leaf: fc.Arbitrary<Gen> = fc.oneof(
  fc.constant<Gen>(["x", (x) => x]),
  fc.constant<Gen>(["y", (_x, y) => y]),
  fc.integer({ min: 1, max: 9 }).map<Gen>((k) => [String(k), () => k]),
);

const { expr } = fc.letrec<{ expr: Gen }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.tuple(tie("expr"), tie("expr")).map<Gen>(([[a, fa], [b, fb]]) => [`(${a}) + (${b})`, (x, y) => fa(x, y) + fb(x, y)]),
    fc.tuple(tie("expr"), tie("expr")).map<Gen>(([[a, fa], [b, fb]]) => [`(${a}) - (${b})`, (x, y) => fa(x, y) - fb(x, y)]),
    fc.tuple(tie("expr"), tie("expr")).map<Gen>(([[a, fa], [b, fb]]) => [`(${a})(${b})`, (x, y) => fa(x, y) * fb(x, y)]),
    fc.tuple(fc.integer({ min: 2, max: 9 }), tie("expr")).map<Gen>(([k, [a, fa]]) => [`${k}(${a})`, (x, y) => k * fa(x, y)]),
    fc.tuple(tie("expr"), fc.integer({ min: 2, max: 3 })).map<Gen>(([[a, fa], k]) => [`(${a})^${k}`, (x, y) => fa(x, y) ** k]),
    tie("expr").map<Gen>(([a, fa]) => [`sin(${a})`, (x, y) => Math.sin(fa(x, y))]),
    tie("expr").map<Gen>(([a, fa]) => [`cos^2(${a})`, (x, y) => Math.cos(fa(x, y)) ** 2]),
    tie("expr").map<Gen>(([a, fa]) => [`-(${a})`, (x, y) => -fa(x, y)]),
  ),
}));

const point = fc.tuple(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }));

describe("expressions: the canonical text means what the learner wrote", () => {
  it("evaluating the canonical text with mathjs agrees with the learner's expression in plain JS", () => {
    fc.assert(
      fc.property(expr, point, ([text, f], [x, y]) => {
        const r = parse(text, "expression", { vars: ["x", "y"] });
        if (!r.ok) throw new Error(`${text}: ${r.error}`);
        if (r.value.kind !== "expression") return; // a constant expression is fine too
        const want = f(x, y);
        const got = evaluate(r.value.text, { x, y }) as number;
        expect(Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want)), `${text} → ${r.value.text}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("the canonical text is a fixed point of toText → parse", () => {
    fc.assert(
      fc.property(expr, ([text]) => {
        const first = parse(text, "expression", { vars: ["x", "y"] });
        if (!first.ok) throw new Error(`${text}: ${first.error}`);
        const again = parse(toText(first.value), "expression", { vars: ["x", "y"] });
        expect(again.ok && again.value).toEqual(first.value);
      }),
      { numRuns: 2000 },
    );
  });
});
