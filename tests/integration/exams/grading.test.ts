// Submission and grading with the practice checkers, the retake cooldown, the overview with
// lazy expiry, and certificates issued after a passed exam of a mastered course.
import { beforeEach, describe, expect, it } from "vitest";
import { examOverview, saveAnswer, startExam, submitExam } from "@/lib/server/exams";
import { truncateAll, useTestDatabase } from "../../helpers/db";
import { HOUR, MIN, T0, at, learnSkills, learner, rightAnswer, wrongAnswer } from "./fixtures";

const t = useTestDatabase();

beforeEach(async () => {
  await truncateAll(t.current.db);
});

async function open(userId: string, course: string, now: Date) {
  const r = await startExam(userId, course, { now });
  if (!r.ok) throw new Error(r.message);
  return r.exam;
}

/** Saves right answers for the first `right` questions and known wrong ones for the rest. */
async function answerExam(userId: string, attemptId: string, right: number, now: Date) {
  const items = await t.current.db.examItem.findMany({ where: { attemptId }, orderBy: { position: "asc" } });
  for (const item of items) {
    const answer = item.position < right ? rightAnswer(item) : wrongAnswer(item);
    const saved = await saveAnswer(userId, attemptId, { position: item.position, answer }, { now });
    if (!saved.ok) throw new Error(saved.message);
  }
  return items;
}

describe("submitting", () => {
  it("grades each saved answer with the practice checker: 10 of 12 right is 83.3 %, a pass; results carry verdicts, answers and solutions", async () => {
    const u = await learner(t.current.db, "a@example.com", ["multivariate-calculus"]);
    await learnSkills(t.current.db, u.id, "multivariate-calculus");
    const exam = await open(u.id, "multivariate-calculus", T0);
    const items = await answerExam(u.id, exam.id, 10, at(20 * MIN));
    const r = await submitExam(u.id, exam.id, { now: at(30 * MIN) });
    if (!r.ok || r.exam.status === "OPEN") throw new Error("expected a closed attempt");
    expect(r.exam).toMatchObject({ status: "SUBMITTED", passed: true, closedAt: at(30 * MIN).toISOString() });
    expect(r.exam.score).toBeCloseTo(10 / 12, 10);
    expect(r.exam.questions.map((q) => q.correct)).toEqual([...Array(10).fill(true), false, false]);
    for (const [i, q] of r.exam.questions.entries()) {
      expect(q.answer).toBe(i < 10 ? rightAnswer(items[i]) : wrongAnswer(items[i]));
      expect(q.expectedLatex.length).toBeGreaterThan(0);
      expect(q.solution.length).toBeGreaterThan(0);
    }
    expect(r.exam.questions[11].feedback.length).toBeGreaterThan(0);
    const rows = await t.current.db.examItem.findMany({ where: { attemptId: exam.id }, orderBy: { position: "asc" } });
    expect(rows.map((row) => row.score)).toEqual([...Array(10).fill(1), 0, 0]);
  });

  it("9 of 12 (75 %) does not pass at 80 %; a second submit and later saves are refused and change nothing", async () => {
    const u = await learner(t.current.db, "b@example.com", ["pca"]);
    await learnSkills(t.current.db, u.id, "pca");
    const exam = await open(u.id, "pca", T0);
    const items = await answerExam(u.id, exam.id, 9, at(MIN));
    const r = await submitExam(u.id, exam.id, { now: at(2 * MIN) });
    expect(r).toMatchObject({ ok: true, exam: { status: "SUBMITTED", score: 0.75, passed: false } });
    expect(await submitExam(u.id, exam.id, { now: at(3 * MIN) })).toMatchObject({ ok: false, code: "closed" });
    expect(await saveAnswer(u.id, exam.id, { position: 11, answer: rightAnswer(items[11]) }, { now: at(3 * MIN) })).toMatchObject({
      ok: false, code: "closed", message: "This exam has already been submitted, so answers can no longer be changed.",
    });
    const after = await t.current.db.examAttempt.findUniqueOrThrow({ where: { id: exam.id }, include: { items: { orderBy: { position: "asc" } } } });
    expect(after).toMatchObject({ score: 0.75, closedAt: at(2 * MIN) });
    expect(after.items[11].answerText).toBe(wrongAnswer(items[11]));
  });

  it("submitting after the deadline closes the attempt as expired, graded on what was saved", async () => {
    const u = await learner(t.current.db, "c@example.com", ["pca"]);
    await learnSkills(t.current.db, u.id, "pca");
    const exam = await open(u.id, "pca", T0);
    await answerExam(u.id, exam.id, 12, at(MIN));
    const r = await submitExam(u.id, exam.id, { now: at(61 * MIN) });
    expect(r).toMatchObject({ ok: true, exam: { status: "EXPIRED", score: 1, passed: true, closedAt: at(60 * MIN).toISOString() } });
  });
});

