// The outcome shape every cohort use case returns, and the guards they share. Failures are values
// with a message the page shows as is; `code` lets tests and the authorization matrix tell the
// kinds apart (anonymous → sign-in, forbidden → 403, not-found → 404, the rest are input errors).
import type { SessionUser } from "../session";

export type FailureCode =
  | "anonymous"
  | "forbidden"
  | "not-found"
  | "invalid"
  | "expired"
  | "not-member"
  | "unknown-email"
  | "rate-limited";

export type Failure = { ok: false; code: FailureCode; message: string; fieldErrors?: Record<string, string> };
export type Outcome<T extends object = object> = ({ ok: true } & T) | Failure;

export function fail(code: FailureCode, message: string, fieldErrors?: Record<string, string>): Failure {
  return fieldErrors ? { ok: false, code, message, fieldErrors } : { ok: false, code, message };
}

export const SIGN_IN_FIRST = fail("anonymous", "Sign in first.");

export function isStaff(user: SessionUser): boolean {
  return user.role === "INSTRUCTOR" || user.role === "ADMIN";
}

/** The first message per field of a zod error, for forms. */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}

/** A FormData value or a plain object's entry as a string ("" when missing or not text). */
export function textField(form: FormData | Record<string, unknown>, key: string): string {
  const value = form instanceof FormData ? form.get(key) : form[key];
  return typeof value === "string" ? value : "";
}

export function listField(form: FormData | Record<string, unknown>, key: string): string[] {
  if (form instanceof FormData) return form.getAll(key).filter((v): v is string => typeof v === "string");
  const value = form[key];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" ? [value] : [];
}
