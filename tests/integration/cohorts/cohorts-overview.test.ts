// /teach headline figures against numbers worked out by hand for a small cohort.
import { beforeEach, describe, expect, it } from "vitest";
import { curriculum } from "@/exercises/curriculum";
import { cohortsIRun } from "@/lib/server/cohorts/overview";
import { searchUsers, setUserRole } from "@/lib/server/cohorts/roles";
import { newMemory } from "@/lib/scheduling";
import { truncateAll, useTestDatabase } from "../../helpers/db";
import { makeCohort, makePersonas, makeUser, type Personas } from "./fixtures";

const t = useTestDatabase();
const NOW = new Date("2026-03-10T12:00:00Z");
const DAY = 86_400_000;
const la = curriculum.skills.filter((s) => s.course === "linear-algebra").map((s) => s.id);
let p: Personas;

beforeEach(async () => {
  await truncateAll(t.current.db);
  p = await makePersonas(t.current.db);
});

async function attemptsAt(userId: string, times: Date[]) {
  for (const at of times) {
    const problem = await t.current.db.issuedProblem.create({
      data: { userId, skillId: la[0], seed: 1, level: 1, localDate: "2026-03-01", source: "PRACTICE", issuedAt: at, answeredAt: at },
    });
    await t.current.db.attempt.create({
      data: {
        userId, clientId: problem.id, problemId: problem.id, skillId: la[0], answerText: "1", verdict: {}, mistakes: [],
        correct: true, score: 1, timeTakenMs: 1000, usedHint: false, gaveUp: false, rating: "good", createdAt: at,
      },
    });
  }
}

async function mastered(userId: string, count: number) {
  await t.current.db.skillState.createMany({
    data: la.slice(0, count).map((skillId) => ({
      userId, skillId, memory: { ...newMemory(skillId, NOW), state: "review", reps: 4, successes: 4, stability: 30 },
    })),
  });
}

describe("cohortsIRun", () => {
  it("gives members, active learners, reviews in the last 7 days and the median mastery per course", async () => {
    const db = t.current.db;
    // p.learnerOfCohort + three more: 4 members with 0, 6, 12 and 27 mastered LA skills of 54
    // → shares 0, 1/9, 2/9, 1/2 → median (1/9 + 2/9) / 2 = 1/6.
    const extra = await Promise.all([0, 1, 2].map(() => makeUser(db)));
    await db.cohortMember.createMany({ data: extra.map((u) => ({ cohortId: p.cohortId, userId: u.id })) });
    await mastered(extra[0].id, 6);
    await mastered(extra[1].id, 12);
    await mastered(extra[2].id, 27);
    // Activity: learnerOfCohort 2 reviews in the window; extra[0] 1 in, 1 just outside (7 days + 1 ms ago);
    // extra[1] only long ago; extra[2] none → 2 active, 3 reviews.
    await attemptsAt(p.learnerOfCohort.id, [new Date(NOW.getTime() - DAY), new Date(NOW.getTime() - 2 * DAY)]);
    await attemptsAt(extra[0].id, [new Date(NOW.getTime() - 7 * DAY), new Date(NOW.getTime() - 7 * DAY - 1)]);
    await attemptsAt(extra[1].id, [new Date(NOW.getTime() - 30 * DAY)]);
    const rows = await cohortsIRun(p.instructorOfCohort, NOW);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: p.cohortId, members: 4, activeLast7Days: 2, reviewsLast7Days: 3 });
    expect(rows[0].medianMastery["linear-algebra"]).toBeCloseTo(1 / 6, 12);
  });

  it("shows an empty cohort with zeros and no median, and only the cohorts the caller runs", async () => {
    const emptyId = await makeCohort(t.current.db, p.instructorOfCohort.id, "Empty");
    const rows = await cohortsIRun(p.instructorOfCohort, NOW);
    expect(rows.map((r) => r.id).sort()).toEqual([p.cohortId, emptyId].sort());
    expect(rows.find((r) => r.id === emptyId)).toMatchObject({ members: 0, activeLast7Days: 0, reviewsLast7Days: 0, medianMastery: { "linear-algebra": null } });
    expect((await cohortsIRun(p.instructorOfOtherCohort, NOW)).map((r) => r.id)).toEqual([p.otherCohortId]);
    expect(await cohortsIRun(p.learnerOfCohort, NOW)).toEqual([]);
    expect((await cohortsIRun(p.admin, NOW)).length).toBe(3);
  });
});

describe("admin roles", () => {
  it("an admin makes a learner an instructor and back; others cannot", async () => {
    expect(await setUserRole(p.admin, p.learner.id, "INSTRUCTOR")).toMatchObject({ ok: true, message: "Lea is now an instructor." });
    expect((await t.current.db.user.findUniqueOrThrow({ where: { id: p.learner.id } })).role).toBe("INSTRUCTOR");
    expect(await setUserRole(p.admin, p.learner.id, "LEARNER")).toMatchObject({ ok: true, message: "Lea is now a learner." });
    expect((await t.current.db.user.findUniqueOrThrow({ where: { id: p.learner.id } })).role).toBe("LEARNER");
    expect(await setUserRole(p.instructorOfCohort, p.learner.id, "INSTRUCTOR")).toMatchObject({ code: "forbidden" });
    expect(await setUserRole(null, p.learner.id, "INSTRUCTOR")).toMatchObject({ code: "anonymous" });
    expect(await setUserRole(p.admin, p.learner.id, "ADMIN")).toMatchObject({ code: "invalid" });
    expect(await setUserRole(p.admin, p.admin.id, "LEARNER")).toMatchObject({ code: "invalid" });
    expect(await setUserRole(p.admin, "ckmissing0000000000000000", "LEARNER")).toMatchObject({ code: "not-found" });
    expect((await t.current.db.user.findUniqueOrThrow({ where: { id: p.learner.id } })).role).toBe("LEARNER");
  });

  it("searches by name or email in any case and pages 25 at a time", async () => {
    for (let i = 0; i < 27; i += 1) await makeUser(t.current.db, "LEARNER", `Zed ${String(i).padStart(2, "0")}`);
    const first = await searchUsers(p.admin, { q: "zED", page: "1" });
    expect(first).toMatchObject({ ok: true, total: 27, pages: 2, page: 1 });
    expect(first.ok && first.users.map((u) => u.name).slice(0, 2)).toEqual(["Zed 00", "Zed 01"]);
    const second = await searchUsers(p.admin, { q: "zed", page: "2" });
    expect(second.ok && second.users.map((u) => u.name)).toEqual(["Zed 25", "Zed 26"]);
    const byEmail = await searchUsers(p.admin, { q: p.learner.email.toUpperCase() });
    expect(byEmail.ok && byEmail.users.map((u) => u.id)).toEqual([p.learner.id]);
    const junkPage = await searchUsers(p.admin, { q: "", page: "-4" });
    expect(junkPage).toMatchObject({ ok: true, page: 1, total: 32 });
    expect(await searchUsers(p.instructorOfCohort, { q: "" })).toMatchObject({ code: "forbidden" });
  });
});
