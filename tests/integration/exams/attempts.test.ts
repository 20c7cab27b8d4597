// Exam attempts on a real database with an injected clock: eligibility, start and resume,
// concurrent starts, autosave, deadline enforcement, ownership, grading and the retake cooldown.
import { beforeEach, describe, expect, it } from "vitest";
import { getExamForLearner, saveAnswer, startExam, submitExam } from "@/lib/server/exams";
import { truncateAll, useTestDatabase } from "../../helpers/db";
import { HOUR, MIN, T0, at, learnSkills, learner, rightAnswer, wrongAnswer } from "./fixtures";

const t = useTestDatabase();

beforeEach(async () => {
  await truncateAll(t.current.db);
});

async function eligible(email: string, course = "linear-algebra") {
  const u = await learner(t.current.db, email, [course]);
  await learnSkills(t.current.db, u.id, course);
  return u;
}

async function started(userId: string, course = "linear-algebra", now = T0) {
  const r = await startExam(userId, course, { now });
  if (!r.ok) throw new Error(r.message);
  return r.exam;
}

const items = (attemptId: string) => t.current.db.examItem.findMany({ where: { attemptId }, orderBy: { position: "asc" } });

describe("starting an exam", () => {
  it("refuses an unknown course, a course the learner is not enrolled in, and an ineligible learner — creating nothing", async () => {
    const u = await learner(t.current.db, "a@example.com", ["linear-algebra"]);
    expect(await startExam(u.id, "astrology", { now: T0 })).toMatchObject({ ok: false, code: "unknown-course" });
    expect(await startExam(u.id, "pca", { now: T0 })).toMatchObject({ ok: false, code: "not-enrolled" });
    // Linear algebra has 54 skills; 80 % is 43.2, so 43 learned is not enough and 44 is.
    await learnSkills(t.current.db, u.id, "linear-algebra", 43);
    expect(await startExam(u.id, "linear-algebra", { now: T0 })).toEqual({
      ok: false, code: "not-eligible",
      message: "The exam unlocks when you have learned 44 of the 54 skills of Linear Algebra; you have learned 43. Learn 1 more from your daily practice.",
    });
    expect(await t.current.db.examAttempt.count()).toBe(0);
  });

  it("unlocks at 80 % learned: 12 questions, deadline 60 min after delivery, prompts only", async () => {
    const u = await learner(t.current.db, "b@example.com", ["linear-algebra"]);
    await learnSkills(t.current.db, u.id, "linear-algebra", 44);
    const r = await startExam(u.id, "linear-algebra", { now: T0 });
    if (!r.ok) throw new Error(r.message);
    expect(r.resumed).toBe(false);
    const exam = r.exam;
    expect(exam.status).toBe("OPEN");
    if (exam.status !== "OPEN") return;
    expect(exam.deadline).toBe("2026-11-24T11:00:00.000Z");
    expect(exam.remainingMs).toBe(60 * MIN);
    expect(exam.passMark).toBe(0.8);
    expect(exam.questions).toHaveLength(12);
    for (const q of exam.questions) {
      expect(Object.keys(q).sort()).toEqual(["answer", "expects", "matrixShape", "module", "parseOptions", "position", "prompt", "savedAt", "skillId", "title"]);
      expect(q.answer).toBe("");
    }
    const json = JSON.stringify(exam);
    // Keys, not words: a prompt may well say "solution".
    for (const leak of ["solution", "hints", "expectedLatex", "numeric", "latex"]) expect(json).not.toContain(`"${leak}":`);
  });

  it("resumes the same attempt from another device later: same questions, same deadline, saved answers kept", async () => {
    const u = await eligible("c@example.com");
    const first = await started(u.id);
    const saved = await saveAnswer(u.id, first.id, { position: 3, answer: "(1, 2)" }, { now: at(5 * MIN) });
    expect(saved).toEqual({ ok: true, position: 3, savedAt: at(5 * MIN).toISOString() });
    const again = await startExam(u.id, "linear-algebra", { now: at(20 * MIN) });
    if (!again.ok || again.exam.status !== "OPEN") throw new Error("expected the open attempt");
    expect(again.resumed).toBe(true);
    expect(again.exam.id).toBe(first.id);
    expect(again.exam.deadline).toBe(first.deadline);
    expect(again.exam.remainingMs).toBe(40 * MIN);
    expect(again.exam.questions.map((q) => q.prompt)).toEqual(first.questions.map((q) => q.prompt));
    expect(again.exam.questions[3]).toMatchObject({ answer: "(1, 2)", savedAt: at(5 * MIN).toISOString() });
    const read = await getExamForLearner(u.id, first.id, { now: at(21 * MIN) });
    expect(read.ok && read.exam.status === "OPEN" && read.exam.questions[3].answer).toBe("(1, 2)");
  });

  it("concurrent starts give one attempt", async () => {
    const u = await eligible("d@example.com");
    const results = await Promise.all(Array.from({ length: 6 }, () => startExam(u.id, "linear-algebra", { now: T0 })));
    const ids = new Set(results.map((r) => (r.ok ? r.exam.id : r.code)));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.ok && !r.resumed).length).toBeLessThanOrEqual(1);
    expect(await t.current.db.examAttempt.count()).toBe(1);
    expect(await t.current.db.examItem.count()).toBe(12);
  });

  it("takes the pass mark from the environment, per course first", async () => {
    const u = await eligible("e@example.com", "pca");
    process.env.BASIS_EXAM_PASS_MARK = "0.6";
    process.env.BASIS_EXAM_PASS_MARK_PCA = "0.9";
    try {
      expect((await started(u.id, "pca")).passMark).toBe(0.9);
      process.env.BASIS_EXAM_PASS_MARK_PCA = "ninety";
      await t.current.db.examAttempt.deleteMany();
      expect(await startExam(u.id, "pca", { now: T0 })).toMatchObject({ ok: false, code: "config", message: expect.stringContaining('BASIS_EXAM_PASS_MARK_PCA="ninety"') });
    } finally {
      delete process.env.BASIS_EXAM_PASS_MARK;
      delete process.env.BASIS_EXAM_PASS_MARK_PCA;
    }
  });
});

