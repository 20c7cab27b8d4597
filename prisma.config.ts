// Prisma CLI configuration (generate/validate/format). Migrations run through scripts/db/migrate.ts.
import { defineConfig } from "prisma/config";
import { DEFAULT_LOCAL_DATABASE_URL } from "./scripts/db/urls";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // env("DATABASE_URL") throws when unset; generate needs no database, so read process.env directly.
  datasource: { url: process.env.DATABASE_URL ?? DEFAULT_LOCAL_DATABASE_URL },
});
