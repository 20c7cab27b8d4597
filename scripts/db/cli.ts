// `npm run db:migrate | db:status | db:new-migration -- <name>`.
import { readConfig } from "../lib/config";
import { openDatabase } from "./connection";
import { applyMigrations, createMigration, migrationStatus } from "./migrations";

const USAGE = "usage: tsx scripts/db/cli.ts migrate | status | new-migration <name>";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  if (command !== "migrate" && command !== "status" && command !== "new-migration") fail(USAGE);
  if (command === "new-migration" && !name) fail("usage: npm run db:new-migration -- <name>   (e.g. add_cohorts)");
  const config = readConfig();
  if (!config.ok) fail(config.message);
  const opened = await openDatabase(config.config);
  if (!opened.ok) fail(opened.message);
  const { db } = opened;
  try {
    if (command === "migrate") {
      const applied = await applyMigrations(db.url);
      console.log(applied.length ? `Applied ${applied.length}: ${applied.join(", ")}` : "Database is up to date; nothing to apply.");
    } else if (command === "status") {
      const status = await migrationStatus(db.url);
      if (status.state === "up-to-date") console.log(`Up to date (${status.applied} migrations).`);
      else if (status.state === "pending") console.log(`Pending (${status.pending.length}): ${status.pending.join(", ")}`);
      else console.log(`Migration history differs from prisma/migrations: ${status.detail}`);
    } else {
      const created = await createMigration(db.url, name ?? "");
      if (!created.ok) {
        process.exitCode = 1;
        console.error(created.message);
      } else {
        console.log(`Wrote prisma/migrations/${created.folder}/migration.sql:\n\n${created.sql}`);
      }
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => fail(`Database command failed: ${error instanceof Error ? error.message : String(error)}`));
