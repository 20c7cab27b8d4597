// Integration-test databases: `const t = await withTestDatabase()` makes basis_test_<random> in the
// run's cluster, applies every migration with the same code as `npm run db:migrate`, and points
// lib/server at it (setDb). `await t.drop()` disconnects and drops it. useTestDatabase() wires both
// into beforeAll/afterAll for a test file.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { createDb, setDb, type Db } from "@/lib/server/db";
import { applyMigrations } from "../../scripts/db/migrations";
import { embeddedDatabaseUrl } from "../../scripts/db/urls";

export type TestDatabase = { name: string; url: string; db: Db; drop(): Promise<void> };

function clusterPort(): number {
  const port = inject("testPgPort");
  if (!port) throw new Error("No test Postgres cluster: run integration tests through vitest (tests/helpers/pg-cluster.ts).");
  return port;
}

async function admin<T>(port: number, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: embeddedDatabaseUrl(port, "postgres") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database. Pass migrate: false to get an empty one (migration tests). */
export async function withTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const port = clusterPort();
  const name = `basis_test_${randomBytes(6).toString("hex")}`;
  await admin(port, (c) => c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`));
  const url = embeddedDatabaseUrl(port, name);
  if (options.migrate !== false) await applyMigrations(url);
  const db = createDb(url);
  setDb(db);
  return {
    name,
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await admin(port, (c) => c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`));
    },
  };
}

/** One database for the whole test file; read `.current` inside tests. */
export function useTestDatabase(options: { migrate?: boolean } = {}): { current: TestDatabase } {
  const holder = {} as { current: TestDatabase };
  beforeAll(async () => {
    holder.current = await withTestDatabase(options);
  });
  afterAll(async () => {
    await holder.current?.drop();
  });
  return holder;
}

/** Empties every table (keeps the schema) between tests that need a clean slate. */
export async function truncateAll(db: Db): Promise<void> {
  const rows = await db.$queryRaw<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (rows.length === 0) return;
  await db.$executeRawUnsafe(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(", ")} CASCADE`);
}