describe("retakes", () => {
  it("wait 24 h after the attempt closed; every attempt is kept and a retake has new seeds", async () => {
    const u = await learner(t.current.db, "d@example.com", ["pca"]);
    await learnSkills(t.current.db, u.id, "pca");
    const first = await open(u.id, "pca", T0);
    await submitExam(u.id, first.id, { now: at(10 * MIN) });
    const early = await startExam(u.id, "pca", { now: at(10 * MIN + 23 * HOUR) });
    expect(early).toEqual({ ok: false, code: "cooldown", message: "You can retake this exam in 1 h (at 2026-11-25 10:10 UTC).", retryAfterSeconds: 3600 });
    const second = await open(u.id, "pca", at(10 * MIN + 24 * HOUR));
    expect(second.id).not.toBe(first.id);
    const seeds = await t.current.db.examItem.findMany({ where: { attemptId: { in: [first.id, second.id] } }, select: { attemptId: true, seed: true } });
    const firstSeeds = new Set(seeds.filter((s) => s.attemptId === first.id).map((s) => s.seed));
    expect(seeds.filter((s) => s.attemptId === second.id && firstSeeds.has(s.seed))).toEqual([]);
    expect(await t.current.db.examAttempt.count({ where: { userId: u.id } })).toBe(2);
  });
});

describe("overview", () => {
  it("per enrolled course: locked with what is missing, open, cooldown, history; an overdue attempt is closed when listed", async () => {
    const u = await learner(t.current.db, "e@example.com", ["linear-algebra", "pca"]);
    await learnSkills(t.current.db, u.id, "pca");
    await learnSkills(t.current.db, u.id, "linear-algebra", 40);
    const exam = await open(u.id, "pca", T0);
    const during = await examOverview(u.id, { now: at(30 * MIN) });
    expect(during.map((c) => [c.course, c.state])).toEqual([["linear-algebra", "locked"], ["pca", "open"]]);
    expect(during[0].eligibility).toMatchObject({ learned: 40, total: 54, required: 44 });
    expect(during[0].missingTitles).toHaveLength(14);
    expect(during[1].open?.id).toBe(exam.id);
    const later = await examOverview(u.id, { now: at(2 * HOUR) });
    expect(later[1]).toMatchObject({ state: "cooldown", retakeAt: at(60 * MIN + 24 * HOUR), open: null });
    expect(later[1].history).toMatchObject([{ id: exam.id, status: "EXPIRED", score: 0, passed: false, closedAt: at(60 * MIN) }]);
    const next = await examOverview(u.id, { now: at(26 * HOUR) });
    expect(next[1].state).toBe("available");
  });
});

describe("certificates", () => {
  it("a passed exam of a fully mastered course issues the course certificate; a failed one issues nothing", async () => {
    const u = await learner(t.current.db, "f@example.com", ["pca"]);
    await learnSkills(t.current.db, u.id, "pca");
    const failed = await open(u.id, "pca", T0);
    await answerExam(u.id, failed.id, 6, at(MIN));
    await submitExam(u.id, failed.id, { now: at(2 * MIN) });
    expect(await t.current.db.certificate.count()).toBe(0);
    const passed = await open(u.id, "pca", at(25 * HOUR));
    await answerExam(u.id, passed.id, 12, at(25 * HOUR + MIN));
    await submitExam(u.id, passed.id, { now: at(25 * HOUR + 2 * MIN) });
    const certs = await t.current.db.certificate.findMany({ where: { userId: u.id } });
    expect(certs.map((c) => [c.credential, c.examAttemptId])).toEqual([["pca", passed.id]]);
  });
});
