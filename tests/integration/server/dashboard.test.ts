// Cohort dashboard aggregates against figures worked out by hand on a small fixture cohort:
// Ada (active, one mastered skill, one overdue review, passed an exam), Bob (joined 10 days ago,
// never answered), Cy (three wrong answers in a row today), and Xan in ANOTHER cohort whose
// answers must never count. The clock is fixed at 2026-03-10 12:00 UTC.
import { beforeAll, describe, expect, it } from "vitest";
import { newMemory, type SkillMemory } from "@/lib/scheduling";
import { atRisk } from "@/lib/server/dashboard/at-risk";
import { activityPerDay, masteryDistribution } from "@/lib/server/dashboard/charts";
import { examResults } from "@/lib/server/dashboard/exams";
import { attemptCsvRows, memberCsvRows } from "@/lib/server/dashboard/export";
import { heatmapPage } from "@/lib/server/dashboard/heatmap";
import { itemDetail, itemSummary } from "@/lib/server/dashboard/items";
import { learnerDrillDown } from "@/lib/server/dashboard/learner";
import { membersPage } from "@/lib/server/dashboard/members";
import { membersQuery } from "@/lib/server/dashboard/params";
import { useTestDatabase } from "../../helpers/db";

const t = useTestDatabase();
const NOW = new Date("2026-03-10T12:00:00Z");
const H = 3_600_000;
const D = 24 * H;
const VEC = "la.intro.vector-add";
const MOD = "la.vectors.modulus";
const INTRO = "Introduction to Linear Algebra and to Mathematics for Machine Learning";
const VECTORS = "Vectors are objects that move around space";

const ids = { ada: "", bob: "", cy: "", xan: "", cohort: "", other: "", empty: "" };
const cohort = () => ({ id: ids.cohort, courses: ["linear-algebra"] });
let n = 0;

async function user(name: string) {
  return t.current.db.user.create({ data: { name, email: `${name.toLowerCase()}@example.com`, passwordHash: "unused" } });
}

async function makeCohort(name: string, members: { id: string; joinedAt: Date }[]) {
  const c = await t.current.db.cohort.create({
    data: { name, courses: ["linear-algebra"], startDate: new Date("2026-03-01"), joinCode: `CODE${++n}`, createdById: ids.ada },
  });
  for (const m of members) await t.current.db.cohortMember.create({ data: { cohortId: c.id, userId: m.id, joinedAt: m.joinedAt } });
  return c.id;
}

/** One daily problem and its answer at `at`. */
async function answer(userId: string, skillId: string, at: Date, correct: boolean, answerText: string, seconds: number, mistakes: string[] = []) {
  const localDate = at.toISOString().slice(0, 10);
  const p = await t.current.db.issuedProblem.create({
    data: { userId, skillId, seed: ++n, level: 1, issuedAt: at, localDate, source: "DAILY", setIndex: n, answeredAt: at },
  });
  await t.current.db.attempt.create({
    data: {
      userId, clientId: `c${n}`, problemId: p.id, skillId, answerText, verdict: { correct, score: correct ? 1 : 0, feedback: correct ? "Right." : `Check: ${mistakes.join(", ")}`, mistakes },
      mistakes, correct, score: correct ? 1 : 0, timeTakenMs: seconds * 1000, usedHint: false, gaveUp: false, rating: correct ? "good" : "again", createdAt: at,
    },
  });
}

async function memory(userId: string, skillId: string, m: Partial<SkillMemory>) {
  const full = { ...newMemory(skillId, NOW), state: "review" as const, reps: 1, lastReview: new Date(NOW.getTime() - D).toISOString(), ...m };
  await t.current.db.skillState.create({ data: { userId, skillId, memory: full } });
}

beforeAll(async () => {
  const [ada, bob, cy, xan] = [await user("Ada"), await user("Bob"), await user("Cy"), await user("Xan")];
  Object.assign(ids, { ada: ada.id, bob: bob.id, cy: cy.id, xan: xan.id });
  ids.cohort = await makeCohort("Fixture", [ada, bob, cy].map((u) => ({ id: u.id, joinedAt: new Date(NOW.getTime() - 10 * D) })));
  ids.other = await makeCohort("Other", [{ id: xan.id, joinedAt: new Date(NOW.getTime() - 10 * D) }]);
  ids.empty = await makeCohort("Empty", []);

  // Ada: 8 Mar right (20 s); 9 Mar wrong "(1, 2)" added-scalars (30 s) then right (60 s); an unanswered problem today.
  await answer(ada.id, MOD, new Date(NOW.getTime() - 2 * D), true, "5", 20);
  await answer(ada.id, VEC, new Date(NOW.getTime() - D), false, "(1, 2)", 30, ["added-scalars"]);
  await answer(ada.id, VEC, new Date(NOW.getTime() - D + H), true, "(4, 6)", 60);
  await t.current.db.issuedProblem.create({ data: { userId: ada.id, skillId: MOD, seed: 999, level: 1, localDate: "2026-03-10", source: "DAILY", setIndex: 99 } });
  await memory(ada.id, VEC, { successes: 3, stability: 30, due: new Date(NOW.getTime() + 10 * D).toISOString() });
  await memory(ada.id, MOD, { successes: 1, stability: 2, due: new Date(NOW.getTime() - 3 * D).toISOString() });
  await t.current.db.examAttempt.create({
    data: { userId: ada.id, course: "linear-algebra", status: "SUBMITTED", startedAt: new Date(NOW.getTime() - 5 * D), deadline: new Date(NOW.getTime() - 5 * D + H), score: 0.8, passMark: 0.7, passed: true },
  });

  // Cy: three wrong answers on vector-add today (10 s, 20 s, 90 s).
  await answer(cy.id, VEC, new Date(NOW.getTime() - 3 * H), false, "(3, 4)", 10, ["added-scalars"]);
  await answer(cy.id, VEC, new Date(NOW.getTime() - 2 * H), false, "(3, 4)", 20, ["added-scalars"]);
  await answer(cy.id, VEC, new Date(NOW.getTime() - H), false, "=7", 90, ["subtracted"]);

  // Xan (other cohort): would change every figure above if counted.
  await answer(xan.id, VEC, new Date(NOW.getTime() - H), false, "(9, 9)", 500, ["added-scalars"]);
});

