import { describe, expect, it } from "vitest";
import { defineSkill } from "@/exercises/define";
import type { Problem } from "@/exercises/types";

type Data = { u: number[]; v: number[] };
const dataOf = (p: Problem) => p.data as Data;

// A minimal skill (dot product of two 2D vectors) to exercise the helper on its own.
const toy = defineSkill<Data>({
  id: "la.vectors.dot",
  version: 3,
  levels: [1, 2],
  expects: "number",
  build(rng, level) {
    const u = rng.intVector(2, -5, 5);
    const v = rng.intVector(2, -5, 5);
    return { data: { u, v }, prompt: `level ${level}`, answer: String(u[0] * v[0] + u[1] * v[1]), solution: ["s"], hints: ["h"] };
  },
  mistakes: [
    { tag: "elementwise-product", feedback: "sum the products", wrong: (p) => `(${p.data.u[0] * p.data.v[0]}, ${p.data.u[1] * p.data.v[1]})` },
    { tag: "off-by-one", feedback: (p) => `off by one on ${p.data.u.join(",")}`, wrong: (p) => String(p.data.u[0] * p.data.v[0] + p.data.u[1] * p.data.v[1] + 1) },
  ],
  notes: { body: "n" },
});

describe("defineSkill", () => {
  it("derives answer latex and numeric from the answer text, with the problem's identity", () => {
    const p = toy.generate(4, 2);
    expect(p).toMatchObject({ skill: "la.vectors.dot", seed: 4, level: 2, version: 3, expects: "number", prompt: "level 2" });
    const { u, v } = dataOf(p);
    expect(p.answer.numeric).toBe(u[0] * v[0] + u[1] * v[1]);
    expect(p.answer.latex).toBe(String(u[0] * v[0] + u[1] * v[1]));
  });

  it("defaults to the first level and refuses bad seeds and levels", () => {
    expect(toy.generate(1).level).toBe(1);
    expect(() => toy.generate(-1)).toThrow(/seed must be a non-negative integer/);
    expect(() => toy.generate(1.5)).toThrow(/seed/);
    expect(() => toy.generate(1, 3)).toThrow(/level must be one of 1, 2/);
  });

  it("accepts equivalent forms and tags a mistake with its feedback", () => {
    const p = toy.generate(9, 1);
    const { u, v } = dataOf(p);
    const d = u[0] * v[0] + u[1] * v[1];
    expect(toy.check(p, `${d}.0`).correct).toBe(true);
    const off = toy.check(p, String(d + 1));
    expect(off).toMatchObject({ correct: false, mistakes: ["off-by-one"], feedback: `off by one on ${u.join(",")}` });
    expect(toy.check(p, String(d + 7)).mistakes).toEqual([]);
  });

  it("recognises a mistake of the wrong kind (a vector where a number is asked)", () => {
    const p = toy.generate(2, 1);
    const { u, v } = dataOf(p);
    const r = toy.check(p, `[${u[0] * v[0]}, ${u[1] * v[1]}]`);
    expect(r).toMatchObject({ correct: false, mistakes: ["elementwise-product"], feedback: "sum the products" });
    expect(r.interpreted).not.toBeNull();
  });

  it("reports unreadable text as unparsed with the parser's message", () => {
    const r = toy.check(toy.generate(1), "2 +* 3");
    expect(r).toMatchObject({ correct: false, score: 0, mistakes: ["unparsed"], interpreted: null });
    expect(r.feedback.length).toBeGreaterThan(5);
  });

  it("rejects tags that are not kebab-case or are repeated", () => {
    const spec = { id: "x", version: 1, levels: [1], expects: "number" as const, build: () => ({ data: {}, prompt: "", answer: "1", solution: [], hints: [] }), notes: { body: "" } };
    expect(() => defineSkill({ ...spec, mistakes: [{ tag: "Forgot Sqrt", feedback: "", wrong: () => null }] })).toThrow(/kebab-case/);
    expect(() => defineSkill({ ...spec, mistakes: [1, 2].map(() => ({ tag: "a-b", feedback: "", wrong: () => null })) })).toThrow(/repeated/);
  });
});
