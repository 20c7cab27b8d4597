// The one place that decides who may do what. Every protected page, route handler and server
// action calls one of these first; proxy.ts redirects are only a convenience.
import { cache } from "react";
import { forbidden, redirect, unauthorized } from "next/navigation";
import { auth } from "@/auth";
import type { Role } from "@/generated/prisma/enums";
import { sessionUserId } from "./session-token";
import { findSessionUser, type SessionUser } from "./users";

export type { SessionUser };

/**
 * The signed-in user, read fresh from the database once per request so a role change or a
 * deleted account takes effect at once rather than when the JWT expires.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  return id ? findSessionUser(id) : null;
});

export function hasRole(user: SessionUser, roles: readonly Role[]): boolean {
  return roles.includes(user.role);
}

/** Pages and server actions: anonymous visitors go to sign-in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** Pages and server actions: signed-in users without one of the roles get the 403 page. */
export async function requireRole(...roles: Role[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!hasRole(user, roles)) forbidden();
  return user;
}

/** Route handlers: 401 for anonymous callers instead of a redirect. */
export async function requireApiUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) unauthorized();
  return user;
}

/**
 * Route handlers that act only on rows the caller must own (submitting an answer): the user id
 * from the session token (decrypted once per token, session-token.ts), without currentUser()'s
 * database read. Still safe for a deleted account: its rows went with it, so the ownership check
 * beside the query refuses it.
 */
export async function requireApiUserId(): Promise<string> {
  const id = await sessionUserId();
  if (!id) unauthorized();
  return id;
}

/** Route handlers: 401 anonymous, 403 wrong role. */
export async function requireApiRole(...roles: Role[]): Promise<SessionUser> {
  const user = await requireApiUser();
  if (!hasRole(user, roles)) forbidden();
  return user;
}

export const STAFF_ROLES: readonly Role[] = ["INSTRUCTOR", "ADMIN"];
