// Demo data for local use. Each step runs once per database (recorded in "SeedRun"), so a step
// added in a later release still runs on an existing database, and users' edits are never undone.
import type { Role } from "@/generated/prisma/enums";
import { getDb } from "@/lib/server/db";
import { seedDemoCohort } from "@/lib/server/cohorts/demo";
import { ensureUser } from "@/lib/server/users";

export type SeedStep = { name: string; run: () => Promise<void> };

export type DemoAccount = { email: string; name: string; role: Role; password: string };

// Published on purpose: demo data is only seeded on the local embedded database by default.
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "learner@example.com", name: "Lea Learner", role: "LEARNER", password: "learner-demo-pass" },
  { email: "instructor@example.com", name: "Ian Instructor", role: "INSTRUCTOR", password: "instructor-demo-pass" },
  { email: "admin@example.com", name: "Ada Admin", role: "ADMIN", password: "admin-demo-pass" },
];

const demoUsers: SeedStep = {
  name: "demo-users",
  run: async () => {
    for (const account of DEMO_ACCOUNTS) await ensureUser(account);
  },
};

/** In order. The instructor's demo cohort (dashboards issue) goes after demo-users. */
export const DEMO_SEED_STEPS: SeedStep[] = [demoUsers, { name: "demo-cohort", run: () => seedDemoCohort() }];

/** Runs the steps this database has not seen yet; returns their names. */
export async function runSeedSteps(steps: readonly SeedStep[] = DEMO_SEED_STEPS): Promise<string[]> {
  const db = getDb();
  const done = new Set((await db.seedRun.findMany({ select: { name: true } })).map((r) => r.name));
  const ran: string[] = [];
  for (const step of steps) {
    if (done.has(step.name)) continue;
    await step.run();
    await db.seedRun.create({ data: { name: step.name } });
    ran.push(step.name);
  }
  return ran;
}
