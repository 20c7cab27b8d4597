// The join form's server action under the failure limit, as Next runs it: the learner from the
// session, the address from the last X-Forwarded-For hop, the refusal shown as the form's error.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { truncateAll, useTestDatabase } from "../../helpers/db";
import { makePersonas, type Personas } from "./fixtures";

const request = vi.hoisted(() => ({ userId: null as string | null, forwardedFor: "" }));
vi.mock("@/auth", () => ({ auth: async () => (request.userId ? { user: { id: request.userId } } : null), signIn: async () => undefined, signOut: async () => undefined, handlers: {} }));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": request.forwardedFor }) }));

const { joinCohortAction } = await import("@/app/cohorts/actions");
const t = useTestDatabase();
let p: Personas;
let code: string;

beforeAll(async () => {
  await truncateAll(t.current.db);
  p = await makePersonas(t.current.db);
  code = (await t.current.db.cohort.findUniqueOrThrow({ where: { id: p.cohortId } })).joinCode;
});

const form = (c: string) => {
  const f = new FormData();
  f.set("code", c);
  return f;
};

describe("joinCohortAction under the failure limit", () => {
  it("counts wrong codes by the nearest proxy's hop and shows the wait once they run out", async () => {
    request.userId = p.learner.id;
    for (let i = 0; i < 10; i++) {
      // The client-claimed first hop changes every time; the proxy's hop does not.
      request.forwardedFor = `203.0.113.${i}, 198.51.100.77`;
      expect((await joinCohortAction({}, form(`Z000000${i}`))).error).toMatch(/^No cohort has the code/);
    }
    const refused = await joinCohortAction({}, form(code));
    // A token returns every 90 s (real clock here): the wait is 2 minutes, or 1 on a very slow run.
    expect(refused).toEqual({ error: expect.stringMatching(/^Too many join attempts; try again in (2 minutes|1 minute)\.$/), fieldErrors: undefined, values: { code } });
    expect(await t.current.db.cohortMember.count({ where: { cohortId: p.cohortId, userId: p.learner.id } })).toBe(0);

    // Another learner behind the same proxy hop is refused too; behind another hop they join.
    request.userId = p.instructorOfOtherCohort.id;
    expect((await joinCohortAction({}, form(code))).error).toMatch(/^Too many join attempts/);
    request.forwardedFor = "198.51.100.78";
    expect(await joinCohortAction({}, form(code))).toEqual({ message: "You joined This cohort." });
  });
});
