import { beforeEach, describe, expect, it } from "vitest";
import { formatJoinCode } from "@/lib/server/cohorts/join-code";
import { addLearnerByEmail, createCohort, renewJoinCode } from "@/lib/server/cohorts/manage";
import { cohortForCode, joinCohort, leaveCohort, myCohorts } from "@/lib/server/cohorts/membership";
import { truncateAll, useTestDatabase } from "../../helpers/db";
import { makeCohort, makePersonas, makeUser, type Personas } from "./fixtures";

const t = useTestDatabase();
const NOW = new Date("2026-03-10T12:00:00Z");
let p: Personas;

beforeEach(async () => {
  await truncateAll(t.current.db);
  p = await makePersonas(t.current.db);
});

const form = (over: Record<string, unknown> = {}) => ({
  name: "  Autumn 2026  ", courses: ["pca", "linear-algebra"], startDate: "2026-09-01", codeExpiresOn: "", ...over,
});

describe("createCohort", () => {
  it("creates the cohort with a readable 8-character code, courses in course order, run by its creator", async () => {
    const r = await createCohort(p.instructorOfCohort, form(), NOW);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.cohort.joinCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    const row = await t.current.db.cohort.findUniqueOrThrow({ where: { id: r.cohort.id }, include: { instructors: true } });
    expect(row).toMatchObject({ name: "Autumn 2026", courses: ["linear-algebra", "pca"], joinCodeExpiresAt: null });
    expect(row.startDate.toISOString()).toBe("2026-09-01T00:00:00.000Z");
    expect(row.instructors.map((i) => i.userId)).toEqual([p.instructorOfCohort.id]);
  });

  it.each([
    ["name", { name: "   " }, /Give the cohort a name/],
    ["name", { name: "x".repeat(121) }, /at most 120/],
    ["courses", { courses: [] }, /at least one course/],
    ["courses", { courses: ["linear-algebra", "astrology"] }, /Courses must be among/],
    ["startDate", { startDate: "2026-02-30" }, /does not exist/],
    ["startDate", { startDate: "next monday" }, /Use a date like/],
    ["codeExpiresOn", { codeExpiresOn: "2026-03-09" }, /already be expired/],
  ])("refuses a bad %s with a message and writes nothing", async (field, over, message) => {
    const r = await createCohort(p.admin, form(over), NOW);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("invalid");
    expect(r.fieldErrors?.[field]).toMatch(message);
    expect(await t.current.db.cohort.count()).toBe(2);
  });

  it("accepts a name of exactly 120 characters and an expiry date, valid to the end of that day", async () => {
    const r = await createCohort(p.admin, form({ name: "n".repeat(120), codeExpiresOn: "2026-03-10" }), NOW);
    expect(r.ok).toBe(true);
    const row = await t.current.db.cohort.findFirstOrThrow({ where: { name: "n".repeat(120) } });
    expect(row.joinCodeExpiresAt?.toISOString()).toBe("2026-03-10T23:59:59.999Z");
  });

  it("refuses learners and anonymous callers", async () => {
    expect(await createCohort(p.learnerOfCohort, form(), NOW)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await createCohort(null, form(), NOW)).toMatchObject({ ok: false, code: "anonymous" });
  });
});

