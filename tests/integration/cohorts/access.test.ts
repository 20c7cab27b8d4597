import { beforeEach, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { cohortAccess, learnerInCohort, staffCohortIds, staffCohortSql, staffCohortWhere } from "@/lib/server/cohorts/access";
import { truncateAll, useTestDatabase } from "../../helpers/db";
import { makePersonas, type Personas } from "./fixtures";

const t = useTestDatabase();
let p: Personas;

beforeEach(async () => {
  await truncateAll(t.current.db);
  p = await makePersonas(t.current.db);
});

describe("cohortAccess", () => {
  it("allows the cohort's instructor and admins, refuses everyone else with the right kind", async () => {
    const db = t.current.db;
    expect(await cohortAccess(null, p.cohortId, db)).toBe("anonymous");
    expect(await cohortAccess(p.learner, p.cohortId, db)).toBe("forbidden");
    expect(await cohortAccess(p.learnerOfCohort, p.cohortId, db)).toBe("forbidden");
    expect(await cohortAccess(p.instructorOfOtherCohort, p.cohortId, db)).toBe("forbidden");
    expect(await cohortAccess(p.instructorOfCohort, p.cohortId, db)).toBe("ok");
    expect(await cohortAccess(p.admin, p.cohortId, db)).toBe("ok");
  });

  it("says not-found to staff for an unknown cohort, forbidden to learners (no probing)", async () => {
    const db = t.current.db;
    expect(await cohortAccess(p.admin, "ckunknown000000000000000", db)).toBe("not-found");
    expect(await cohortAccess(p.instructorOfCohort, "x".repeat(500), db)).toBe("not-found");
    expect(await cohortAccess(p.learner, "ckunknown000000000000000", db)).toBe("forbidden");
  });

  it("follows a role change at once: a demoted instructor loses access to their cohort", async () => {
    const demoted = { ...p.instructorOfCohort, role: "LEARNER" as const };
    expect(await cohortAccess(demoted, p.cohortId, t.current.db)).toBe("forbidden");
  });
});

describe("learnerInCohort", () => {
  it("is true only for members of that cohort", async () => {
    expect(await learnerInCohort(p.cohortId, p.learnerOfCohort.id)).toBe(true);
    expect(await learnerInCohort(p.otherCohortId, p.learnerOfCohort.id)).toBe(false);
    expect(await learnerInCohort(p.cohortId, p.learner.id)).toBe(false);
    expect(await learnerInCohort(p.cohortId, "")).toBe(false);
  });
});

describe("staff listings", () => {
  it("staffCohortIds, staffCohortWhere and staffCohortSql agree on who sees which cohort", async () => {
    const db = t.current.db;
    for (const [user, expected] of [
      [p.instructorOfCohort, [p.cohortId]],
      [p.instructorOfOtherCohort, [p.otherCohortId]],
      [p.admin, [p.cohortId, p.otherCohortId]],
      [p.learnerOfCohort, []],
    ] as const) {
      const ids = await staffCohortIds(user, db);
      expect(ids === null ? [p.cohortId, p.otherCohortId] : ids, user.name).toEqual(expect.arrayContaining([...expected]));
      const viaWhere = await db.cohort.findMany({ where: staffCohortWhere(user), select: { id: true } });
      expect(viaWhere.map((c) => c.id).sort()).toEqual([...expected].sort());
      const viaSql = await db.$queryRaw<{ id: string }[]>`SELECT c."id" FROM "Cohort" c WHERE ${staffCohortSql(user, Prisma.sql`c."id"`)}`;
      expect(viaSql.map((c) => c.id).sort()).toEqual([...expected].sort());
    }
  });
});
