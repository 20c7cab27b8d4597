// A throwaway production server for the benchmark: fresh embedded Postgres cluster and database,
// migrations, the production build (rebuilt only when stale) and `next start` on a free port of
// 127.0.0.1 — the same helpers as tests/e2e/server.ts. stop() (also on SIGINT/SIGTERM) ends the server and the cluster.
import { spawn } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createDb, setDb, type Db } from "@/lib/server/db";
import { postmasterPid } from "./cpu";
import { launchCluster } from "../../scripts/db/embedded";
import { freshMigratedDatabase } from "../../scripts/db/fresh-database";
import { ensureBuild, nextBin } from "../../scripts/lib/build";
import { PROJECT_ROOT } from "../../scripts/lib/config";
import { freePort } from "../../scripts/lib/ports";
import { waitForHttp } from "../../scripts/lib/wait";

/**
 * BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops, to open in Chrome
 * DevTools or summarise with bench/submit-lib/profile-summary.ts (node refuses --cpu-prof in NODE_OPTIONS).
 */
function profileArgs(): string[] {
  const dir = process.env.BENCH_CPU_PROF;
  return dir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(dir)}`] : [];
}

export interface BenchServer {
  baseUrl: string; db: Db; stop(): Promise<void>;
  /** Process ids to read CPU time from (bench/submit-lib/cpu.ts). */
  pids: { server: number | null; postgres: number | null };
}

export async function startBenchServer(): Promise<BenchServer> {
  if (!(await ensureBuild())) throw new Error("next build failed");
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "basis-bench-pg-"));
  const started = await launchCluster({ dataDir, port: await freePort(), persistent: false, portEnvVar: "(bench cluster)" });
  if (!started.ok) throw new Error(started.message);
  const { cluster } = started;
  const url = await freshMigratedDatabase(cluster, "basis_bench");
  const db = createDb(url);
  setDb(db);

  const port = await freePort();
  const server = spawn(process.execPath, [...profileArgs(), nextBin(), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: PROJECT_ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: randomBytes(32).toString("base64url"),
      // A production server refuses to start without a certificate signing key; a throwaway one will do.
      CERT_SIGNING_KEY: generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }).toString(), AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const stopOnce = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
    }
    await db.$disconnect().catch(() => {});
    await cluster.stop().catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
  };
  // Idempotent: a bench's `finally` and a Ctrl-C may both ask for it.
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= stopOnce());
  process.once("SIGINT", () => void stop().then(() => process.exit(130)));
  process.once("SIGTERM", () => void stop().then(() => process.exit(143)));
  const baseUrl = `http://127.0.0.1:${port}`;
  if (!(await waitForHttp(`${baseUrl}/api/health`, 120_000))) {
    await stop();
    throw new Error("next start did not answer within 120 s");
  }
  return { baseUrl, db, stop, pids: { server: server.pid ?? null, postgres: postmasterPid(dataDir) } };
}
