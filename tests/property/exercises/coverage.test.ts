// Which curriculum skills have generators. Courses listed in COURSES_COMPLETE must be fully
// covered; for the others the missing skills are printed so progress is visible.
import { describe, expect, it } from "vitest";
import { curriculum } from "@/exercises/curriculum";
import { generators, registry } from "@/exercises/registry";

/** Courses whose every curriculum skill must have a generator. */
export const COURSES_COMPLETE: string[] = ["linear-algebra", "multivariate-calculus", "pca"];

describe("curriculum coverage", () => {
  for (const course of COURSES_COMPLETE)
    it(`every skill of ${course} has a generator`, () => {
      const missing = curriculum.skills.filter((s) => s.course === course && !registry.has(s.id)).map((s) => s.id);
      expect(missing, `skills of ${course} without a generator`).toEqual([]);
    });

  it("reports skills still without a generator, and registers only curriculum ids", () => {
    const missing = curriculum.skills.filter((s) => !registry.has(s.id)).map((s) => s.id);
    if (missing.length) console.info(`${missing.length} curriculum skills without a generator yet:\n  ${missing.join("\n  ")}`);
    expect(generators.length + missing.length).toBe(curriculum.skills.length);
  });

  for (const g of generators)
    it(`${g.id} has a detector for each curriculum mistake`, () => {
      const listed = curriculum.byId.get(g.id)!.mistakes;
      expect(g.mistakes.length, `${g.id} lists ${listed.length} mistakes: ${listed.join("; ")}`).toBeGreaterThanOrEqual(listed.length);
    });
});
