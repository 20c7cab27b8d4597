import { describe, expect, it } from "vitest";
import { frontier, indexGraph, isLearned, pickNewSkills, skillStatus, skillsInScope, review, newMemory } from "@/lib/scheduling";
import { DAY, curriculumGraph, replay, tinyGraph } from "./helpers";

const node = (id: string, prereqs: string[] = [], course = "c") => ({ id, course, module: "m", prereqs, encompasses: [] });

describe("skill graph", () => {
  it("indexes the real curriculum: 99 skills, three courses, every prerequisite before its dependants", () => {
    const g = curriculumGraph();
    expect(g.skills.length).toBe(99);
    expect(g.courses).toEqual(["linear-algebra", "multivariate-calculus", "pca"]);
    for (const s of g.skills) for (const p of s.prereqs) expect(g.rank.get(p)!).toBeLessThan(g.rank.get(s.id)!);
  });
  it("puts a listed-too-early skill after its prerequisite, keeping the rest in order", () => {
    const r = indexGraph({ skills: [node("x", ["z"]), node("y"), node("z")] });
    expect(r.ok && r.graph.skills.map((s) => s.id)).toEqual(["y", "z", "x"]);
  });
  it("refuses unknown prerequisites, duplicates and cycles with a specific message", () => {
    expect(indexGraph({ skills: [node("x", ["nope"])] })).toEqual({ ok: false, message: 'skill "x" lists unknown prerequisite "nope"' });
    expect(indexGraph({ skills: [node("x"), node("x")] })).toEqual({ ok: false, message: 'skill "x" appears twice' });
    const cyc = indexGraph({ skills: [node("x", ["y"]), node("y", ["x"])] });
    expect(cyc.ok).toBe(false);
    expect(!cyc.ok && cyc.message).toMatch(/cycle/);
    expect(indexGraph({ skills: "no" }).ok).toBe(false);
  });
  it("closes prerequisites and multiplies encompass weights along chains", () => {
    const g = tinyGraph();
    expect([...g.prereqClosure.get("c")!].sort()).toEqual(["a", "b"]);
    expect(g.flow.get("c")!.get("b")).toBeCloseTo(0.5, 12);
    expect(g.flow.get("c")!.get("a")).toBeCloseTo(0.2, 12);
    expect(g.flow.get("a")!.size).toBe(0);
  });
  it("brings prerequisites from other courses into scope", () => {
    const g = curriculumGraph();
    const pca = skillsInScope(g, ["pca"]).map((s) => s.id);
    expect(pca).toContain("la.matrices.multiply");
    expect(pca).not.toContain("mc.opt.lagrange");
  });
});

describe("frontier", () => {
  const g = tinyGraph();
  const t = Date.UTC(2025, 0, 1);
  it("starts with the skills that need nothing, one per course in turn", () => {
    expect(frontier(g, new Map(), ["one", "two"]).map((s) => s.id)).toEqual(["a", "d"]);
    expect(pickNewSkills(frontier(g, new Map(), ["one", "two"]), 1).map((s) => s.id)).toEqual(["a"]);
  });
  it("unlocks a skill only after its prerequisite is answered right, and relocks it after a failure", () => {
    const failedFirst = replay(g, [{ skillId: "a", correct: false, at: t }]);
    expect(frontier(g, failedFirst.memories, ["one"]).map((s) => s.id)).toEqual([]);
    const learned = replay(g, [{ skillId: "a", correct: true, at: t }]);
    expect(frontier(g, learned.memories, ["one"]).map((s) => s.id)).toEqual(["b"]);
    const lapsed = replay(g, [{ skillId: "a", correct: true, at: t }, { skillId: "a", correct: false, at: t + 5 * DAY }]);
    expect(isLearned(lapsed.memories.get("a"))).toBe(false);
    expect(frontier(g, lapsed.memories, ["one"]).map((s) => s.id)).toEqual([]);
  });
});

describe("skill status", () => {
  const t0 = new Date("2025-01-01T00:00:00Z");
  it("new → learning → due → mastered after enough spaced successes", () => {
    expect(skillStatus(undefined, t0)).toBe("new");
    let m = review(newMemory("s", t0), "good", t0);
    expect(skillStatus(m, t0)).toBe("learning");
    expect(skillStatus(m, new Date(m.due))).toBe("due");
    for (let i = 0; i < 4; i++) m = review(m, "good", new Date(m.due));
    expect(m.stability).toBeGreaterThan(21);
    expect(skillStatus(m, new Date(Date.parse(m.lastReview!) + DAY))).toBe("mastered");
    expect(skillStatus(m, new Date(m.due))).toBe("due");
  });
  it("is not mastered with high stability but too few successes", () => {
    const m = { ...review(newMemory("s", t0), "easy", t0), stability: 40 };
    expect(skillStatus(m, new Date(t0.getTime() + DAY))).toBe("learning");
  });
});