describe("autosave and the deadline", () => {
  it("saves and overwrites an answer; clearing it stores nothing; bad input changes nothing", async () => {
    const u = await eligible("f@example.com");
    const exam = await started(u.id);
    await saveAnswer(u.id, exam.id, { position: 0, answer: "1/2" }, { now: at(MIN) });
    await saveAnswer(u.id, exam.id, { position: 0, answer: "3/4" }, { now: at(2 * MIN) });
    expect((await items(exam.id))[0]).toMatchObject({ answerText: "3/4", savedAt: at(2 * MIN) });
    expect(await saveAnswer(u.id, exam.id, { position: 0, answer: "x".repeat(2001) }, { now: at(3 * MIN) })).toMatchObject({
      ok: false, code: "invalid", message: "The answer is too long: the limit is 2,000 characters.",
    });
    expect(await saveAnswer(u.id, exam.id, { position: 12, answer: "1" }, { now: at(3 * MIN) })).toMatchObject({ ok: false, code: "no-question" });
    expect(await saveAnswer(u.id, exam.id, { position: "0", answer: 5 }, { now: at(3 * MIN) })).toMatchObject({ ok: false, code: "invalid" });
    expect((await items(exam.id))[0]).toMatchObject({ answerText: "3/4", savedAt: at(2 * MIN) });
    await saveAnswer(u.id, exam.id, { position: 0, answer: "  " }, { now: at(4 * MIN) });
    expect((await items(exam.id))[0].answerText).toBeNull();
  });

  it("accepts an answer just before the deadline, refuses one at it, and closes the attempt graded on what was saved", async () => {
    const u = await eligible("g@example.com");
    const exam = await started(u.id);
    const rows = await items(exam.id);
    expect(await saveAnswer(u.id, exam.id, { position: 0, answer: rightAnswer(rows[0]) }, { now: at(60 * MIN - 1) })).toMatchObject({ ok: true });
    const late = await saveAnswer(u.id, exam.id, { position: 1, answer: rightAnswer(rows[1]) }, { now: at(60 * MIN) });
    expect(late).toMatchObject({ ok: false, code: "deadline-passed", message: expect.stringContaining("Time is up") });
    const after = await items(exam.id);
    expect(after[1]).toMatchObject({ answerText: null, savedAt: null });
    const attempt = await t.current.db.examAttempt.findUniqueOrThrow({ where: { id: exam.id } });
    expect(attempt).toMatchObject({ status: "EXPIRED", closedAt: at(60 * MIN), passed: false });
    expect(attempt.score).toBeCloseTo(1 / 12, 10);
    expect(after[0]).toMatchObject({ correct: true, score: 1 });
    expect(after[1]).toMatchObject({ correct: false, score: 0, mistakes: ["unanswered"] });
    // Later saves to the closed attempt are refused too.
    expect(await saveAnswer(u.id, exam.id, { position: 1, answer: "1" }, { now: at(61 * MIN) })).toMatchObject({ ok: false, code: "deadline-passed" });
  });

  it("an attempt nobody touched is closed at its deadline on the next read, graded on its saved answers", async () => {
    const u = await eligible("h@example.com");
    const exam = await started(u.id);
    const rows = await items(exam.id);
    for (const r of rows.slice(0, 10)) await saveAnswer(u.id, exam.id, { position: r.position, answer: rightAnswer(r) }, { now: at(10 * MIN) });
    const read = await getExamForLearner(u.id, exam.id, { now: at(3 * HOUR) });
    if (!read.ok || read.exam.status === "OPEN") throw new Error("expected a closed attempt");
    expect(read.exam).toMatchObject({ status: "EXPIRED", closedAt: at(60 * MIN).toISOString(), passed: true });
    expect(read.exam.score).toBeCloseTo(10 / 12, 10);
  });
});

describe("ownership", () => {
  it("another learner cannot read, save to or submit someone's attempt; nothing changes", async () => {
    const owner = await eligible("i@example.com");
    const other = await eligible("j@example.com");
    const exam = await started(owner.id);
    await saveAnswer(owner.id, exam.id, { position: 0, answer: "7" }, { now: at(MIN) });
    expect(await getExamForLearner(other.id, exam.id, { now: at(2 * MIN) })).toMatchObject({ ok: false, code: "not-yours" });
    expect(await saveAnswer(other.id, exam.id, { position: 0, answer: "8" }, { now: at(2 * MIN) })).toMatchObject({ ok: false, code: "not-yours" });
    expect(await submitExam(other.id, exam.id, { now: at(2 * MIN) })).toMatchObject({ ok: false, code: "not-yours" });
    expect((await items(exam.id))[0].answerText).toBe("7");
    expect((await t.current.db.examAttempt.findUniqueOrThrow({ where: { id: exam.id } })).status).toBe("OPEN");
    expect(await getExamForLearner(owner.id, "no-such-attempt", { now: at(MIN) })).toMatchObject({ ok: false, code: "not-found" });
  });
});
