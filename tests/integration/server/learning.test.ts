import { beforeEach, describe, expect, it } from "vitest";
import { getGenerator } from "@/exercises/registry";
import { recordAttempt } from "@/lib/server/attempts";
import { enrol, issuePracticeProblem, todaysSet, type Learner } from "@/lib/server/learning";
import { truncateAll, useTestDatabase } from "../../helpers/db";

const t = useTestDatabase();
const NOW = new Date("2026-03-10T09:00:00Z");

async function learner(email: string, timeZone = "UTC"): Promise<Learner> {
  const u = await t.current.db.user.create({ data: { email, name: email, passwordHash: "unused", timeZone } });
  return { id: u.id, timeZone: u.timeZone, dailyGoal: u.dailyGoal };
}

async function firstProblem(l: Learner) {
  await enrol(l.id, ["linear-algebra", "multivariate-calculus", "pca"]);
  const set = await todaysSet(l, NOW);
  if (!set.enrolled) throw new Error("not enrolled");
  const row = await t.current.db.issuedProblem.findUniqueOrThrow({ where: { id: set.items[0].problemId } });
  const problem = getGenerator(row.skillId)!.generate(row.seed, row.level);
  return { row, problem };
}

const submission = (problemId: string, answer: string, clientId = `client-${Math.random().toString(36).slice(2)}`) => ({
  problemId, clientId, answer, timeTakenMs: 40_000, usedHint: false, gaveUp: false,
});

async function counts() {
  const db = t.current.db;
  return { attempts: await db.attempt.count(), logs: await db.reviewLog.count(), states: await db.skillState.count() };
}

beforeEach(async () => {
  await truncateAll(t.current.db);
});

describe("enrolment and today's set", () => {
  it("refuses unknown or no courses, and shows no set before enrolment", async () => {
    const l = await learner("a@example.com");
    expect(await todaysSet(l, NOW)).toEqual({ enrolled: false });
    expect(await enrol(l.id, [])).toMatchObject({ ok: false, message: /at least one course/ });
    expect(await enrol(l.id, ["astrology"])).toMatchObject({ ok: false, message: /does not exist/ });
    expect(await t.current.db.enrolment.count()).toBe(0);
  });

  it("writes the set once per local day: a reload gives the same problems, more practice appends", async () => {
    const l = await learner("b@example.com");
    await enrol(l.id, ["linear-algebra"]);
    const first = await todaysSet(l, NOW);
    const again = await todaysSet(l, new Date(NOW.getTime() + 3_600_000));
    if (!first.enrolled || !again.enrolled) throw new Error("not enrolled");
    expect(first.items.length).toBeGreaterThan(0);
    expect(first.items.length).toBeLessThanOrEqual(l.dailyGoal);
    expect(again.items.map((i) => i.problemId)).toEqual(first.items.map((i) => i.problemId));
    expect(new Set(first.items.map((i) => i.course))).toEqual(new Set(["linear-algebra"]));
    const more = await todaysSet(l, NOW, 5);
    if (!more.enrolled) throw new Error("not enrolled");
    expect(more.items.slice(0, first.items.length).map((i) => i.problemId)).toEqual(first.items.map((i) => i.problemId));
    // A new learner's first set is short (only the day's new skills); more practice still adds 5.
    expect(more.items.length).toBe(first.items.length + 5);
    const evenMore = await todaysSet(l, NOW, 5);
    if (!evenMore.enrolled) throw new Error("not enrolled");
    expect(evenMore.items.length).toBe(first.items.length + 10);
    expect(evenMore.items.slice(0, more.items.length).map((i) => i.problemId)).toEqual(more.items.map((i) => i.problemId));
  });

  it("two first views at once store one set", async () => {
    const l = await learner("c@example.com");
    await enrol(l.id, ["linear-algebra"]);
    const [a, b] = await Promise.all([todaysSet(l, NOW), todaysSet(l, NOW)]);
    if (!a.enrolled || !b.enrolled) throw new Error("not enrolled");
    expect(await t.current.db.issuedProblem.count()).toBe(a.items.length);
    expect(b.items.map((i) => i.problemId)).toEqual(a.items.map((i) => i.problemId));
  });

  it("a learner in UTC+13 is already on the next day's set", async () => {
    const l = await learner("d@example.com", "Pacific/Tongatapu");
    await enrol(l.id, ["linear-algebra"]);
    const set = await todaysSet(l, new Date("2026-03-10T12:30:00Z"));
    expect(set.enrolled && set.date).toBe("2026-03-11");
  });
});