const q = (over: Record<string, string>) => membersQuery.parse(over);

describe("members table", () => {
  it("fills every column for each member", async () => {
    const page = await membersPage(cohort(), q({}), NOW);
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.name)).toEqual(["Ada", "Bob", "Cy"]);
    const [ada, bob, cy] = page.rows;
    expect(ada).toMatchObject({
      lastActive: new Date(NOW.getTime() - D + H), dailyIssued: 4, dailyAnswered: 3, streak: 2, due: 1, overdue: 1,
      mastery: [{ course: "linear-algebra", mastered: 1, total: 54 }], certificates: [],
    });
    expect(ada.exams).toEqual([{ course: "linear-algebra", status: "SUBMITTED", score: 0.8, passed: true }]);
    expect(bob).toMatchObject({ lastActive: null, dailyIssued: 0, streak: 0, due: 0, overdue: 0, exams: [] });
    expect(cy).toMatchObject({ dailyIssued: 3, dailyAnswered: 3, streak: 1 });
  });

  it("sorts by an aggregate with the unknown values last, filters and searches", async () => {
    const names = async (over: Record<string, string>) => (await membersPage(cohort(), q(over), NOW)).rows.map((r) => r.name);
    expect(await names({ sort: "lastActive", dir: "desc" })).toEqual(["Cy", "Ada", "Bob"]);
    expect(await names({ sort: "mastery", dir: "desc" })).toEqual(["Ada", "Bob", "Cy"]);
    expect(await names({ sort: "overdue", dir: "desc" })).toEqual(["Ada", "Bob", "Cy"]);
    expect(await names({ filter: "inactive" })).toEqual(["Bob"]);
    expect(await names({ filter: "exam-passed" })).toEqual(["Ada"]);
    expect(await names({ filter: "no-exam" })).toEqual(["Bob", "Cy"]);
    expect(await names({ q: "CY" })).toEqual(["Cy"]);
    expect(await names({ q: "%" })).toEqual([]);
  });

  it("counts the streak in the learner's own time zone", async () => {
    // 02:00 and 16:00 UTC on 9 March are 11:00 on the 9th and 01:00 on the 10th in Tokyo.
    const kei = await t.current.db.user.create({ data: { name: "Kei", email: "kei@example.com", passwordHash: "unused", timeZone: "Asia/Tokyo" } });
    await t.current.db.cohortMember.create({ data: { cohortId: ids.other, userId: kei.id } });
    await answer(kei.id, MOD, new Date("2026-03-09T02:00:00Z"), true, "5", 20);
    await answer(kei.id, MOD, new Date("2026-03-09T16:00:00Z"), true, "5", 20);
    const page = await membersPage({ id: ids.other, courses: ["linear-algebra"] }, q({ q: "Kei" }), NOW);
    expect(page.rows.map((r) => [r.name, r.streak])).toEqual([["Kei", 2]]);
    await t.current.db.user.update({ where: { id: kei.id }, data: { timeZone: "UTC" } });
    const utc = await membersPage({ id: ids.other, courses: ["linear-algebra"] }, q({ q: "Kei" }), NOW);
    expect(utc.rows[0]?.streak).toBe(1);
  });

  it("past the last page: no rows but the right total", async () => {
    const page = await membersPage(cohort(), q({ page: "5" }), NOW);
    expect(page).toMatchObject({ rows: [], total: 3, pages: 1 });
  });
});

