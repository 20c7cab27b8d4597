// vitest globalSetup: one throwaway Postgres cluster (temp data dir, free port) for the whole run.
// Each integration test file then makes its own database in it with withTestDatabase().
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { launchCluster } from "../../scripts/db/embedded";
import { freePort } from "../../scripts/lib/ports";

declare module "vitest" {
  export interface ProvidedContext {
    testPgPort: number | null;
  }
}

/**
 * `vitest run tests/unit` needs no database: skip the cluster when every file filter names another
 * test folder. Reads vitest's (internal) parsed filters; when absent, start the cluster to be safe.
 */
export function onlyNonDatabaseFolders(project: Pick<TestProject, "vitest">): boolean {
  const filters = (project.vitest as unknown as { filenamePattern?: unknown }).filenamePattern;
  if (!Array.isArray(filters) || filters.length === 0) return false;
  return filters.every((f) => typeof f === "string" && /^(\.\/)?tests\/(unit|property|golden)\b/.test(f));
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (onlyNonDatabaseFolders(project)) {
    project.provide("testPgPort", null);
    return;
  }
  // launchCluster re-creates this directory owned by the "postgres" user when running as root.
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "basis-test-pg-"));
  const started = await launchCluster({ dataDir, port: await freePort(), persistent: false, portEnvVar: "(test cluster)" });
  if (!started.ok) throw new Error(started.message);
  project.provide("testPgPort", started.cluster.port);
  return async () => {
    await started.cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
