// Accounts: sign-up, credential checks and the user record behind a session.
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { getDb } from "./db";
import { burnComparison, hashPassword, MAX_PASSWORD_BYTES, MIN_PASSWORD_LENGTH, passwordMatches } from "./passwords";

export type SessionUser = { id: string; email: string; name: string; role: Role; timeZone: string; dailyGoal: number };

const sessionUserSelect = { id: true, email: true, name: true, role: true, timeZone: true, dailyGoal: true } as const;

const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Email addresses are at most 254 characters.")
  .pipe(z.email("Enter an email address like name@example.com."));

export const SignUpInput = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Names are at most 100 characters."),
  email: emailField,
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
    .refine((p) => Buffer.byteLength(p) <= MAX_PASSWORD_BYTES, `Use at most ${MAX_PASSWORD_BYTES} bytes.`),
});

export type SignUpField = "name" | "email" | "password";
export type SignUpResult =
  | { ok: true; user: SessionUser }
  | { ok: false; fieldErrors: Partial<Record<SignUpField, string>>; values: { name: string; email: string } };

const TAKEN = "An account with this email already exists. Sign in instead, or use another email.";

function stringField(form: Record<string, unknown>, key: string): string {
  const value = form[key];
  return typeof value === "string" ? value : "";
}

/** Creates a learner account. On any failure nothing is written and typed values (not the password) come back. */
export async function signUp(form: Record<string, unknown>): Promise<SignUpResult> {
  const values = { name: stringField(form, "name"), email: stringField(form, "email") };
  const parsed = SignUpInput.safeParse({ ...values, password: stringField(form, "password") });
  const db = getDb();
  const isTaken = async (email: string) => Boolean(await db.user.findUnique({ where: { email }, select: { id: true } }));
  if (!parsed.success) {
    const fieldErrors: Partial<Record<SignUpField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as SignUpField;
      fieldErrors[field] ??= issue.message;
    }
    // Report a taken email together with the other problems, not one round trip later.
    const email = emailField.safeParse(values.email);
    if (!fieldErrors.email && email.success && (await isTaken(email.data))) fieldErrors.email = TAKEN;
    return { ok: false, fieldErrors, values };
  }
  if (await isTaken(parsed.data.email)) return { ok: false, fieldErrors: { email: TAKEN }, values };
  try {
    const user = await db.user.create({
      data: { name: parsed.data.name, email: parsed.data.email, passwordHash: await hashPassword(parsed.data.password) },
      select: sessionUserSelect,
    });
    return { ok: true, user };
  } catch (error) {
    // Two sign-ups racing for one email: the unique index decides, the loser gets the same message.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, fieldErrors: { email: TAKEN }, values };
    }
    throw error;
  }
}

/** The user when email and password match; null otherwise, in the same time whether or not the email exists. */
export async function verifyCredentials(email: unknown, password: unknown): Promise<SessionUser | null> {
  if (typeof email !== "string" || typeof password !== "string" || password.length === 0) return null;
  const parsedEmail = emailField.safeParse(email);
  if (!parsedEmail.success) return burnComparison(password).then(() => null);
  const found = await getDb().user.findUnique({
    where: { email: parsedEmail.data },
    select: { ...sessionUserSelect, passwordHash: true },
  });
  if (!found) return burnComparison(password).then(() => null);
  if (!(await passwordMatches(password, found.passwordHash))) return null;
  const { passwordHash: _hash, ...user } = found;
  return user;
}

export function findSessionUser(id: string): Promise<SessionUser | null> {
  return getDb().user.findUnique({ where: { id }, select: sessionUserSelect });
}

/** For seeds and admin tools: creates the user unless the email exists; never changes an existing one. */
export async function ensureUser(input: { email: string; name: string; password: string; role: Role }): Promise<SessionUser> {
  const email = emailField.parse(input.email);
  const existing = await getDb().user.findUnique({ where: { email }, select: sessionUserSelect });
  if (existing) return existing;
  return getDb().user.create({
    data: { email, name: input.name, role: input.role, passwordHash: await hashPassword(input.password) },
    select: sessionUserSelect,
  });
}
