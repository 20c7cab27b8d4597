// Time limit, cooldown, pass-mark configuration and grading arithmetic, with an injected clock.
import { describe, expect, it } from "vitest";
import { getGenerator } from "@/exercises/registry";
import { gradeExam, gradeItem } from "@/lib/certificates/exam-grading";
import {
  deadlineFor, examSettings, formatDuration, inCooldown, isPastDeadline, passMarkVariable, remainingMs, retakeAvailableAt,
} from "@/lib/certificates/exam-rules";

const t0 = new Date("2026-11-24T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe("examSettings", () => {
  it("defaults: 12 questions, 60 min, 24 h cooldown, pass mark 0.8", () => {
    expect(examSettings("pca", {})).toEqual({ ok: true, settings: { questionCount: 12, timeLimitMs: 3_600_000, cooldownMs: 86_400_000, passMark: 0.8 } });
  });

  it("a per-course variable overrides the global one, which overrides the default", () => {
    const env = { BASIS_EXAM_PASS_MARK: "0.7", BASIS_EXAM_PASS_MARK_LINEAR_ALGEBRA: "0.9" };
    expect(examSettings("linear-algebra", env)).toMatchObject({ ok: true, settings: { passMark: 0.9 } });
    expect(examSettings("pca", env)).toMatchObject({ ok: true, settings: { passMark: 0.7 } });
    expect(passMarkVariable("multivariate-calculus")).toBe("BASIS_EXAM_PASS_MARK_MULTIVARIATE_CALCULUS");
  });

  it("a malformed pass mark is an error naming the variable, not a silent default", () => {
    expect(examSettings("pca", { BASIS_EXAM_PASS_MARK_PCA: "80" })).toEqual({
      ok: false, message: 'BASIS_EXAM_PASS_MARK_PCA="80" must be at most 1 (a fraction: 0.8 means 80 %).',
    });
    expect(examSettings("pca", { BASIS_EXAM_PASS_MARK: "high" })).toEqual({ ok: false, message: 'BASIS_EXAM_PASS_MARK="high" must be a number.' });
    expect(examSettings("pca", { BASIS_EXAM_PASS_MARK: "0" })).toMatchObject({ ok: false });
  });
});

describe("deadline and cooldown", () => {
  it("the deadline is 60 min after delivery; answers are refused from the deadline on", () => {
    const deadline = deadlineFor(t0, { timeLimitMs: 3_600_000 });
    expect(deadline.toISOString()).toBe("2026-11-24T11:00:00.000Z");
    expect(isPastDeadline(deadline, at(59.99))).toBe(false);
    expect(isPastDeadline(deadline, at(60))).toBe(true);
    expect(remainingMs(deadline, at(45))).toBe(15 * 60_000);
    expect(remainingMs(deadline, at(90))).toBe(0);
  });

  it("a retake waits 24 h after the attempt closed", () => {
    const settings = { cooldownMs: 86_400_000 };
    expect(retakeAvailableAt(null, settings)).toBeNull();
    expect(inCooldown(null, settings, t0)).toBe(false);
    expect(retakeAvailableAt(t0, settings)?.toISOString()).toBe("2026-11-25T10:00:00.000Z");
    expect(inCooldown(t0, settings, at(24 * 60 - 1))).toBe(true);
    expect(inCooldown(t0, settings, at(24 * 60))).toBe(false);
  });

  it("formats durations for messages", () => {
    expect([formatDuration(40_000), formatDuration(14 * 60_000), formatDuration(125 * 60_000), formatDuration(24 * 3_600_000)]).toEqual(["40 s", "14 min", "2 h 5 min", "24 h"]);
  });
});

describe("grading", () => {
  const generator = getGenerator("la.vectors.modulus")!;
  const problem = generator.generate(12345, 1);

  it("uses the practice checker: the generator's own answer is right, an empty one scores 0", () => {
    expect(gradeItem(generator, problem, problem.answer.text)).toMatchObject({ correct: true, score: 1 });
    expect(gradeItem(generator, problem, null)).toMatchObject({ correct: false, score: 0, mistakes: ["unanswered"] });
    expect(gradeItem(generator, problem, "  ")).toMatchObject({ correct: false, score: 0 });
  });

  it("a wrong answer and an unreadable one score 0 with the checker's diagnosis", () => {
    const wrong = generator.mistakeAnswers(problem)[0];
    expect(gradeItem(generator, problem, wrong.text)).toMatchObject({ correct: false, score: 0, mistakes: expect.arrayContaining([wrong.tag]) });
    expect(gradeItem(generator, problem, "(((")).toMatchObject({ correct: false, score: 0, mistakes: ["unparsed"] });
  });

  it("score is the mean mark; 8 of 10 passes at 0.8, 7 of 10 does not", () => {
    const items = (right: number, n: number) => Array.from({ length: n }, (_, i) => ({ correct: i < right, score: i < right ? 1 : 0 }));
    expect(gradeExam(items(8, 10), 0.8)).toEqual({ score: 0.8, correct: 8, total: 10, passed: true });
    expect(gradeExam(items(7, 10), 0.8)).toMatchObject({ passed: false, correct: 7 });
    // 10 of 12 is 0.8333…; 9 of 12 is 0.75.
    expect(gradeExam(items(10, 12), 0.8).passed).toBe(true);
    expect(gradeExam(items(9, 12), 0.8).passed).toBe(false);
    expect(gradeExam([], 0.8)).toEqual({ score: 0, correct: 0, total: 0, passed: false });
  });
});