describe("item analysis", () => {
  it("summarises each skill from the cohort's answers only", async () => {
    const rows = await itemSummary(ids.cohort, "30", NOW);
    expect(rows.map((r) => r.skillId)).toEqual([VEC, MOD]);
    // vector-add: 5 answers by Ada and Cy, both wrong first; 1 right of 5; times 10,20,30,60,90 s.
    expect(rows[0]).toMatchObject({ attempts: 5, learners: 2, firstTryShare: 0, correctShare: 0.2, medianMs: 30_000, topMistake: "added-scalars" });
    expect(rows[1]).toMatchObject({ attempts: 1, learners: 1, firstTryShare: 1, correctShare: 1, medianMs: 20_000, topMistake: null });
  });

  it("lists a skill's mistakes with counts and distinct example answers", async () => {
    const r = await itemDetail(cohort(), VEC, "30", NOW);
    expect(r.ok && r.detail?.mistakes).toEqual([
      { tag: "added-scalars", count: 3, examples: ["(1, 2)", "(3, 4)"] },
      { tag: "subtracted", count: 1, examples: ["=7"] },
    ]);
  });

  it("a window leaves older answers out; a skill outside the courses is refused", async () => {
    // Seven days back from NOW + 7 d − 4 h starts at NOW − 4 h: Cy's three answers only.
    const week = await itemSummary(ids.cohort, "7", new Date(NOW.getTime() + 7 * D - 4 * H));
    expect(week.map((r) => [r.skillId, r.attempts])).toEqual([[VEC, 3]]);
    expect(await itemDetail(cohort(), "pca.stats.mean", "30", NOW)).toEqual({ ok: false, message: expect.stringMatching(/not a skill of this cohort/) });
  });
});

describe("at-risk, heatmap, charts, exams", () => {
  it("lists the inactive and the repeatedly failing learner with their reasons", async () => {
    const r = await atRisk(ids.cohort, NOW);
    expect(r.total).toBe(2);
    expect(r.learners).toEqual([
      { userId: ids.bob, name: "Bob", reasons: [{ kind: "inactive", lastActive: null }] },
      { userId: ids.cy, name: "Cy", reasons: [{ kind: "failing", skills: [VEC] }] },
    ]);
  });

  it("heatmap cells are the share of each module mastered", async () => {
    const h = await heatmapPage(cohort(), 1);
    expect(h.modules.slice(0, 2)).toEqual([{ module: INTRO, course: "linear-algebra", total: 2 }, { module: VECTORS, course: "linear-algebra", total: 10 }]);
    expect(h.learners.map((l) => [l.name, l.shares[0], l.shares[1]])).toEqual([["Ada", 0.5, 0], ["Bob", 0, 0], ["Cy", 0, 0]]);
  });

  it("activity per UTC day and the mastery bands per module", async () => {
    const days = await activityPerDay(ids.cohort, NOW, 4);
    expect(days).toEqual([
      { date: "2026-03-07", answers: 0, learners: 0 },
      { date: "2026-03-08", answers: 1, learners: 1 },
      { date: "2026-03-09", answers: 2, learners: 1 },
      { date: "2026-03-10", answers: 3, learners: 1 },
    ]);
    const dist = await masteryDistribution(cohort());
    expect(dist.find((m) => m.module === INTRO)?.learners).toEqual([2, 0, 1, 0, 0]);
    expect(dist.find((m) => m.module === VECTORS)?.learners).toEqual([3, 0, 0, 0, 0]);
  });

  it("exam results per course and per attempt", async () => {
    const e = await examResults(ids.cohort, 1);
    expect(e.summary).toEqual([{ course: "linear-algebra", sat: 1, passed: 1, medianScore: 0.8 }]);
    expect(e.rows.map((r) => [r.name, r.score, r.passed])).toEqual([["Ada", 0.8, true]]);
  });

  it("drill-down: recent answers with their feedback, newest first", async () => {
    const d = await learnerDrillDown(ids.cy, NOW);
    expect(d?.attempts.map((a) => [a.answerText, a.feedback])).toEqual([["=7", "Check: subtracted"], ["(3, 4)", "Check: added-scalars"], ["(3, 4)", "Check: added-scalars"]]);
  });
});

describe("CSV rows", () => {
  const collect = async (it: AsyncIterable<unknown[][]>) => {
    const out: unknown[][] = [];
    for await (const batch of it) out.push(...batch);
    return out;
  };

  it("members: one row per member; an empty cohort gives none", async () => {
    const rows = await collect(memberCsvRows(cohort(), NOW));
    const byId = [["Ada", ids.ada], ["Bob", ids.bob], ["Cy", ids.cy]].sort((a, b) => (a[1] < b[1] ? -1 : 1));
    expect(rows.map((r) => r[1])).toEqual(byId.map(([name]) => name));
    expect(await collect(memberCsvRows({ id: ids.empty, courses: ["linear-algebra"] }, NOW))).toEqual([]);
  });

  it("attempts: the cohort's six answers, per learner oldest first, none of the other cohort's", async () => {
    const rows = await collect(attemptCsvRows(ids.cohort, "all", NOW));
    expect(rows).toHaveLength(6);
    expect(rows.some((r) => r[1] === ids.xan)).toBe(false);
    const cy = rows.filter((r) => r[1] === ids.cy).map((r) => r[6]);
    expect(cy).toEqual(["(3, 4)", "(3, 4)", "=7"]);
    expect(await collect(attemptCsvRows(ids.cohort, "all", NOW, MOD))).toHaveLength(1);
  });
});
