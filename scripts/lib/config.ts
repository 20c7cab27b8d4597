// Environment for the start/dev/db scripts, parsed once at the edge.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { DEFAULT_EMBEDDED_PG_PORT } from "../db/urls";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const port = (fallback: number) =>
  z.coerce.number().int().min(1, "must be 1-65535").max(65535, "must be 1-65535").default(fallback);

const EnvSchema = z.object({
  PORT: port(3000),
  BASIS_PG_PORT: port(DEFAULT_EMBEDDED_PG_PORT),
  DATABASE_URL: z.string().min(1).optional(),
  BASIS_DATA_DIR: z.string().min(1).default(".data"),
  AUTH_SECRET: z.string().min(1).optional(),
  BASIS_DEMO_SEED: z.enum(["true", "false"]).optional(),
  NODE_ENV: z.string().optional(),
});

export type StartConfig = {
  port: number;
  pgPort: number;
  databaseUrl: string | undefined;
  dataDir: string;
  authSecret: string | undefined;
  seedDemo: boolean;
  production: boolean;
};

export function readConfig(env: Record<string, string | undefined> = process.env): { ok: true; config: StartConfig } | { ok: false; message: string } {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `Environment variable ${issue?.path.join(".")} is invalid: ${issue?.message}` };
  }
  const e = parsed.data;
  return {
    ok: true,
    config: {
      port: e.PORT,
      pgPort: e.BASIS_PG_PORT,
      databaseUrl: e.DATABASE_URL,
      dataDir: path.resolve(PROJECT_ROOT, e.BASIS_DATA_DIR),
      authSecret: e.AUTH_SECRET,
      // Demo accounts have published passwords: only seed them by default on the local embedded database.
      seedDemo: e.BASIS_DEMO_SEED ? e.BASIS_DEMO_SEED === "true" : e.DATABASE_URL === undefined,
      production: e.NODE_ENV === "production",
    },
  };
}
