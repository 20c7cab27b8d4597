// The join path behind the failure limit, against a real database: wrong codes count per learner
// and per address, a right code before the limit joins and counts nothing, and past the limit even
// a right code is refused with the wait, writing nothing.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { cohortForCodeLimited, JOIN_FAILURES, joinCohortLimited } from "@/lib/server/cohorts/join-limit";
import { createRateLimiter, type RateLimiter } from "@/lib/server/rate-limit";
import { truncateAll, useTestDatabase } from "../../helpers/db";
import { makeCohort, makePersonas, makeUser, type Personas } from "./fixtures";

const t = useTestDatabase();
const NOW = new Date("2026-03-10T12:00:00Z");
const minutesLater = (m: number) => new Date(NOW.getTime() + m * 60_000);
let p: Personas;
let limiter: RateLimiter;
let code: string;

beforeEach(async () => {
  await truncateAll(t.current.db);
  p = await makePersonas(t.current.db);
  code = (await t.current.db.cohort.findUniqueOrThrow({ where: { id: p.cohortId } })).joinCode;
  limiter = createRateLimiter(JOIN_FAILURES);
});

const members = () => t.current.db.cohortMember.count({ where: { cohortId: p.cohortId } });
/** A well-formed code no cohort has (fixture codes start with T). */
const wrong = (i: number) => `Z${String(i).padStart(7, "0")}`;

describe("join failure limit", () => {
  it("allows 10 wrong codes in 15 minutes, then refuses even the right one with the wait, writing nothing", async () => {
    const who = { user: p.learner, address: "198.51.100.1" };
    for (let i = 0; i < 10; i++) {
      expect(await joinCohortLimited(who, wrong(i), NOW, limiter)).toMatchObject({ ok: false, code: "invalid" });
    }
    const refused = await joinCohortLimited(who, code, NOW, limiter);
    // One token comes back every 90 s: the wait rounds up to 2 minutes.
    expect(refused).toEqual({ ok: false, code: "rate-limited", message: "Too many join attempts; try again in 2 minutes." });
    expect(await members()).toBe(1);
    // The lookup behind the join link is refused the same way.
    expect(await cohortForCodeLimited(who, code, NOW, limiter)).toMatchObject({ ok: false, code: "rate-limited" });
    // 90 s later one attempt is allowed again, and the right code joins.
    expect(await joinCohortLimited(who, code, new Date(NOW.getTime() + 90_000), limiter)).toMatchObject({ ok: true, already: false });
    expect(await members()).toBe(2);
  });

  it("does not count right codes: a learner who joins before the limit is never blocked", async () => {
    const who = { user: p.learner, address: "198.51.100.2" };
    for (let i = 0; i < 9; i++) await joinCohortLimited(who, wrong(i), NOW, limiter);
    for (let i = 0; i < 20; i++) {
      expect((await joinCohortLimited(who, code, NOW, limiter)).ok, `right code, attempt ${i + 1}`).toBe(true);
    }
    expect((await cohortForCodeLimited(who, code, NOW, limiter)).ok).toBe(true);
    // The tenth failure is still allowed; the eleventh attempt is not.
    expect(await joinCohortLimited(who, wrong(9), NOW, limiter)).toMatchObject({ code: "invalid" });
    expect(await joinCohortLimited(who, wrong(10), NOW, limiter)).toMatchObject({ code: "rate-limited" });
  });

  it("counts expired codes and wrong codes looked up through the join link", async () => {
    const who = { user: p.learner, address: "198.51.100.3" };
    await t.current.db.cohort.update({ where: { id: p.otherCohortId }, data: { joinCodeExpiresAt: NOW } });
    const expired = (await t.current.db.cohort.findUniqueOrThrow({ where: { id: p.otherCohortId } })).joinCode;
    for (let i = 0; i < 5; i++) expect(await joinCohortLimited(who, expired, NOW, limiter)).toMatchObject({ code: "expired" });
    for (let i = 0; i < 5; i++) expect(await cohortForCodeLimited(who, wrong(i), NOW, limiter)).toMatchObject({ code: "invalid" });
    expect(await joinCohortLimited(who, code, NOW, limiter)).toMatchObject({ code: "rate-limited" });
  });

  it("limits per learner across addresses and per address across learners", async () => {
    for (let i = 0; i < 10; i++) await joinCohortLimited({ user: p.learner, address: `203.0.113.${i}` }, wrong(i), NOW, limiter);
    expect(await joinCohortLimited({ user: p.learner, address: "203.0.113.200" }, code, NOW, limiter)).toMatchObject({ code: "rate-limited" });

    for (let i = 0; i < 10; i++) await joinCohortLimited({ user: await makeUser(t.current.db), address: "192.0.2.9" }, wrong(i), NOW, limiter);
    const fresh = await makeUser(t.current.db);
    expect(await joinCohortLimited({ user: fresh, address: "192.0.2.9" }, code, NOW, limiter)).toMatchObject({ code: "rate-limited" });
    expect(await joinCohortLimited({ user: fresh, address: "192.0.2.10" }, code, NOW, limiter)).toMatchObject({ ok: true });
  });

  it("refuses without touching the database", async () => {
    const who = { user: p.learner, address: "198.51.100.4" };
    for (let i = 0; i < 10; i++) await joinCohortLimited(who, wrong(i), NOW, limiter);
    const other = await makeCohort(t.current.db, p.instructorOfCohort.id, "Another", "W0000001");
    const spy = vi.spyOn(t.current.db.cohort, "findUnique");
    expect(await joinCohortLimited(who, "W0000001", minutesLater(1), limiter)).toMatchObject({ code: "rate-limited" });
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(await t.current.db.cohortMember.count({ where: { cohortId: other } })).toBe(0);
    // A full 15 minutes refills the bucket.
    expect(await joinCohortLimited(who, "W0000001", minutesLater(15), limiter)).toMatchObject({ ok: true });
  });

  it("sends signed-out callers to sign in without counting", async () => {
    expect(await joinCohortLimited(null, wrong(0), NOW, limiter)).toMatchObject({ code: "anonymous" });
  });
});
