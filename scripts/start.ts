// `npm start` / `npm run dev`: database (embedded unless DATABASE_URL), migrations, demo seed,
// build when stale, then the Next.js server; Ctrl-C / SIGTERM stops everything cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { localSigningKeyPem, signingKeyProblem } from "@/lib/server/certificates/signing-key";
import { deploymentProblem } from "@/lib/server/deployment";
import { createDb, setDb } from "@/lib/server/db";
import { openDatabase } from "./db/connection";
import { applyMigrations } from "./db/migrations";
import { DEMO_ACCOUNTS, runSeedSteps } from "./db/seed";
import { demoCohortJoinCode } from "@/lib/server/cohorts/demo";
import { ensureBuild, nextBin } from "./lib/build";
import { PROJECT_ROOT, readConfig } from "./lib/config";
import { watchLaunchers } from "./lib/lifelines";
import { isPortFree, portInUseMessage } from "./lib/ports";
import { localAuthSecret } from "./lib/secrets";
import { waitForHttp } from "./lib/wait";

const dev = process.argv.includes("--dev");

function fail(message: string): never {
  console.error(`basis: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const read = readConfig();
  if (!read.ok) fail(read.message);
  const config = read.config;
  const problem = deploymentProblem({ NODE_ENV: process.env.NODE_ENV, DATABASE_URL: config.databaseUrl, AUTH_SECRET: config.authSecret });
  if (problem) fail(problem);
  const keyProblem = signingKeyProblem({ NODE_ENV: process.env.NODE_ENV, DATABASE_URL: config.databaseUrl, CERT_SIGNING_KEY: process.env.CERT_SIGNING_KEY });
  if (keyProblem) fail(keyProblem);
  if (!(await isPortFree(config.port, "0.0.0.0"))) fail(portInUseMessage(config.port, "web server", "PORT"));

  const opened = await openDatabase(config);
  if (!opened.ok) fail(opened.message);
  const { db } = opened;
  let child: ChildProcess | undefined;
  let stopping = false;
  let demoJoinCode: string | null = null;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child?.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    }
    await db.close();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  watchLaunchers(() => void shutdown(0));

  console.log(db.embedded ? `Embedded Postgres running on 127.0.0.1:${config.pgPort} (data in ${config.dataDir}/pg)` : "Using the Postgres server from DATABASE_URL");
  const applied = await applyMigrations(db.url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  const client = createDb(db.url);
  setDb(client);
  if (config.seedDemo) {
    const ran = await runSeedSteps();
    if (ran.length) console.log(`Seeded demo data: ${ran.join(", ")}`);
    demoJoinCode = await demoCohortJoinCode();
  }
  await client.$disconnect();

  if (!dev && !(await ensureBuild())) {
    console.error("basis: next build failed (see above)");
    return shutdown(1);
  }
  const authSecret = config.authSecret ?? (await localAuthSecret(config.dataDir));
  const exitWithParent = path.join(PROJECT_ROOT, "scripts/lib/exit-with-parent.cjs");
  child = spawn(process.execPath, ["--require", exitWithParent, nextBin(), dev ? "dev" : "start", "-p", String(config.port)], {
    cwd: PROJECT_ROOT,
    stdio: "inherit",
    env: {
      ...process.env, DATABASE_URL: db.url, AUTH_SECRET: authSecret, AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1",
      CERT_SIGNING_KEY: process.env.CERT_SIGNING_KEY ?? localSigningKeyPem(config.dataDir),
    },
  });
  child.on("exit", (code) => {
    if (!stopping) {
      console.error(`basis: the web server exited (code ${code ?? "signal"})`);
      void shutdown(code ?? 1);
    }
  });
  const url = `http://localhost:${config.port}`;
  if (!(await waitForHttp(url, 120_000))) return;
  console.log(`\nBasis is running at ${url}  (Ctrl-C to stop)`);
  if (config.seedDemo) {
    console.log("Demo logins:");
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.toLowerCase().padEnd(10)} ${a.email.padEnd(24)} password: ${a.password}`);
    if (demoJoinCode) console.log(`Demo cohort join code: ${demoJoinCode}  (${url}/join/${demoJoinCode})`);
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