describe("joinCohort", () => {
  it("joins with the code in any case and with a hyphen or look-alike letters; twice is still one membership", async () => {
    const code = (await t.current.db.cohort.findUniqueOrThrow({ where: { id: p.cohortId } })).joinCode;
    const first = await joinCohort(p.learner, formatJoinCode(code).toLowerCase(), NOW);
    expect(first).toMatchObject({ ok: true, already: false, message: "You joined This cohort." });
    const again = await joinCohort(p.learner, ` ${code} `, NOW);
    expect(again).toMatchObject({ ok: true, already: true, message: "You are already a member of This cohort." });
    expect(await t.current.db.cohortMember.count({ where: { cohortId: p.cohortId, userId: p.learner.id } })).toBe(1);
  });

  it("reads O as 0 and I/L as 1, as Crockford base32 says", async () => {
    const cohortId = await makeCohort(t.current.db, p.instructorOfCohort.id, "Zeros", "10101010");
    const r = await joinCohort(p.learner, "lOiO-1o1o", NOW);
    expect(r.ok && r.cohort.id).toBe(cohortId);
  });

  it("two simultaneous joins make one membership", async () => {
    const code = (await t.current.db.cohort.findUniqueOrThrow({ where: { id: p.cohortId } })).joinCode;
    const results = await Promise.all([joinCohort(p.learner, code, NOW), joinCohort(p.learner, code, NOW)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await t.current.db.cohortMember.count({ where: { userId: p.learner.id } })).toBe(1);
  });

  it.each([
    ["junk", "hello!", /not a join code/],
    ["too short", "ABC", /not a join code/],
    ["unknown", "ZZZZ-ZZZZ", /No cohort has the code ZZZZ-ZZZZ/],
  ])("refuses a %s code with a clear message", async (_label, code, message) => {
    const r = await joinCohort(p.learner, code, NOW);
    expect(r).toMatchObject({ ok: false, code: "invalid" });
    expect(!r.ok && r.message).toMatch(message);
    expect(await t.current.db.cohortMember.count({ where: { userId: p.learner.id } })).toBe(0);
  });

  it("refuses an expired code and accepts it until the expiry instant", async () => {
    await t.current.db.cohort.update({ where: { id: p.cohortId }, data: { joinCodeExpiresAt: NOW } });
    const code = (await t.current.db.cohort.findUniqueOrThrow({ where: { id: p.cohortId } })).joinCode;
    const late = await joinCohort(p.learner, code, NOW);
    expect(late).toMatchObject({ ok: false, code: "expired" });
    expect(!late.ok && late.message).toMatch(/has expired\. Ask your instructor for a new one/);
    expect((await joinCohort(p.learner, code, new Date(NOW.getTime() - 1))).ok).toBe(true);
  });

  it("needs a signed-in user", async () => {
    expect(await joinCohort(null, "ABCD-EFGH", NOW)).toMatchObject({ ok: false, code: "anonymous" });
  });
});

describe("renewJoinCode", () => {
  it("replaces the code: the old one stops working, the new one joins", async () => {
    const old = (await t.current.db.cohort.findUniqueOrThrow({ where: { id: p.cohortId } })).joinCode;
    const r = await renewJoinCode(p.instructorOfCohort, p.cohortId, "", NOW);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.joinCode).not.toBe(old);
    expect((await cohortForCode(old, NOW)).ok).toBe(false);
    expect((await joinCohort(p.learner, r.joinCode, NOW)).ok).toBe(true);
  });

  it("is refused to other instructors and learners", async () => {
    expect(await renewJoinCode(p.instructorOfOtherCohort, p.cohortId, "", NOW)).toMatchObject({ code: "forbidden" });
    expect(await renewJoinCode(p.learnerOfCohort, p.cohortId, "", NOW)).toMatchObject({ code: "forbidden" });
  });
});

describe("leaveCohort and myCohorts", () => {
  it("lists my cohorts with their instructors; leaving removes only my membership", async () => {
    const mine = await myCohorts(p.learnerOfCohort);
    expect(mine).toEqual([expect.objectContaining({ id: p.cohortId, name: "This cohort", instructors: ["Ina"] })]);
    const left = await leaveCohort(p.learnerOfCohort, p.cohortId);
    expect(left).toMatchObject({ ok: true, message: expect.stringMatching(/You left This cohort/) });
    expect(await myCohorts(p.learnerOfCohort)).toEqual([]);
    expect(await t.current.db.cohort.count()).toBe(2);
    expect(await leaveCohort(p.learnerOfCohort, p.cohortId)).toMatchObject({ ok: false, code: "not-member" });
  });
});

describe("addLearnerByEmail", () => {
  it("adds an existing account by email in any case, once", async () => {
    const r = await addLearnerByEmail(p.instructorOfCohort, p.cohortId, `  ${p.learner.email.toUpperCase()} `);
    expect(r).toMatchObject({ ok: true, already: false, message: "Lea added." });
    const again = await addLearnerByEmail(p.admin, p.cohortId, p.learner.email);
    expect(again).toMatchObject({ ok: true, already: true, message: "Lea is already a member." });
    expect(await t.current.db.cohortMember.count({ where: { cohortId: p.cohortId } })).toBe(2);
  });

  it("refuses an unknown email, a malformed one, and callers who do not run the cohort", async () => {
    const unknown = await addLearnerByEmail(p.instructorOfCohort, p.cohortId, "nobody@example.com");
    expect(unknown).toMatchObject({ ok: false, code: "unknown-email" });
    expect(!unknown.ok && unknown.message).toMatch(/No account uses nobody@example.com\. Ask the learner to sign up first/);
    expect(await addLearnerByEmail(p.instructorOfCohort, p.cohortId, "not an email")).toMatchObject({ code: "invalid" });
    expect(await addLearnerByEmail(p.instructorOfOtherCohort, p.cohortId, p.learner.email)).toMatchObject({ code: "forbidden" });
    expect(await addLearnerByEmail(p.admin, "ckmissing0000000000000000", p.learner.email)).toMatchObject({ code: "not-found" });
    const stranger = await makeUser(t.current.db);
    expect(await t.current.db.cohortMember.count({ where: { userId: { in: [p.learner.id, stranger.id] } } })).toBe(0);
  });
});
