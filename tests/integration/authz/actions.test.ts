// The server-action half of the authorization matrix: every action in routes.ts is called as
// exported, with the session returning each persona (only auth() from @/auth is replaced), against
// a real Postgres. requireUser/requireRole/requireCohortStaff and next/navigation run for real, so
// the thrown redirect/forbidden()/notFound() is what Next turns into the response.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { truncateAll, useTestDatabase } from "../../helpers/db";
import { makePersonas, type Personas } from "../cohorts/fixtures";
import { AUTHZ_TABLE, PERSONAS, rowKey, type ActionRow, type Fixtures, type Persona, type Verdict } from "./routes";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/auth", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId } } : null),
  signIn: async () => undefined,
  signOut: async () => undefined,
  handlers: {},
}));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, updateTag: () => undefined, refresh: () => undefined }));
// Actions that read the client address (the join limit) see a request without forwarding headers.
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const t = useTestDatabase();

beforeAll(() => {
  // next.config.ts enables experimental.authInterrupts; Next sets this for forbidden()/unauthorized().
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";
});

async function fixturesFor(p: Personas): Promise<Fixtures> {
  const db = t.current.db;
  const cohort = await db.cohort.findUniqueOrThrow({ where: { id: p.cohortId } });
  const problem = await db.issuedProblem.create({
    data: { userId: p.learnerOfCohort.id, skillId: "la.intro.vector-add", seed: 7, level: 1, localDate: "2026-03-10", source: "PRACTICE" },
  });
  return {
    cohortId: p.cohortId, otherCohortId: p.otherCohortId, joinCode: cohort.joinCode, learnerOfCohortId: p.learnerOfCohort.id,
    learnerEmail: p.learner.email, problemId: problem.id, examAttemptId: "unused-by-actions", certificateCode: "unused-by-actions",
    skillId: "la.intro.vector-add", course: "linear-algebra",
  };
}

/** What Next makes of an action's outcome, in the matrix's terms. */
function verdictOf(outcome: { threw: false } | { threw: true; error: unknown }): Verdict | string {
  if (!outcome.threw) return "allow";
  const digest = (outcome.error as { digest?: unknown })?.digest;
  if (typeof digest !== "string") return `threw ${String(outcome.error)}`;
  const redirect = /^NEXT_REDIRECT;[^;]*;([^;]*);/.exec(digest);
  if (redirect) return redirect[1].startsWith("/sign-in") ? "signin" : "allow";
  const status = /^NEXT_HTTP_ERROR_FALLBACK;(\d+)$/.exec(digest);
  if (status) return Number(status[1]) as Verdict;
  return `threw ${digest}`;
}

const actions = AUTHZ_TABLE.filter((r): r is ActionRow => r.kind === "action");

describe("server actions × personas", () => {
  it("covers every action row", () => {
    expect(actions.length).toBeGreaterThanOrEqual(15);
  });

  it.each(actions.map((row) => [rowKey(row), row] as const))("%s", async (_key, row) => {
    const module = (await import(/* @vite-ignore */ `../../../${row.file}`)) as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const action = module[row.name];
    expect(typeof action, `${row.file} exports ${row.name}`).toBe("function");
    const observed: Partial<Record<Persona, Verdict | string>> = {};
    // One world per action: personas run in matrix order, and only allowed calls change anything.
    await truncateAll(t.current.db);
    const p = await makePersonas(t.current.db);
    const f = await fixturesFor(p);
    for (const persona of PERSONAS) {
      session.userId = persona === "anonymous" ? null : p[persona].id;
      try {
        await action(...(row.args?.(f) ?? []));
        observed[persona] = verdictOf({ threw: false });
      } catch (error) {
        observed[persona] = verdictOf({ threw: true, error });
      }
    }
    session.userId = null;
    expect(observed).toEqual(row.expect);
  });
});
