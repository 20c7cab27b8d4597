// Connection defaults for the embedded Postgres that `npm start` runs when DATABASE_URL is unset.
export const EMBEDDED_PG_USER = "basis";
export const EMBEDDED_PG_PASSWORD = "basis";
export const EMBEDDED_PG_DATABASE = "basis";
export const DEFAULT_EMBEDDED_PG_PORT = 54329;

export function embeddedDatabaseUrl(port: number, database: string = EMBEDDED_PG_DATABASE): string {
  return `postgresql://${EMBEDDED_PG_USER}:${EMBEDDED_PG_PASSWORD}@127.0.0.1:${port}/${database}`;
}

export const DEFAULT_LOCAL_DATABASE_URL = embeddedDatabaseUrl(DEFAULT_EMBEDDED_PG_PORT);

/** "host:port" of a connection string, for messages (never prints the password). */
export function describeDatabaseTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || "localhost"}:${parsed.port || "5432"}`;
  } catch {
    return "an unparsable URL";
  }
}
