// The Prisma client for the running app: one per process, pg driver adapter, no native engine.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export type Db = PrismaClient;

const LOCAL_FALLBACK_URL = "postgresql://basis:basis@127.0.0.1:54329/basis";

const globalForDb = globalThis as unknown as { basisDb?: PrismaClient };

export function createDb(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

/** Cached on globalThis so dev-mode hot reloads do not open a new pool each time. */
export function getDb(): PrismaClient {
  globalForDb.basisDb ??= createDb(process.env.DATABASE_URL ?? LOCAL_FALLBACK_URL);
  return globalForDb.basisDb;
}

/** Integration tests point every lib/server function at their own database. */
export function setDb(client: PrismaClient): void {
  globalForDb.basisDb = client;
}
