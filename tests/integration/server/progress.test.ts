import { beforeEach, describe, expect, it } from "vitest";
import { getGenerator } from "@/exercises/registry";
import { recordAttempt } from "@/lib/server/attempts";
import { enrol, todaysSet } from "@/lib/server/learning";
import { progressOf, streakFrom } from "@/lib/server/progress";
import { updateSettings } from "@/lib/server/settings";
import { truncateAll, useTestDatabase } from "../../helpers/db";

const t = useTestDatabase();
const DAY = 86_400_000;

beforeEach(async () => {
  await truncateAll(t.current.db);
});

async function newLearner(timeZone = "UTC") {
  const u = await t.current.db.user.create({ data: { email: `${Math.random()}@example.com`, name: "L", passwordHash: "unused", timeZone } });
  return { id: u.id, timeZone: u.timeZone, dailyGoal: u.dailyGoal };
}

/** Answers the first unanswered problem of the day's set correctly, at `now`. */
async function answerOne(l: { id: string; timeZone: string; dailyGoal: number }, now: Date) {
  const set = await todaysSet(l, now);
  if (!set.enrolled) throw new Error("not enrolled");
  const item = set.items.find((i) => !i.answered)!;
  const row = await t.current.db.issuedProblem.findUniqueOrThrow({ where: { id: item.problemId } });
  const answer = getGenerator(row.skillId)!.generate(row.seed, row.level).answer.text;
  const r = await recordAttempt(l.id, { problemId: row.id, clientId: `c-${now.getTime()}-${row.id}`, answer, timeTakenMs: 60_000, usedHint: false, gaveUp: false }, { now });
  expect(r.ok).toBe(true);
  return row.skillId;
}

describe("streakFrom", () => {
  it("counts consecutive days back from today, or from yesterday while today is still open", () => {
    expect(streakFrom(new Set(["2026-03-08", "2026-03-09", "2026-03-10"]), "2026-03-10")).toBe(3);
    expect(streakFrom(new Set(["2026-03-08", "2026-03-09"]), "2026-03-10")).toBe(2);
    expect(streakFrom(new Set(["2026-03-07", "2026-03-09", "2026-03-10"]), "2026-03-10")).toBe(2);
    expect(streakFrom(new Set(["2026-03-08"]), "2026-03-10")).toBe(0);
    expect(streakFrom(new Set(["2026-02-28", "2026-03-01"]), "2026-03-01")).toBe(2);
  });
});

describe("progressOf", () => {
  it("reflects answers: reviews per day, streak, the answered skill learning and due next week", async () => {
    const l = await newLearner();
    await enrol(l.id, ["linear-algebra"]);
    const day1 = new Date("2026-03-09T10:00:00Z");
    const day2 = new Date(day1.getTime() + DAY);
    await answerOne(l, day1);
    const skill = await answerOne(l, day2);
    const p = await progressOf(l, new Date(day2.getTime() + 60_000));
    expect(p.totalAttempts).toBe(2);
    expect(p.streak).toBe(2);
    expect(p.reviewsPerDay.at(-1)).toEqual({ date: "2026-03-10", reviews: 1, correct: 1 });
    expect(p.reviewsPerDay.at(-2)).toEqual({ date: "2026-03-09", reviews: 1, correct: 1 });
    const skills = p.courses[0].modules.flatMap((m) => m.skills);
    expect(skills.find((s) => s.id === skill)?.status).toBe("learning");
    expect(p.courses[0].summary.learning).toBeGreaterThanOrEqual(1);
    // A first "good" review (60 s: neither fast nor slow) is due again within days: inside the 7-day forecast.
    expect(p.dueNext7Days).toBeGreaterThanOrEqual(1);
    expect(p.retention[0].recall).toBeGreaterThan(p.retention[30].recall);
  });

  it("only shows enrolled courses", async () => {
    const l = await newLearner();
    expect((await progressOf(l)).courses).toEqual([]);
    await enrol(l.id, ["pca"]);
    expect((await progressOf(l)).courses.map((c) => c.course)).toEqual(["pca"]);
  });
});

describe("updateSettings", () => {
  it("stores a valid zone and goal; an unknown zone becomes UTC with a notice; a bad goal is refused", async () => {
    const l = await newLearner();
    expect(await updateSettings(l.id, { timeZone: "Pacific/Honolulu", dailyGoal: "15" })).toEqual({ ok: true, timeZone: "Pacific/Honolulu", dailyGoal: 15, notice: undefined });
    const bad = await updateSettings(l.id, { timeZone: "Mars/Olympus", dailyGoal: "15" });
    expect(bad).toMatchObject({ ok: true, timeZone: "UTC", notice: expect.stringMatching(/not a time zone we know/) });
    expect(await t.current.db.user.findUniqueOrThrow({ where: { id: l.id } })).toMatchObject({ timeZone: "UTC", dailyGoal: 15 });
    expect(await updateSettings(l.id, { timeZone: "UTC", dailyGoal: "0" })).toMatchObject({ ok: false, field: "dailyGoal", message: /at least 1/ });
    expect(await updateSettings(l.id, { timeZone: "UTC", dailyGoal: "2.5" })).toMatchObject({ ok: false, field: "dailyGoal" });
    expect((await t.current.db.user.findUniqueOrThrow({ where: { id: l.id } })).dailyGoal).toBe(15);
  });
});
