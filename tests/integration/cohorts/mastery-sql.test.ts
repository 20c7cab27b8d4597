// The SQL mastery rule against lib/scheduling isMastered on random memories (a different route:
// JSON in Postgres vs the TypeScript predicate), plus a hand-computed fixture.
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { curriculum } from "@/exercises/curriculum";
import { learnerMasterySql } from "@/lib/server/cohorts/mastery-sql";
import { isMastered, newMemory, type SkillMemory } from "@/lib/scheduling";
import { truncateAll, useTestDatabase } from "../../helpers/db";
import { makeCohort, makeUser } from "./fixtures";

const t = useTestDatabase();
const NOW = new Date("2026-03-10T12:00:00Z");
const la = curriculum.skills.filter((s) => s.course === "linear-algebra").map((s) => s.id);
const pca = curriculum.skills.filter((s) => s.course === "pca").map((s) => s.id);

beforeEach(async () => {
  await truncateAll(t.current.db);
});

type Row = { userId: string; bucket: string; mastered: number; total: number; share: number };

function memory(skillId: string, successes: number, stability: number): SkillMemory {
  return { ...newMemory(skillId, NOW), state: "review", reps: successes + 1, successes, stability, lastRating: "good" };
}

async function masteryOf(cohortId: string, by: "course" | "module", only?: string[]): Promise<Row[]> {
  const members = Prisma.sql`SELECT "userId" FROM "CohortMember" WHERE "cohortId" = ${cohortId}`;
  return t.current.db.$queryRaw<Row[]>`${learnerMasterySql(members, by, only)}`;
}

describe("learnerMasterySql", () => {
  it("counts mastered skills per course on a hand-made fixture, zero rows for learners with none", async () => {
    const db = t.current.db;
    const staff = await makeUser(db, "INSTRUCTOR");
    const cohortId = await makeCohort(db, staff.id);
    const a = await makeUser(db);
    const b = await makeUser(db);
    const outsider = await makeUser(db);
    await db.cohortMember.createMany({ data: [{ cohortId, userId: a.id }, { cohortId, userId: b.id }] });
    const states = [
      [a.id, memory(la[0], 3, 21)], // mastered: both thresholds met exactly
      [a.id, memory(la[1], 5, 40)], // mastered
      [a.id, memory(la[2], 2, 99)], // too few successes
      [a.id, memory(la[3], 9, 20.9)], // not stable enough
      [a.id, memory(pca[0], 4, 30)], // mastered, other course
      [b.id, memory(la[0], 1, 3)],
      [outsider.id, memory(la[0], 9, 99)], // not a member: never counted
    ] as const;
    await db.skillState.createMany({ data: states.map(([userId, m]) => ({ userId, skillId: m.skillId, memory: m })) });
    const rows = await masteryOf(cohortId, "course", ["linear-algebra", "pca"]);
    const pick = (userId: string, bucket: string) => rows.find((r) => r.userId === userId && r.bucket === bucket);
    expect(rows).toHaveLength(4);
    expect(pick(a.id, "linear-algebra")).toMatchObject({ mastered: 2, total: 54 });
    expect(pick(a.id, "linear-algebra")?.share).toBeCloseTo(2 / 54, 12);
    expect(pick(a.id, "pca")).toMatchObject({ mastered: 1, total: 20, share: 0.05 });
    expect(pick(b.id, "linear-algebra")).toMatchObject({ mastered: 0, total: 54, share: 0 });
    expect(rows.some((r) => r.userId === outsider.id)).toBe(false);
  });

  it("agrees with isMastered for random memories around the thresholds, per module", async () => {
    const db = t.current.db;
    const staff = await makeUser(db, "INSTRUCTOR");
    const cohortId = await makeCohort(db, staff.id);
    const learners = await Promise.all([0, 1, 2, 3].map(() => makeUser(db)));
    await db.cohortMember.createMany({ data: learners.map((l) => ({ cohortId, userId: l.id })) });
    const skills = curriculum.skills;
    const arb = fc.record({
      learner: fc.integer({ min: 0, max: learners.length - 1 }),
      skill: fc.integer({ min: 0, max: skills.length - 1 }),
      successes: fc.integer({ min: 0, max: 6 }),
      stability: fc.oneof(fc.constantFrom(20.999, 21, 21.001, 0), fc.double({ min: 0, max: 60, noNaN: true })),
    });
    const samples = fc.sample(arb, { numRuns: 300, seed: 42 });
    const byKey = new Map<string, SkillMemory & { userId: string }>();
    for (const s of samples) {
      const m = memory(skills[s.skill].id, s.successes, s.stability);
      byKey.set(`${s.learner}|${m.skillId}`, { ...m, userId: learners[s.learner].id });
    }
    const stored = [...byKey.values()];
    await db.skillState.createMany({ data: stored.map(({ userId, ...m }) => ({ userId, skillId: m.skillId, memory: m })) });
    const expected = new Map<string, number>();
    for (const m of stored) {
      if (!isMastered(m)) continue;
      const key = `${m.userId}|${curriculum.byId.get(m.skillId)!.module}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const rows = await masteryOf(cohortId, "module");
    const modules = new Set(skills.map((s) => s.module));
    expect(rows).toHaveLength(learners.length * modules.size);
    for (const r of rows) expect(r.mastered, `${r.userId} ${r.bucket}`).toBe(expected.get(`${r.userId}|${r.bucket}`) ?? 0);
    expect([...expected.values()].reduce((x, y) => x + y, 0)).toBeGreaterThan(5);
  });
});
