import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, createMigration, migrationStatus, PROJECT_PATHS } from "../../../scripts/db/migrations";
import { withTestDatabase, type TestDatabase } from "../../helpers/db";

const made: TestDatabase[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((d) => d.drop()));
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function emptyDatabase(): Promise<TestDatabase> {
  const db = await withTestDatabase({ migrate: false });
  made.push(db);
  return db;
}

describe("project migrations", () => {
  it("show as pending, apply once, then are a no-op and up to date", async () => {
    const { url, db } = await emptyDatabase();
    const before = await migrationStatus(url);
    expect(before.state).toBe("pending");
    const applied = await applyMigrations(url);
    expect(applied.length).toBeGreaterThan(0);
    expect(before.state === "pending" && before.pending).toEqual(applied);
    expect(await applyMigrations(url)).toEqual([]);
    expect(await migrationStatus(url)).toEqual({ state: "up-to-date", applied: applied.length });
    const columns = await db.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'User'`;
    expect(columns.map((c) => c.column_name)).toEqual(
      expect.arrayContaining(["email", "name", "passwordHash", "role", "timeZone", "createdAt"]),
    );
  });

  it("match the schema: a new migration right now would be empty", async () => {
    const { url } = await emptyDatabase();
    const dir = await mkdtemp(path.join(os.tmpdir(), "basis-migrations-"));
    dirs.push(dir);
    await cp(path.dirname(PROJECT_PATHS.schemaPath), dir, { recursive: true });
    const paths = { schemaPath: path.join(dir, "schema.prisma"), migrationsDir: path.join(dir, "migrations") };
    const result = await createMigration(url, "nothing", { paths });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/no changes/) });
  });
});

describe("createMigration", () => {
  it("writes the SQL for a schema change, which then applies on top of the existing ones", async () => {
    const { url, db } = await emptyDatabase();
    const dir = await mkdtemp(path.join(os.tmpdir(), "basis-migrations-"));
    dirs.push(dir);
    await cp(path.dirname(PROJECT_PATHS.schemaPath), dir, { recursive: true });
    const paths = { schemaPath: path.join(dir, "schema.prisma"), migrationsDir: path.join(dir, "migrations") };
    const schema = await readFile(paths.schemaPath, "utf8");
    await writeFile(paths.schemaPath, schema.replace("model SeedRun {", "model SeedRun {\n  note String?"));

    const created = await createMigration(url, "add_note", { paths, now: new Date("2031-02-03T04:05:06Z") });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.folder).toBe("20310203040506_add_note");
    expect(created.sql).toMatch(/ALTER TABLE "SeedRun" ADD COLUMN\s+"note" TEXT/);
    expect(await readFile(path.join(paths.migrationsDir, "schema.snapshot.prisma"), "utf8")).toContain("note String?");

    const applied = await applyMigrations(url, paths);
    expect(applied.at(-1)).toBe("20310203040506_add_note");
    await db.$executeRaw`INSERT INTO "SeedRun" (name, note) VALUES ('x', 'works')`;
  });

  it("refuses names that would make awkward folder names", async () => {
    const { url } = await emptyDatabase();
    expect(await createMigration(url, "Add Cohorts!")).toEqual({ ok: false, message: expect.stringMatching(/a-z, 0-9 and _/) });
  });
});