describe("recordAttempt", () => {
  it("records a correct answer with its review log and new memory, all in the same attempt", async () => {
    const l = await learner("e@example.com");
    const { row, problem } = await firstProblem(l);
    const result = await recordAttempt(l.id, submission(row.id, problem.answer.text), { now: NOW });
    expect(result).toMatchObject({ ok: true, view: { correct: true, skillId: row.skillId } });
    const attempt = await t.current.db.attempt.findFirstOrThrow({ include: { reviewLogs: true } });
    expect(attempt).toMatchObject({ answerText: problem.answer.text, correct: true, timeTakenMs: 40_000 });
    expect(attempt.reviewLogs.map((r) => [r.skillId, r.kind])).toContainEqual([row.skillId, "explicit"]);
    const state = await t.current.db.skillState.findUniqueOrThrow({ where: { userId_skillId: { userId: l.id, skillId: row.skillId } } });
    expect(state.memory).toMatchObject({ reps: 1, successes: 1 });
    expect(Date.parse((state.memory as { due: string }).due)).toBeGreaterThan(NOW.getTime());
    const issued = await t.current.db.issuedProblem.findUniqueOrThrow({ where: { id: row.id } });
    expect(issued.answeredAt).toEqual(NOW);
  });

  it("a wrong answer keeps the mistake tags, and 'I don't know' counts as a failed review", async () => {
    const l = await learner("f@example.com");
    const { row, problem } = await firstProblem(l);
    const gen = getGenerator(row.skillId)!;
    const wrong = gen.mistakeAnswers(problem)[0];
    if (wrong) {
      const r = await recordAttempt(l.id, submission(row.id, wrong.text), { now: NOW });
      expect(r).toMatchObject({ ok: true, view: { correct: false } });
      expect((await t.current.db.attempt.findFirstOrThrow()).mistakes).toContain(wrong.tag);
    } else {
      const r = await recordAttempt(l.id, { ...submission(row.id, ""), gaveUp: true }, { now: NOW });
      expect(r).toMatchObject({ ok: true, view: { correct: false, gaveUp: true } });
    }
    expect((await t.current.db.attempt.findFirstOrThrow()).rating).toBe("again");
    const state = await t.current.db.skillState.findFirstOrThrow({ where: { skillId: row.skillId } });
    expect(state.memory).toMatchObject({ reps: 1, successes: 0, lastRating: "again" });
  });

  it("a correct answer after a hint is rated hard, not good or easy", async () => {
    const l = await learner("n@example.com");
    const { row, problem } = await firstProblem(l);
    const r = await recordAttempt(l.id, { ...submission(row.id, problem.answer.text), usedHint: true, timeTakenMs: 10_000 }, { now: NOW });
    expect(r).toMatchObject({ ok: true, view: { correct: true } });
    expect(await t.current.db.attempt.findFirstOrThrow()).toMatchObject({ usedHint: true, rating: "hard" });
  });

  it("concurrent double submission with the same client id records one attempt", async () => {
    const l = await learner("g@example.com");
    const { row, problem } = await firstProblem(l);
    const body = submission(row.id, problem.answer.text, "same-client-id-123");
    const results = await Promise.all([recordAttempt(l.id, body, { now: NOW }), recordAttempt(l.id, body, { now: NOW }), recordAttempt(l.id, body, { now: NOW })]);
    for (const r of results) expect(r).toMatchObject({ ok: true, view: { correct: true, problemId: row.id } });
    expect(results.filter((r) => r.ok && !r.view.replayed).length).toBeLessThanOrEqual(1);
    expect(await t.current.db.attempt.count()).toBe(1);
    expect(await t.current.db.reviewLog.count({ where: { kind: "explicit" } })).toBe(1);
    const state = await t.current.db.skillState.findFirstOrThrow({ where: { skillId: row.skillId } });
    expect(state.memory).toMatchObject({ reps: 1 });
  });

  it("a failed transaction leaves no partial rows", async () => {
    const l = await learner("h@example.com");
    const { row, problem } = await firstProblem(l);
    const db = t.current.db;
    // The review-log insert (after the attempt insert, inside the transaction) now fails.
    await db.$executeRawUnsafe(`ALTER TABLE "ReviewLog" ADD CONSTRAINT test_refuse CHECK (false) NOT VALID`);
    try {
      await expect(recordAttempt(l.id, submission(row.id, problem.answer.text), { now: NOW })).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(`ALTER TABLE "ReviewLog" DROP CONSTRAINT test_refuse`);
    }
    expect(await counts()).toEqual({ attempts: 0, logs: 0, states: 0 });
    expect((await db.issuedProblem.findUniqueOrThrow({ where: { id: row.id } })).answeredAt).toBeNull();
    // …and the same submission succeeds afterwards.
    expect(await recordAttempt(l.id, submission(row.id, problem.answer.text), { now: NOW })).toMatchObject({ ok: true });
  });

  it("refuses never-issued, someone else's and already-answered problems, recording nothing", async () => {
    const owner = await learner("i@example.com");
    const other = await learner("j@example.com");
    const { row, problem } = await firstProblem(owner);
    expect(await recordAttempt(owner.id, submission("no-such-problem", "1"), { now: NOW })).toMatchObject({ ok: false, code: "not-issued", message: /never issued/ });
    expect(await recordAttempt(other.id, submission(row.id, problem.answer.text), { now: NOW })).toMatchObject({ ok: false, code: "not-yours", message: /another learner/ });
    expect(await counts()).toEqual({ attempts: 0, logs: 0, states: 0 });
    await recordAttempt(owner.id, submission(row.id, problem.answer.text), { now: NOW });
    const before = await counts();
    expect(await recordAttempt(owner.id, submission(row.id, problem.answer.text), { now: NOW })).toMatchObject({ ok: false, code: "already-answered", message: /already answered/ });
    expect(await counts()).toEqual(before);
  });

  it("refuses unparsable and over-long answers inline, recording nothing", async () => {
    const l = await learner("k@example.com");
    const { row } = await firstProblem(l);
    expect(await recordAttempt(l.id, submission(row.id, "((("), { now: NOW })).toMatchObject({ ok: false, code: "unparsable" });
    expect(await recordAttempt(l.id, submission(row.id, "1".repeat(2001)), { now: NOW })).toMatchObject({ ok: false, message: /too long/ });
    expect(await counts()).toEqual({ attempts: 0, logs: 0, states: 0 });
    expect((await t.current.db.issuedProblem.findUniqueOrThrow({ where: { id: row.id } })).answeredAt).toBeNull();
  });
});

describe("free practice", () => {
  it("issues problems only on unlocked skills of enrolled courses, reusing the open one", async () => {
    const l = await learner("m@example.com");
    const { row } = await firstProblem(l);
    const a = await issuePracticeProblem(l, row.skillId, NOW);
    const b = await issuePracticeProblem(l, row.skillId, NOW);
    expect(a).toMatchObject({ ok: true });
    expect(b).toEqual(a);
    expect(await issuePracticeProblem(l, "la.nope.nothing", NOW)).toMatchObject({ ok: false, code: "unknown-skill" });
  });
});
