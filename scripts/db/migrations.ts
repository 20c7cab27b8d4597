// Apply, inspect and create migrations from prisma/migrations through the wasm schema engine.
// Used by the db:* scripts, `npm start`, the e2e server and the integration-test helper.
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { NO_FILTERS, openSchemaEngine, type MigrationList, type SchemaEngine } from "./schema-engine";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Where the schema and migrations live; tests point these at a temporary copy. */
export type MigrationPaths = { schemaPath: string; migrationsDir: string };
export const PROJECT_PATHS: MigrationPaths = {
  schemaPath: path.join(ROOT, "prisma/schema.prisma"),
  migrationsDir: path.join(ROOT, "prisma/migrations"),
};
/** The schema as of the newest migration: the "from" side of the next diff (no shadow DB needed). */
const SNAPSHOT_FILE = "schema.snapshot.prisma";
const LOCKFILE = "migration_lock.toml";
const LOCKFILE_CONTENT = '# Written by scripts/db/migrations.ts\nprovider = "postgresql"\n';

export type MigrationStatus =
  | { state: "up-to-date"; applied: number }
  | { state: "pending"; pending: string[] }
  | { state: "diverged"; detail: string };

async function readSchema(paths: MigrationPaths): Promise<{ path: string; content: string }> {
  return { path: paths.schemaPath, content: await readFile(paths.schemaPath, "utf8") };
}

export async function listMigrationFolders(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort();
}

async function readMigrationList(dir: string): Promise<MigrationList> {
  const folders = await listMigrationFolders(dir);
  const lockPath = path.join(dir, LOCKFILE);
  return {
    baseDir: dir,
    shadowDbInitScript: "",
    lockfile: { path: LOCKFILE, content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null },
    migrationDirectories: await Promise.all(
      folders.map(async (folder) => ({
        path: folder,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(path.join(dir, folder, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

async function withEngine<T>(databaseUrl: string, paths: MigrationPaths, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { engine, close } = await openSchemaEngine(databaseUrl, await readSchema(paths));
  try {
    return await run(engine);
  } finally {
    await close();
  }
}

/** Applies every pending migration; returns the names applied (empty when up to date). */
export async function applyMigrations(databaseUrl: string, paths: MigrationPaths = PROJECT_PATHS): Promise<string[]> {
  const migrationsList = await readMigrationList(paths.migrationsDir);
  return withEngine(databaseUrl, paths, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return out.appliedMigrationNames;
  });
}

export async function migrationStatus(databaseUrl: string, paths: MigrationPaths = PROJECT_PATHS): Promise<MigrationStatus> {
  const migrationsList = await readMigrationList(paths.migrationsDir);
  return withEngine(databaseUrl, paths, async (engine) => {
    const out = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: NO_FILTERS,
    });
    const history = out.history;
    if (history === null) return { state: "up-to-date", applied: migrationsList.migrationDirectories.length };
    if (history.diagnostic === "databaseIsBehind") return { state: "pending", pending: history.unappliedMigrationNames };
    return { state: "diverged", detail: JSON.stringify(history) };
  });
}

function timestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

export type NewMigration = { ok: true; folder: string; sql: string } | { ok: false; message: string };

/**
 * Writes `<timestamp>_<name>/migration.sql` with the SQL that turns the snapshot schema into
 * the current one, and moves the snapshot forward (no shadow database needed).
 */
export async function createMigration(
  databaseUrl: string,
  name: string,
  { now = new Date(), paths = PROJECT_PATHS }: { now?: Date; paths?: MigrationPaths } = {},
): Promise<NewMigration> {
  if (!/^[a-z0-9_]+$/.test(name)) {
    return { ok: false, message: `migration name "${name}" must use only a-z, 0-9 and _ (e.g. add_cohorts)` };
  }
  const schema = await readSchema(paths);
  const snapshotPath = path.join(paths.migrationsDir, SNAPSHOT_FILE);
  const fromSnapshot = existsSync(snapshotPath) ? await readFile(snapshotPath, "utf8") : null;
  // The engine connects on open even though a datamodel-to-datamodel diff never reads the database.
  const sql = await withEngine(databaseUrl, paths, async (engine) => {
    const out = await engine.diff({
      from: fromSnapshot === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: snapshotPath, content: fromSnapshot }] },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return out.stdout ?? "";
  });
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    return { ok: false, message: "prisma/schema.prisma has no changes since the last migration; nothing written" };
  }
  const folder = `${timestamp(now)}_${name}`;
  await mkdir(path.join(paths.migrationsDir, folder), { recursive: true });
  await writeFile(path.join(paths.migrationsDir, folder, "migration.sql"), sql);
  await writeFile(path.join(paths.migrationsDir, LOCKFILE), LOCKFILE_CONTENT);
  await writeFile(snapshotPath, schema.content);
  return { ok: true, folder, sql };
}
