// The e2e web server: a fresh Postgres cluster and database, migrations, demo seed, the
// production build (rebuilt only when sources changed) and `next start` on E2E_PORT.
import { spawn } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createDb, setDb } from "@/lib/server/db";
import { launchCluster } from "../../scripts/db/embedded";
import { freshMigratedDatabase } from "../../scripts/db/fresh-database";
import { runSeedSteps } from "../../scripts/db/seed";
import { ensureBuild, nextBin } from "../../scripts/lib/build";
import { PROJECT_ROOT } from "../../scripts/lib/config";
import { freePort } from "../../scripts/lib/ports";

async function main(): Promise<void> {
  const port = Number(process.env.E2E_PORT);
  if (!Number.isInteger(port) || port <= 0) throw new Error("E2E_PORT must be set");
  // persistent: false makes the cluster delete this directory when it stops (also on SIGTERM).
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "basis-e2e-pg-"));
  const started = await launchCluster({ dataDir, port: await freePort(), persistent: false, portEnvVar: "(e2e cluster)" });
  if (!started.ok) throw new Error(started.message);
  const { cluster } = started;
  const cleanUp = async () => {
    await cluster.stop().catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
  };

  const url = await freshMigratedDatabase(cluster, "basis_e2e");
  // Specs seed fixtures straight into this database (tests/e2e/fixtures.ts reads the file).
  await mkdir(path.join(PROJECT_ROOT, "test-results"), { recursive: true });
  await writeFile(path.join(PROJECT_ROOT, "test-results", `e2e-database-url-${port}`), url);
  const db = createDb(url);
  setDb(db);
  await runSeedSteps();
  await db.$disconnect();

  if (!(await ensureBuild())) {
    await cleanUp();
    process.exit(1);
  }
  const server = spawn(process.execPath, [nextBin(), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: PROJECT_ROOT,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: randomBytes(32).toString("base64url"), CERT_SIGNING_KEY: generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }).toString(), AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const stop = async () => {
    server.kill("SIGTERM");
    await cleanUp();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  server.on("exit", async (code) => {
    await cleanUp();
    process.exit(code ?? 1);
  });
}

main().catch((error: unknown) => {
  console.error(`e2e server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
