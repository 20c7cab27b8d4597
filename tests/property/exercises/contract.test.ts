// The generic contract every registered generator must keep, over SEEDS seeds per level:
// its own answer is accepted, output is deterministic plain JSON, every mistake detector's
// wrong answer is rejected with its tag and feedback (and each fires on some seed), all text
// renders with KaTeX, and yes/no skills give both answers about equally often.
import { describe, expect, it } from "vitest";
import { generators } from "@/exercises/registry";
import type { Generator, Problem } from "@/exercises/types";
import { mathError } from "@/lib/content";
import { notPlainJson, problems, SEEDS, where } from "./harness";

/** Strings already rendered without error (hints and steps repeat across seeds). */
const rendered = new Set<string>();
const renders = (text: string, what: string) => {
  if (rendered.has(text)) return;
  expect(mathError(text), what).toBeNull();
  rendered.add(text);
};

/** Each skill's problems are generated once and shared by its tests. */
const cache = new Map<string, Problem[]>();
const problemsOf = (g: Generator) => cache.get(g.id) ?? (cache.set(g.id, [...problems(g)]), cache.get(g.id)!);

describe.each(generators.map((g) => [g.id, g] as const))("%s", (_id, g) => {
  it("accepts its own answer, deterministically, as plain JSON", () => {
    for (const p of problemsOf(g)) {
      const verdict = g.check(p, p.answer.text);
      expect(verdict.correct, `${where(p)}: own answer "${p.answer.text}" rejected: ${verdict.feedback}`).toBe(true);
      expect(notPlainJson(p.answer.numeric), `${where(p)}: answer.numeric`).toBeNull();
      expect(notPlainJson(p.data), `${where(p)}: data`).toBeNull();
    }
    for (const p of problemsOf(g).filter((_, i) => i % 10 === 0)) {
      expect(g.generate(p.seed, p.level), `${where(p)}: generate is not deterministic`).toEqual(p);
    }
  });

  it("rejects each applicable mistake with its tag and feedback, and each mistake fires somewhere", () => {
    const fired = new Set<string>();
    for (const p of problemsOf(g)) {
      for (const m of g.mistakeAnswers(p)) {
        const verdict = g.check(p, m.text);
        if (verdict.correct) continue; // this mistake happens to give the right answer here
        fired.add(m.tag);
        expect(verdict.mistakes, `${where(p)}: "${m.text}" not tagged ${m.tag} (${verdict.feedback})`).toContain(m.tag);
        expect(verdict.feedback, `${where(p)}: feedback for ${m.tag}`).toContain(m.feedback);
      }
    }
    expect(g.mistakes.map((m) => m.tag).filter((t) => !fired.has(t)), "mistakes that never fire").toEqual([]);
  });

  it("renders prompt, answer, solution, hints and notes with KaTeX", () => {
    expect(g.notes.body.length, "notes too short").toBeGreaterThan(200);
    renders(g.notes.body, `${g.id} notes`);
    for (const p of problemsOf(g)) {
      renders(p.prompt, `${where(p)} prompt`);
      renders(`$${p.answer.latex}$`, `${where(p)} answer.latex`);
      expect(p.solution.length, `${where(p)}: solution steps`).toBeGreaterThan(0);
      expect(p.hints.length, `${where(p)}: hints`).toBeGreaterThan(0);
      for (const s of [...p.solution, ...p.hints]) renders(s, `${where(p)} solution/hint`);
    }
  });

  if (g.expects === "boolean")
    it("gives yes and no about equally often", () => {
      for (const level of g.levels) {
        const yes = problemsOf(g).filter((p) => p.level === level && p.answer.numeric === true).length;
        expect(yes / SEEDS, `${g.id} level ${level}: share of "yes"`).toBeGreaterThanOrEqual(0.35);
        expect(yes / SEEDS, `${g.id} level ${level}: share of "yes"`).toBeLessThanOrEqual(0.65);
      }
    });
});
