// POST /api/problems/[id]/attempts: the JSON twin of the answer form's server action. The session
// is stubbed (the route reads it through requireApiUserId); everything below is real.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getGenerator } from "@/exercises/registry";
import { enrol, todaysSet } from "@/lib/server/learning";
import { truncateAll, useTestDatabase } from "../../helpers/db";

const session = vi.hoisted(() => {
  // What next build inlines for experimental.authInterrupts (next.config.ts); unauthorized() requires it.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  return { userId: null as string | null };
});
vi.mock("@/auth", () => ({ auth: async () => (session.userId ? { user: { id: session.userId } } : null) }));
// The route reads the user id from the session cookie (tests/unit/server/session-token.test.ts).
vi.mock("@/lib/server/session-token", () => ({ sessionUserId: async () => session.userId }));
const { POST } = await import("@/app/api/problems/[id]/attempts/route");

const t = useTestDatabase();

async function learnerWithProblem(email: string) {
  const u = await t.current.db.user.create({ data: { email, name: email, passwordHash: "unused" } });
  await enrol(u.id, ["linear-algebra"]);
  const set = await todaysSet({ id: u.id, timeZone: u.timeZone, dailyGoal: u.dailyGoal });
  if (!set.enrolled) throw new Error("not enrolled");
  const row = await t.current.db.issuedProblem.findUniqueOrThrow({ where: { id: set.items[0].problemId } });
  return { userId: u.id, row, answer: getGenerator(row.skillId)!.generate(row.seed, row.level).answer.text };
}

function submit(problemId: string, body: unknown) {
  const request = new Request(`http://127.0.0.1/api/problems/${problemId}/attempts`, {
    method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return POST(request, { params: Promise.resolve({ id: problemId }) });
}

const body = (answer: string, clientId = "client-0001") => ({ clientId, answer, timeTakenMs: 30_000, usedHint: false, gaveUp: false });

beforeEach(async () => {
  await truncateAll(t.current.db);
  session.userId = null;
});

describe("POST /api/problems/[id]/attempts", () => {
  it("refuses an anonymous caller with 401 and records nothing", async () => {
    const { row, answer } = await learnerWithProblem("a@example.com");
    // next/navigation's unauthorized() throws an error the framework turns into a 401 response.
    await expect(submit(row.id, body(answer))).rejects.toMatchObject({ digest: expect.stringContaining("401") });
    expect(await t.current.db.attempt.count()).toBe(0);
  });

  it("records one attempt for a repeated client id: 201, then 200 marked as replayed", async () => {
    const { userId, row, answer } = await learnerWithProblem("b@example.com");
    session.userId = userId;
    const first = await submit(row.id, body(answer));
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ ok: true, attempt: { problemId: row.id, correct: true, replayed: false } });
    const again = await submit(row.id, body(answer));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ ok: true, attempt: { replayed: true } });
    const both = await Promise.all([submit(row.id, body(answer, "client-0002")), submit(row.id, body(answer, "client-0002"))]);
    expect(both.map((r) => r.status)).toEqual([409, 409]);
    expect(await t.current.db.attempt.count()).toBe(1);
  });

  it("a session of a deleted account (the token outlives the user) is refused and records nothing", async () => {
    const { userId, row, answer } = await learnerWithProblem("gone@example.com");
    session.userId = userId;
    await t.current.db.user.delete({ where: { id: userId } });
    const late = await submit(row.id, body(answer));
    expect(late.status).toBe(404);
    expect(await late.json()).toMatchObject({ ok: false, code: "not-issued" });
    expect(await t.current.db.attempt.count()).toBe(0);
  });

  it("refuses another learner's problem with 403, and bad bodies with 400, recording nothing", async () => {
    const owner = await learnerWithProblem("c@example.com");
    const other = await learnerWithProblem("d@example.com");
    session.userId = other.userId;
    const stolen = await submit(owner.row.id, body(owner.answer));
    expect(stolen.status).toBe(403);
    expect(await stolen.json()).toMatchObject({ ok: false, code: "not-yours" });
    expect((await submit(other.row.id, "{not json")).status).toBe(400);
    const short = await submit(other.row.id, body(other.answer, "x"));
    expect(short.status).toBe(400);
    expect(await short.json()).toMatchObject({ message: /submission id is missing/ });
    expect(await t.current.db.attempt.count()).toBe(0);
  });
});
