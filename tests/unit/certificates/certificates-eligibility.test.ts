import { describe, expect, it } from "vitest";
import {
  COURSE_CREDENTIALS, courseMastery, earnedCredentials, isCourseMastered, type CourseCredential,
} from "@/lib/certificates/eligibility";
import { newMemory, type SkillMemory } from "@/lib/scheduling";

const NOW = new Date("2026-05-01T00:00:00Z");
const mem = (skillId: string, successes: number, stability: number): SkillMemory => ({
  ...newMemory(skillId, NOW), state: "review", reps: successes, successes, stability, lastRating: "good",
});

const skills = new Map<CourseCredential, string[]>([
  ["linear-algebra", ["la.a", "la.b"]],
  ["multivariate-calculus", ["mc.a"]],
  ["pca", ["pca.a", "pca.b", "pca.c"]],
]);
const allMastered = () => new Map([...skills.values()].flat().map((id) => [id, mem(id, 3, 21)]));
const allExams = () => new Map<CourseCredential, string>(COURSE_CREDENTIALS.map((c) => [c, `exam-${c}`]));

describe("course mastery", () => {
  it("needs three successes and three weeks of stability on every skill", () => {
    expect(courseMastery(["a", "b"], new Map([["a", mem("a", 3, 21)], ["b", mem("b", 3, 21)]]))).toEqual({ total: 2, mastered: 2, missing: [] });
    expect(courseMastery(["a", "b"], new Map([["a", mem("a", 2, 400)], ["b", mem("b", 3, 21)]])).missing).toEqual(["a"]);
    expect(courseMastery(["a", "b"], new Map([["a", mem("a", 3, 20.9)], ["b", mem("b", 9, 21)]])).missing).toEqual(["a"]);
    expect(courseMastery(["a", "b"], new Map([["b", mem("b", 3, 21)]])).missing).toEqual(["a"]);
  });

  it("a course without skills is never mastered", () => {
    expect(isCourseMastered(courseMastery([], new Map()))).toBe(false);
    expect(isCourseMastered({ total: 1, mastered: 1, missing: [] })).toBe(true);
  });
});

describe("earned credentials", () => {
  it("a course certificate needs both the passed exam and full mastery", () => {
    const memories = allMastered();
    memories.set("la.b", mem("la.b", 1, 2));
    const earned = earnedCredentials({
      courseSkills: skills, memories, held: new Set(),
      passedExams: new Map<CourseCredential, string>([["linear-algebra", "e1"], ["multivariate-calculus", "e2"]]),
    });
    expect(earned).toEqual([{ credential: "multivariate-calculus", skills: ["mc.a"], examAttemptId: "e2" }]);
  });

  it("issues the specialisation with the third course certificate, listing every skill", () => {
    const earned = earnedCredentials({ courseSkills: skills, memories: allMastered(), passedExams: allExams(), held: new Set(["pca"]) });
    expect(earned.map((e) => e.credential)).toEqual(["linear-algebra", "multivariate-calculus", "specialisation"]);
    expect(earned.at(-1)).toEqual({ credential: "specialisation", skills: ["la.a", "la.b", "mc.a", "pca.a", "pca.b", "pca.c"], examAttemptId: null });
  });

  it("nothing is earned twice, and no specialisation with two courses", () => {
    const held = new Set(["linear-algebra", "multivariate-calculus", "pca", "specialisation"]);
    expect(earnedCredentials({ courseSkills: skills, memories: allMastered(), passedExams: allExams(), held })).toEqual([]);
    const two = allExams();
    two.delete("pca");
    expect(earnedCredentials({ courseSkills: skills, memories: allMastered(), passedExams: two, held: new Set() }).map((e) => e.credential))
      .toEqual(["linear-algebra", "multivariate-calculus"]);
  });

  it("a held course certificate counts towards the specialisation even after its mastery slipped", () => {
    const memories = allMastered();
    memories.set("pca.a", mem("pca.a", 0, 0));
    const earned = earnedCredentials({
      courseSkills: skills, memories, passedExams: allExams(), held: new Set(["pca"]),
    });
    expect(earned.map((e) => e.credential)).toEqual(["linear-algebra", "multivariate-calculus", "specialisation"]);
  });
});
