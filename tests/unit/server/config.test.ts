import { describe, expect, it } from "vitest";
import { readConfig } from "../../../scripts/lib/config";
import { describeDatabaseTarget } from "../../../scripts/db/urls";

describe("readConfig", () => {
  it("defaults to port 3000, embedded Postgres on 54329 and demo seeding", () => {
    const read = readConfig({});
    expect(read.ok && read.config).toMatchObject({ port: 3000, pgPort: 54329, databaseUrl: undefined, seedDemo: true });
  });
  it("does not seed demo accounts on an external database unless asked", () => {
    const external = readConfig({ DATABASE_URL: "postgresql://u:p@db:5432/basis" });
    expect(external.ok && external.config.seedDemo).toBe(false);
    const asked = readConfig({ DATABASE_URL: "postgresql://u:p@db:5432/basis", BASIS_DEMO_SEED: "true" });
    expect(asked.ok && asked.config.seedDemo).toBe(true);
  });
  it("names the variable when a port is invalid", () => {
    const read = readConfig({ PORT: "http" });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(/^Environment variable PORT is invalid/);
  });
});

describe("describeDatabaseTarget", () => {
  it("shows host and port but never the password", () => {
    expect(describeDatabaseTarget("postgresql://u:secret@db.internal:6543/basis")).toBe("db.internal:6543");
    expect(describeDatabaseTarget("postgresql://u:secret@db.internal/basis")).toBe("db.internal:5432");
  });
});
