// Runs each skill's law (its answer verified by a different route than the generator) over
// SEEDS seeds per level. A registered skill without a law fails here.
import { describe, expect, it } from "vitest";
import { generators } from "@/exercises/registry";
import { laws } from "./all-laws";
import { problems } from "./harness";
import type { Json } from "@/exercises/types";

/** A wrong answer of the same shape: a number or first entry off by one, a boolean negated, a part's first entry changed, an empty set given one item. */
function tamper(x: Json): Json {
  if (typeof x === "number") return x + 1;
  // An expression answer's numeric form is its text (a derivative, a Jacobian entry): shift it by 1.
  if (typeof x === "string") return `(${x}) + 1`;
  if (typeof x === "boolean") return !x;
  if (Array.isArray(x) && x.length > 0) return [tamper(x[0]), ...x.slice(1)];
  // An empty set ("no real eigenvalues", "not an eigenvector"): claim one value instead.
  if (Array.isArray(x)) return [0];
  // A parts answer ({ L: [[…]], U: [[…]] }): tamper its first part.
  if (x !== null && typeof x === "object" && !Array.isArray(x)) {
    const [first] = Object.keys(x);
    if (first !== undefined) return { ...x, [first]: tamper(x[first]) };
  }
  return x;
}

describe.each(generators.map((g) => [g.id, g] as const))("%s", (id, g) => {
  it("has a law in tests/property/exercises/laws/<course>/<module>.ts", () => {
    expect(laws.has(id), `no law for ${id}: add it to tests/property/exercises/laws/`).toBe(true);
  });

  it("its answers obey the law", () => {
    const law = laws.get(id);
    expect(law, `no law for ${id}`).toBeDefined();
    for (const p of problems(g)) law!(p);
  });

  it("its law rejects a tampered answer (the law can fail)", () => {
    const law = laws.get(id)!;
    for (const level of g.levels) {
      const p = g.generate(1, level);
      const bad = { ...p, answer: { ...p.answer, numeric: tamper(p.answer.numeric) } };
      expect(() => law(bad), `${id} level ${level}: law accepted ${JSON.stringify(bad.answer.numeric)}`).toThrow();
    }
  });
});

it("tamper changes every kind of answer, expression texts included", () => {
  for (const x of [3, true, "2*x*cos(x^2)", ["x*y", "x^2"], [[1, 2], [3, 4]], { H: [[1]], type: "saddle" }] as Json[]) {
    expect(tamper(x)).not.toEqual(x);
  }
});

it("every law belongs to a registered skill", () => {
  const registered = new Set(generators.map((g) => g.id));
  expect([...laws.keys()].filter((id) => !registered.has(id))).toEqual([]);
});
