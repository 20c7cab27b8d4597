// Exam assembly on the real curriculum and registry: only the course's skills, every module,
// distinct skills where the module has enough, distinct seeds, highest level.
import { randomInt } from "node:crypto";
import fc from "fast-check";
import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";
import { curriculum } from "@/exercises/curriculum";
import { getGenerator } from "@/exercises/registry";
import { assembleExam, questionsPerModule, type ExamSkill } from "@/lib/certificates/exam-assembly";

const COURSES = ["linear-algebra", "multivariate-calculus", "pca"] as const;

function examSkills(course: string): ExamSkill[] {
  return curriculum.skills
    .filter((s) => s.course === course && getGenerator(s.id))
    .map((s) => ({ id: s.id, module: s.module, levels: getGenerator(s.id)!.levels }));
}

const seeded = (seed: string) => {
  const rng = seedrandom(seed);
  return (max: number) => Math.floor(rng() * max);
};

describe("assembleExam", () => {
  for (const course of COURSES) {
    it(`${course}: 12 questions, every module, only this course, distinct skills and seeds`, () => {
      const skills = examSkills(course);
      const modules = new Set(curriculum.skills.filter((s) => s.course === course).map((s) => s.module));
      for (let run = 0; run < 50; run++) {
        const result = assembleExam(skills, 12, randomInt);
        if (!result.ok) throw new Error(result.message);
        const qs = result.questions;
        expect(qs).toHaveLength(12);
        expect(qs.map((q) => q.position)).toEqual([...Array(12).keys()]);
        for (const q of qs) expect(curriculum.byId.get(q.skillId)?.course).toBe(course);
        expect(new Set(qs.map((q) => curriculum.byId.get(q.skillId)!.module))).toEqual(modules);
        // Every course has at least 12 skills, so no skill repeats.
        expect(new Set(qs.map((q) => q.skillId)).size).toBe(12);
        expect(new Set(qs.map((q) => q.seed)).size).toBe(12);
        for (const q of qs) {
          expect(Number.isInteger(q.seed) && q.seed >= 0 && q.seed < 2 ** 31).toBe(true);
          expect(q.level).toBe(Math.max(...getGenerator(q.skillId)!.levels));
        }
      }
    });
  }

  it("two attempts differ (fresh seeds): 200 assemblies share no seed sequence", () => {
    const skills = examSkills("pca");
    const sequences = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const r = assembleExam(skills, 12, randomInt);
      if (!r.ok) throw new Error(r.message);
      sequences.add(r.questions.map((q) => q.seed).join(","));
    }
    expect(sequences.size).toBe(200);
  });

  it("draws new seeds when the source repeats one, so seeds stay distinct", () => {
    // A source that answers 7 for the first seed draws of every question: collisions must be re-drawn.
    let calls = 0;
    const sticky = (max: number) => (max === 2 ** 31 - 1 ? (calls++ % 3 === 0 ? calls : 7) : 0);
    const r = assembleExam(examSkills("pca"), 12, sticky);
    if (!r.ok) throw new Error(r.message);
    expect(new Set(r.questions.map((q) => q.seed)).size).toBe(12);
  });

  it("repeats a skill (with another seed) only when a module has too few skills", () => {
    const skills: ExamSkill[] = [
      { id: "a1", module: "A", levels: [1] },
      { id: "b1", module: "B", levels: [1, 2] },
      { id: "b2", module: "B", levels: [1, 2] },
    ];
    const r = assembleExam(skills, 6, seeded("x"));
    if (!r.ok) throw new Error(r.message);
    const ids = r.questions.map((q) => q.skillId);
    expect(ids.filter((id) => id.startsWith("a"))).toHaveLength(2);
    expect(ids.filter((id) => id.startsWith("b"))).toHaveLength(4);
    expect(new Set(ids.filter((id) => id.startsWith("b")))).toEqual(new Set(["b1", "b2"]));
    expect(new Set(r.questions.map((q) => q.seed)).size).toBe(6);
  });

  it("refuses a course without skills and an exam too short to cover every module", () => {
    expect(assembleExam([], 12, randomInt)).toEqual({ ok: false, message: expect.stringContaining("no skills") });
    const r = assembleExam(examSkills("linear-algebra"), 3, randomInt);
    expect(r).toEqual({ ok: false, message: "An exam of 3 questions cannot cover all 6 modules." });
  });
});

describe("questionsPerModule", () => {
  it("gives every module one and the rest by size: 13, 13, 10, 9, 7, 2 skills → 12 questions", () => {
    // Fair shares 2.9, 2.9, 2.2, 2.0, 1.6, 0.4 of 12 questions (54 skills).
    expect(questionsPerModule([13, 13, 10, 9, 7, 2], 12)).toEqual([3, 3, 2, 2, 1, 1]);
  });

  it("always sums to the count, gives each module ≥ 1, and never repeats while another module has unused skills", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 30 }), (sizes, extra) => {
        const count = sizes.length + extra;
        const out = questionsPerModule(sizes, count);
        expect(out.reduce((a, b) => a + b, 0)).toBe(count);
        for (const n of out) expect(n).toBeGreaterThanOrEqual(1);
        const capacity = sizes.reduce((a, b) => a + b, 0);
        if (count <= capacity) out.forEach((n, i) => expect(n).toBeLessThanOrEqual(sizes[i]));
      }),
    );
  });
});
