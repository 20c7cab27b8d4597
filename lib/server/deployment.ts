// Start-up rules for a real deployment, shared by scripts/start.ts and instrumentation.ts.

/** A message explaining what to fix, or null when the environment is acceptable. */
export function deploymentProblem(env: Record<string, string | undefined>): string | null {
  const production = env.NODE_ENV === "production";
  if (production && env.DATABASE_URL && !env.AUTH_SECRET) {
    return (
      "AUTH_SECRET is not set. A production server (NODE_ENV=production with DATABASE_URL) needs a fixed secret " +
      "to sign sessions. Generate one with `openssl rand -base64 33` and set AUTH_SECRET=<that value> in the environment."
    );
  }
  return null;
}
