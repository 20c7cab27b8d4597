// Runs each skill's law (its answer verified by a different route than the generator) over
// SEEDS seeds per level. A registered skill without a law fails here.
import { describe, expect, it } from "vitest";
import { generators } from "@/exercises/registry";
import { laws } from "./all-laws";
import { problems } from "./harness";

describe.each(generators.map((g) => [g.id, g] as const))("%s", (id, g) => {
  it("has a law in tests/property/exercises/laws/<course>/<module>.ts", () => {
    expect(laws.has(id), `no law for ${id}: add it to tests/property/exercises/laws/`).toBe(true);
  });

  it("its answers obey the law", () => {
    const law = laws.get(id);
    expect(law, `no law for ${id}`).toBeDefined();
    for (const p of problems(g)) law!(p);
  });
});

it("every law belongs to a registered skill", () => {
  const registered = new Set(generators.map((g) => g.id));
  expect([...laws.keys()].filter((id) => !registered.has(id))).toEqual([]);
});
