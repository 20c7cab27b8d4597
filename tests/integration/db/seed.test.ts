import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, runSeedSteps, type SeedStep } from "../../../scripts/db/seed";
import { verifyCredentials } from "@/lib/server/users";
import { useTestDatabase } from "../../helpers/db";

const t = useTestDatabase();

describe("demo seed", () => {
  it("creates a learner, an instructor and an admin whose printed passwords work", async () => {
    expect(await runSeedSteps()).toEqual(["demo-users", "demo-cohort"]);
    const users = await t.current.db.user.findMany({ orderBy: { email: "asc" } });
    expect(users.map((u) => [u.email, u.role])).toEqual([
      ["admin@example.com", "ADMIN"],
      ["instructor@example.com", "INSTRUCTOR"],
      ["learner@example.com", "LEARNER"],
    ]);
    for (const account of DEMO_ACCOUNTS) {
      expect(await verifyCredentials(account.email, account.password)).toMatchObject({ role: account.role });
    }
  });

  it("runs each step once per database, and a step added later still runs", async () => {
    await t.current.db.user.update({ where: { email: "learner@example.com" }, data: { name: "Renamed" } });
    expect(await runSeedSteps()).toEqual([]);
    expect((await t.current.db.user.findUniqueOrThrow({ where: { email: "learner@example.com" } })).name).toBe("Renamed");

    let runs = 0;
    const later: SeedStep = { name: "later-step", run: async () => void runs++ };
    expect(await runSeedSteps([...[], later])).toEqual(["later-step"]);
    expect(await runSeedSteps([later])).toEqual([]);
    expect(runs).toBe(1);
  });
});
