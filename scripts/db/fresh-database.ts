// A fresh, migrated database with a random name in a running cluster: what the e2e server and the
// submit benchmark each need beside their own throwaway cluster.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Cluster } from "./embedded";
import { applyMigrations } from "./migrations";

/** Creates `<prefix>_<random hex>`, applies every migration, and returns its connection URL. */
export async function freshMigratedDatabase(cluster: Cluster, prefix: string): Promise<string> {
  const database = `${prefix}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: cluster.urlFor("postgres") });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }
  const url = cluster.urlFor(database);
  await applyMigrations(url);
  return url;
}
