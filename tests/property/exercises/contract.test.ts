// The generic contract every registered generator must keep, over SEEDS seeds per level:
// its own answer is accepted, output is deterministic plain JSON, every mistake detector's
// wrong answer is rejected with its tag and feedback, all text renders with KaTeX, and
// yes/no skills give both answers about equally often.
import { describe, expect, it } from "vitest";
import { generators } from "@/exercises/registry";
import { mathError } from "@/lib/content";
import { notPlainJson, problems, SEEDS, where } from "./harness";

const renders = (text: string, what: string) => expect(mathError(text), what).toBeNull();

describe.each(generators.map((g) => [g.id, g] as const))("%s", (_id, g) => {
  it("accepts its own answer, deterministically, as plain JSON", () => {
    for (const p of problems(g)) {
      const verdict = g.check(p, p.answer.text);
      expect(verdict.correct, `${where(p)}: own answer "${p.answer.text}" rejected: ${verdict.feedback}`).toBe(true);
      expect(notPlainJson(p.answer.numeric), `${where(p)}: answer.numeric`).toBeNull();
      expect(notPlainJson(p.data), `${where(p)}: data`).toBeNull();
      expect(g.generate(p.seed, p.level), `${where(p)}: generate is not deterministic`).toEqual(p);
    }
  });

  it("rejects each applicable mistake with its tag and feedback", () => {
    let fired = 0;
    for (const p of problems(g)) {
      for (const m of g.mistakeAnswers(p)) {
        const verdict = g.check(p, m.text);
        if (verdict.correct) continue; // this mistake happens to give the right answer here
        fired++;
        expect(verdict.mistakes, `${where(p)}: "${m.text}" not tagged ${m.tag} (${verdict.feedback})`).toContain(m.tag);
        expect(verdict.feedback, `${where(p)}: feedback for ${m.tag}`).toContain(m.feedback);
      }
    }
    expect(fired, `no mistake detector of ${g.id} ever fired`).toBeGreaterThan(0);
  });

  it("every declared mistake fires on some seed", () => {
    const seen = new Set<string>();
    for (const p of problems(g)) for (const m of g.mistakeAnswers(p)) if (!g.check(p, m.text).correct) seen.add(m.tag);
    expect(g.mistakes.map((m) => m.tag).filter((t) => !seen.has(t))).toEqual([]);
  });

  it("renders prompt, answer, solution, hints and notes with KaTeX", () => {
    expect(g.notes.body.length, "notes too short").toBeGreaterThan(200);
    renders(g.notes.body, `${g.id} notes`);
    for (const p of problems(g)) {
      renders(p.prompt, `${where(p)} prompt`);
      renders(`$${p.answer.latex}$`, `${where(p)} answer.latex`);
      expect(p.solution.length, `${where(p)}: solution steps`).toBeGreaterThan(0);
      expect(p.hints.length, `${where(p)}: hints`).toBeGreaterThan(0);
      for (const s of [...p.solution, ...p.hints]) renders(s, `${where(p)} solution/hint`);
    }
  });

  if (g.expects === "boolean") it("gives yes and no about equally often", () => {
    for (const level of g.levels) {
      let yes = 0;
      for (let seed = 1; seed <= SEEDS; seed++) if (g.generate(seed, level).answer.numeric === true) yes++;
      expect(yes / SEEDS, `${g.id} level ${level}: share of "yes"`).toBeGreaterThanOrEqual(0.35);
      expect(yes / SEEDS, `${g.id} level ${level}: share of "yes"`).toBeLessThanOrEqual(0.65);
    }
  });
});
