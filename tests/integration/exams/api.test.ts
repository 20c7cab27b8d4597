// The exam JSON API (app/api/exams/**): statuses and messages for the browser. The session is
// stubbed at @/auth and @/lib/server/session-token; everything below the route is real. Deadlines are moved in the database.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { truncateAll, useTestDatabase } from "../../helpers/db";
import { learnSkills, learner } from "./fixtures";

const session = vi.hoisted(() => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  return { userId: null as string | null };
});
vi.mock("@/auth", () => ({ auth: async () => (session.userId ? { user: { id: session.userId } } : null) }));
// Start, read and autosave take the id from the session token (requireApiUserId), submit from auth().
vi.mock("@/lib/server/session-token", () => ({ sessionUserId: async () => session.userId }));
const start = await import("@/app/api/exams/attempts/route");
const read = await import("@/app/api/exams/attempts/[id]/route");
const answers = await import("@/app/api/exams/attempts/[id]/answers/route");
const submit = await import("@/app/api/exams/attempts/[id]/submit/route");

const t = useTestDatabase();

beforeEach(async () => {
  await truncateAll(t.current.db);
  session.userId = null;
});

const json = (body: unknown) => ({ method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const startExam = (body: unknown) => start.POST(new Request("http://127.0.0.1/api/exams/attempts", json(body)));
const getExam = (id: string) => read.GET(new Request(`http://127.0.0.1/api/exams/attempts/${id}`), params(id));
const save = (id: string, body: unknown) => answers.PUT(new Request(`http://127.0.0.1/api/exams/attempts/${id}/answers`, { ...json(body), method: "PUT" }), params(id));
const submitExam = (id: string) => submit.POST(new Request(`http://127.0.0.1/api/exams/attempts/${id}/submit`, { method: "POST" }), params(id));

async function signedInEligible(email: string) {
  const u = await learner(t.current.db, email, ["pca"]);
  await learnSkills(t.current.db, u.id, "pca");
  session.userId = u.id;
  return u;
}

describe("exam API", () => {
  it("401 for an anonymous caller, nothing created", async () => {
    await expect(startExam({ course: "pca" })).rejects.toMatchObject({ digest: expect.stringContaining("401") });
    expect(await t.current.db.examAttempt.count()).toBe(0);
  });

  it("start: 422 for a malformed body, 404 unknown course, 201 new, 200 resumed with the same attempt", async () => {
    await signedInEligible("a@example.com");
    expect((await startExam("{not json")).status).toBe(422);
    const bad = await startExam({ kurs: "pca" });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ code: "invalid", message: expect.stringContaining("Say which course") });
    expect((await startExam({ course: "astrology" })).status).toBe(404);
    const first = await startExam({ course: "pca" });
    expect(first.status).toBe(201);
    // Questions are per learner and per moment: never stored by a cache on the way.
    expect(first.headers.get("cache-control")).toContain("no-store");
    const body = (await first.json()) as { exam: { id: string; questions: unknown[] } };
    expect(body.exam.questions).toHaveLength(12);
    const again = await startExam({ course: "pca" });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ resumed: true, exam: { id: body.exam.id } });
  });

  it("403 with what is missing for a learner below 80 %", async () => {
    const u = await learner(t.current.db, "b@example.com", ["pca"]);
    await learnSkills(t.current.db, u.id, "pca", 15);
    session.userId = u.id;
    const r = await startExam({ course: "pca" });
    expect(r.status).toBe(403);
    expect(await r.json()).toMatchObject({ code: "not-eligible", message: expect.stringContaining("learned 16 of the 20 skills") });
  });

  it("get: prompts only while open; save 200; 422 too long; 404 unknown question or attempt; 403 someone else's", async () => {
    const owner = await signedInEligible("c@example.com");
    const { exam } = (await (await startExam({ course: "pca" })).json()) as { exam: { id: string } };
    const got = await getExam(exam.id);
    expect(got.status).toBe(200);
    expect(got.headers.get("cache-control")).toContain("no-store");
    const text = await got.text();
    // Keys, not words: a prompt may well say "solution".
    for (const leak of ["solution", "hints", "expectedLatex", "numeric", "latex"]) expect(text).not.toContain(`"${leak}":`);
    expect((await save(exam.id, { position: 0, answer: "3" })).status).toBe(200);
    const long = await save(exam.id, { position: 0, answer: "9".repeat(2001) });
    expect(long.status).toBe(422);
    expect(await long.json()).toMatchObject({ message: "The answer is too long: the limit is 2,000 characters." });
    expect((await save(exam.id, { position: 40, answer: "1" })).status).toBe(404);
    expect((await getExam("nope")).status).toBe(404);
    await signedInEligible("d@example.com");
    const theirs = await save(exam.id, { position: 0, answer: "4" });
    expect(theirs.status).toBe(403);
    expect(await theirs.json()).toMatchObject({ code: "not-yours", message: "This exam attempt belongs to another learner, so nothing was shown or changed." });
    expect((await getExam(exam.id)).status).toBe(403);
    expect((await submitExam(exam.id)).status).toBe(403);
    expect((await t.current.db.examItem.findFirstOrThrow({ where: { attemptId: exam.id, position: 0 } })).answerText).toBe("3");
    session.userId = owner.id;
  });

  it("410 after the deadline (and the attempt is closed), 409 after submission, Retry-After during the cooldown", async () => {
    await signedInEligible("e@example.com");
    const { exam } = (await (await startExam({ course: "pca" })).json()) as { exam: { id: string } };
    await t.current.db.examAttempt.update({ where: { id: exam.id }, data: { deadline: new Date(Date.now() - 1000) } });
    const late = await save(exam.id, { position: 0, answer: "1" });
    expect(late.status).toBe(410);
    expect((await t.current.db.examAttempt.findUniqueOrThrow({ where: { id: exam.id } })).status).toBe("EXPIRED");
    const cooling = await startExam({ course: "pca" });
    expect(cooling.status).toBe(409);
    expect(Number(cooling.headers.get("retry-after"))).toBeGreaterThan(23 * 3600);

    await t.current.db.examAttempt.update({ where: { id: exam.id }, data: { closedAt: new Date(Date.now() - 25 * 3_600_000) } });
    const { exam: second } = (await (await startExam({ course: "pca" })).json()) as { exam: { id: string } };
    const done = await submitExam(second.id);
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ exam: { status: "SUBMITTED", score: 0, passed: false } });
    expect((await save(second.id, { position: 0, answer: "1" })).status).toBe(409);
    expect((await submitExam(second.id)).status).toBe(409);
  });
});
