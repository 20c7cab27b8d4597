// Eligibility: ≥ 80 % of the course's skills learned (answered right, not failed since).
import { describe, expect, it } from "vitest";
import { examEligibility, requiredLearned } from "@/lib/certificates/exam-eligibility";
import { newMemory, type SkillMemory } from "@/lib/scheduling";

const now = new Date("2026-11-24T12:00:00Z");
const learned = (id: string): SkillMemory => ({ ...newMemory(id, now), state: "review", reps: 1, successes: 1, lastRating: "good", stability: 3 });
const failedSince = (id: string): SkillMemory => ({ ...learned(id), reps: 2, lastRating: "again", lapses: 1 });
const ids = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`);

describe("examEligibility", () => {
  it("unlocks at exactly 8 of 10 learned, not at 7, and names the missing skills", () => {
    const skills = ids(10);
    const eight = new Map(skills.slice(0, 8).map((id) => [id, learned(id)]));
    expect(examEligibility(skills, eight)).toEqual({ eligible: true, total: 10, learned: 8, required: 8, missing: ["s8", "s9"] });
    const seven = new Map(skills.slice(0, 7).map((id) => [id, learned(id)]));
    expect(examEligibility(skills, seven)).toMatchObject({ eligible: false, learned: 7, missing: ["s7", "s8", "s9"] });
  });

  it("a skill failed on its latest review, or only seen, does not count as learned", () => {
    const skills = ids(5);
    const memories = new Map<string, SkillMemory>([
      ["s0", learned("s0")], ["s1", learned("s1")], ["s2", learned("s2")],
      ["s3", failedSince("s3")], ["s4", newMemory("s4", now)],
    ]);
    expect(examEligibility(skills, memories)).toMatchObject({ eligible: false, learned: 3, required: 4, missing: ["s3", "s4"] });
  });

  it("ignores memories of skills outside the course", () => {
    const memories = new Map(ids(20).map((id) => [id, learned(id)]));
    expect(examEligibility(["x", "y"], memories)).toMatchObject({ eligible: false, learned: 0, missing: ["x", "y"] });
  });

  it("a course without skills is never eligible", () => {
    expect(examEligibility([], new Map()).eligible).toBe(false);
  });

  it("rounds the requirement up: 80 % of 15 is 12, of 54 is 43.2 → 44, of 16 is 12.8 → 13", () => {
    expect([requiredLearned(15), requiredLearned(54), requiredLearned(16), requiredLearned(10)]).toEqual([12, 44, 13, 8]);
  });
});
