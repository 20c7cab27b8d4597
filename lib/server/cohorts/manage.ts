// Instructor-side cohort use cases: create a cohort, issue a new join code, add a learner by email.
// Each checks the actor beside its query (cohortAccess), so a server action cannot skip it.
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { COURSE_IDS, courseTitle } from "../skill-graph";
import { getDb } from "../db";
import type { SessionUser } from "../session";
import { cohortAccess } from "./access";
import { newJoinCode } from "./join-code";
import { fail, fieldErrorsOf, isStaff, listField, SIGN_IN_FIRST, textField, type Failure, type Outcome } from "./outcome";

const isoDate = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-09-01.");

function dateOnly(text: string): Date | null {
  const d = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text ? null : d;
}

/** A code valid "until" a date stays valid to the end of that day (UTC). */
function endOfDay(text: string): Date | null {
  const d = dateOnly(text);
  return d && new Date(d.getTime() + 86_400_000 - 1);
}

const expiryField = z.union([z.literal(""), isoDate]).transform((t) => (t === "" ? null : t));

export const CreateCohortInput = z.object({
  name: z.string().trim().min(1, "Give the cohort a name.").max(120, "Cohort names are at most 120 characters."),
  courses: z
    .array(z.string())
    .min(1, "Choose at least one course.")
    .refine((cs) => cs.every((c) => COURSE_IDS.includes(c)), `Courses must be among: ${COURSE_IDS.join(", ")}.`)
    .transform((cs) => COURSE_IDS.filter((c) => cs.includes(c))),
  startDate: isoDate.refine((t) => dateOnly(t) !== null, "That start date does not exist."),
  codeExpiresOn: expiryField,
});

export type CreatedCohort = { cohort: { id: string; name: string; joinCode: string } };

function expiryProblem(codeExpiresOn: string | null, now: Date): string | null {
  if (codeExpiresOn === null) return null;
  const end = endOfDay(codeExpiresOn);
  if (!end) return "That expiry date does not exist.";
  return end <= now ? "The join code would already be expired: choose a later date or leave it empty." : null;
}

function isCodeClash(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Retries on the (astronomically rare) clash of a fresh code with an existing one. */
async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await write(newJoinCode());
    } catch (error) {
      if (!isCodeClash(error) || attempt >= 4) throw error;
    }
  }
}

/** Instructors and admins create cohorts; the creator runs it (CohortInstructor). */
export async function createCohort(
  actor: SessionUser | null,
  form: FormData | Record<string, unknown>,
  now: Date = new Date(),
): Promise<Outcome<CreatedCohort>> {
  if (!actor) return SIGN_IN_FIRST;
  if (!isStaff(actor)) return fail("forbidden", "Only instructors can create cohorts.");
  const parsed = CreateCohortInput.safeParse({
    name: textField(form, "name"),
    courses: listField(form, "courses"),
    startDate: textField(form, "startDate"),
    codeExpiresOn: textField(form, "codeExpiresOn"),
  });
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error.issues);
    return fail("invalid", Object.values(fieldErrors)[0] ?? "Check the form.", fieldErrors);
  }
  const { name, courses, startDate, codeExpiresOn } = parsed.data;
  const expiry = expiryProblem(codeExpiresOn, now);
  if (expiry) return fail("invalid", expiry, { codeExpiresOn: expiry });
  const cohort = await withFreshCode((joinCode) =>
    getDb().cohort.create({
      data: {
        name, courses, joinCode, startDate: dateOnly(startDate)!,
        joinCodeExpiresAt: codeExpiresOn ? endOfDay(codeExpiresOn) : null,
        createdById: actor.id,
        instructors: { create: { userId: actor.id } },
      },
      select: { id: true, name: true, joinCode: true },
    }),
  );
  return { ok: true, cohort };
}

async function staffGuard(actor: SessionUser | null, cohortId: string): Promise<Failure | null> {
  if (!actor) return SIGN_IN_FIRST;
  const access = await cohortAccess(actor, cohortId);
  if (access === "ok") return null;
  if (access === "not-found") return fail("not-found", "There is no such cohort.");
  return fail("forbidden", "Only the cohort's instructors can do that.");
}

/** Replaces the join code (the old one stops working at once), optionally valid until a date. */
export async function renewJoinCode(
  actor: SessionUser | null,
  cohortId: string,
  codeExpiresOn: string,
  now: Date = new Date(),
): Promise<Outcome<{ joinCode: string; expiresAt: Date | null }>> {
  const denied = await staffGuard(actor, cohortId);
  if (denied) return denied;
  const parsed = expiryField.safeParse(codeExpiresOn);
  if (!parsed.success) return fail("invalid", parsed.error.issues[0]?.message ?? "Use a date like 2026-09-01.");
  const expiry = expiryProblem(parsed.data, now);
  if (expiry) return fail("invalid", expiry);
  const expiresAt = parsed.data ? endOfDay(parsed.data) : null;
  const joinCode = await withFreshCode(async (code) => {
    await getDb().cohort.update({ where: { id: cohortId }, data: { joinCode: code, joinCodeExpiresAt: expiresAt } });
    return code;
  });
  return { ok: true, joinCode, expiresAt };
}

const emailInput = z.string().trim().toLowerCase().pipe(z.email("Enter an email address like name@example.com."));

/** Adds an existing account to the cohort; never creates accounts or invites strangers. */
export async function addLearnerByEmail(
  actor: SessionUser | null,
  cohortId: string,
  email: string,
): Promise<Outcome<{ learner: { name: string; email: string }; already: boolean; message: string }>> {
  const denied = await staffGuard(actor, cohortId);
  if (denied) return denied;
  const parsed = emailInput.safeParse(email);
  if (!parsed.success) return fail("invalid", parsed.error.issues[0]?.message ?? "Enter an email address.");
  const db = getDb();
  const learner = await db.user.findUnique({ where: { email: parsed.data }, select: { id: true, name: true, email: true } });
  if (!learner) {
    return fail("unknown-email", `No account uses ${parsed.data}. Ask the learner to sign up first, or send them the join code.`);
  }
  const { count } = await db.cohortMember.createMany({ data: [{ cohortId, userId: learner.id }], skipDuplicates: true });
  const already = count === 0;
  const message = already ? `${learner.name} is already a member.` : `${learner.name} added.`;
  return { ok: true, learner: { name: learner.name, email: learner.email }, already, message };
}

export function coursesLabel(courses: readonly string[]): string {
  return courses.map(courseTitle).join(", ");
}
