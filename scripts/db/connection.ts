// Resolves which Postgres a script talks to: DATABASE_URL when set, else the embedded cluster.
import pg from "pg";
import type { StartConfig } from "../lib/config";
import { openLocalCluster } from "./embedded";
import { describeDatabaseTarget, EMBEDDED_PG_DATABASE } from "./urls";
import path from "node:path";

export type Database = { url: string; embedded: boolean; close(): Promise<void> };

/** One clear line when the server cannot be reached, instead of a driver stack trace. */
export async function checkReachable(url: string): Promise<{ ok: true } | { ok: false; message: string }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return { ok: true };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code ?? (error instanceof Error ? error.message : "unknown error");
    return {
      ok: false,
      message: `Cannot reach Postgres at ${describeDatabaseTarget(url)} from DATABASE_URL (${reason}). Start that server or fix DATABASE_URL; unset it to use the embedded database.`,
    };
  } finally {
    await client.end().catch(() => {});
  }
}

export async function openDatabase(config: StartConfig): Promise<{ ok: true; db: Database } | { ok: false; message: string }> {
  if (config.databaseUrl) {
    const reachable = await checkReachable(config.databaseUrl);
    if (!reachable.ok) return reachable;
    return { ok: true, db: { url: config.databaseUrl, embedded: false, close: async () => {} } };
  }
  const opened = await openLocalCluster(path.join(config.dataDir, "pg"), config.pgPort, EMBEDDED_PG_DATABASE);
  if (!opened.ok) return opened;
  const { cluster } = opened;
  return { ok: true, db: { url: cluster.urlFor(EMBEDDED_PG_DATABASE), embedded: true, close: () => cluster.stop() } };
}
