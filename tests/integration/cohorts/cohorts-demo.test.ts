import { describe, expect, it } from "vitest";
import { demoCohortJoinCode, seedDemoCohort } from "@/lib/server/cohorts/demo";
import { joinCohort } from "@/lib/server/cohorts/membership";
import { runSeedSteps } from "../../../scripts/db/seed";
import { useTestDatabase } from "../../helpers/db";
import { makeUser } from "./fixtures";

const t = useTestDatabase();

describe("demo cohort seed", () => {
  it("creates one cohort run by the demo instructor with the demo learner, whose printed code works", async () => {
    expect(await runSeedSteps()).toContain("demo-cohort");
    await seedDemoCohort(); // a second run (e.g. by hand) adds nothing
    const cohorts = await t.current.db.cohort.findMany({ include: { instructors: { include: { user: true } }, members: { include: { user: true } } } });
    expect(cohorts).toHaveLength(1);
    expect(cohorts[0].instructors.map((i) => i.user.email)).toEqual(["instructor@example.com"]);
    expect(cohorts[0].members.map((m) => m.user.email)).toEqual(["learner@example.com"]);
    expect(cohorts[0].courses).toEqual(["linear-algebra", "multivariate-calculus", "pca"]);
    const code = await demoCohortJoinCode();
    expect(code).toBe(cohorts[0].joinCode);
    const newcomer = await makeUser(t.current.db);
    expect(await joinCohort(newcomer, code!)).toMatchObject({ ok: true, already: false });
  });
});
