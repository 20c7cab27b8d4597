// Learner-side cohort use cases: look a code up, join (once), leave, and list my cohorts.
import { getDb } from "../db";
import type { SessionUser } from "../session";
import { formatJoinCode, normaliseJoinCode } from "./join-code";
import { fail, SIGN_IN_FIRST, type Outcome } from "./outcome";

export type CohortSummary = { id: string; name: string; courses: string[]; startDate: Date; instructors: string[] };

const summarySelect = {
  id: true, name: true, courses: true, startDate: true, joinCodeExpiresAt: true,
  instructors: { select: { user: { select: { name: true } } }, orderBy: { addedAt: "asc" } },
} as const;

type SummaryRow = { id: string; name: string; courses: string[]; startDate: Date; instructors: { user: { name: string } }[] };

function summary(row: SummaryRow): CohortSummary {
  return { id: row.id, name: row.name, courses: row.courses, startDate: row.startDate, instructors: row.instructors.map((i) => i.user.name) };
}

/** The cohort a join code opens, for the confirmation page; the same messages as joining. */
export async function cohortForCode(code: string, now: Date = new Date()): Promise<Outcome<{ cohort: CohortSummary }>> {
  const normalised = normaliseJoinCode(code);
  if (!normalised) {
    return fail("invalid", "That is not a join code: codes have 8 letters and digits, like ABCD-2345. Check it with your instructor.");
  }
  const row = await getDb().cohort.findUnique({ where: { joinCode: normalised }, select: summarySelect });
  if (!row) return fail("invalid", `No cohort has the code ${formatJoinCode(normalised)}. Check it with your instructor; it may have been replaced.`);
  if (row.joinCodeExpiresAt && row.joinCodeExpiresAt <= now) {
    return fail("expired", `The code ${formatJoinCode(normalised)} has expired. Ask your instructor for a new one.`);
  }
  return { ok: true, cohort: summary(row) };
}

/** Joins the cohort the code opens; joining again changes nothing and says so. */
export async function joinCohort(
  actor: SessionUser | null,
  code: string,
  now: Date = new Date(),
): Promise<Outcome<{ cohort: CohortSummary; already: boolean; message: string }>> {
  if (!actor) return SIGN_IN_FIRST;
  const found = await cohortForCode(code, now);
  if (!found.ok) return found;
  // The primary key (cohortId, userId) makes a double click or a second tab a no-op, not a duplicate.
  const { count } = await getDb().cohortMember.createMany({
    data: [{ cohortId: found.cohort.id, userId: actor.id }],
    skipDuplicates: true,
  });
  const already = count === 0;
  const message = already ? `You are already a member of ${found.cohort.name}.` : `You joined ${found.cohort.name}.`;
  return { ok: true, cohort: found.cohort, already, message };
}

export async function leaveCohort(actor: SessionUser | null, cohortId: string): Promise<Outcome<{ cohortId: string; message: string }>> {
  if (!actor) return SIGN_IN_FIRST;
  const db = getDb();
  const membership = await db.cohortMember.findUnique({
    where: { cohortId_userId: { cohortId, userId: actor.id } },
    select: { cohort: { select: { name: true } } },
  });
  if (!membership) return fail("not-member", "You are not a member of that cohort.");
  await db.cohortMember.deleteMany({ where: { cohortId, userId: actor.id } });
  return { ok: true, cohortId, message: leftMessage(membership.cohort.name) };
}

/** The cohorts the learner belongs to, newest first. */
export async function myCohorts(actor: SessionUser): Promise<(CohortSummary & { joinedAt: Date })[]> {
  const rows = await getDb().cohortMember.findMany({
    where: { userId: actor.id },
    orderBy: { joinedAt: "desc" },
    select: { joinedAt: true, cohort: { select: summarySelect } },
  });
  return rows.map((r) => ({ ...summary(r.cohort), joinedAt: r.joinedAt }));
}

export function leftMessage(cohortName: string): string {
  return `You left ${cohortName}. Its instructors no longer see your progress.`;
}

/** The confirmation after leaving, for the page the learner lands on; null unless they really left it. */
export async function leftCohortMessage(actor: SessionUser, cohortId: string): Promise<string | null> {
  if (cohortId.length === 0 || cohortId.length > 64) return null;
  const db = getDb();
  const [cohort, member] = await Promise.all([
    db.cohort.findUnique({ where: { id: cohortId }, select: { name: true } }),
    db.cohortMember.findUnique({ where: { cohortId_userId: { cohortId, userId: actor.id } }, select: { userId: true } }),
  ]);
  return cohort && !member ? leftMessage(cohort.name) : null;
}
