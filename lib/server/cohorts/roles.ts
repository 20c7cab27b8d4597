// Admin tools for accounts: find users and make a learner an instructor (and back). Admin roles
// themselves are granted only by the seed/CLI, so an admin cannot lock every admin out here.
import { z } from "zod";
import { getDb } from "../db";
import type { SessionUser } from "../session";
import { fail, SIGN_IN_FIRST, type Outcome } from "./outcome";

export const USERS_PAGE_SIZE = 25;

export const UserSearchInput = z.object({
  q: z.string().trim().max(254, "Searches are at most 254 characters.").catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type UserRow = { id: string; name: string; email: string; role: "LEARNER" | "INSTRUCTOR" | "ADMIN"; createdAt: Date };
export type UserPage = { users: UserRow[]; total: number; page: number; pages: number; q: string };

function adminGuard(actor: SessionUser | null) {
  if (!actor) return SIGN_IN_FIRST;
  if (actor.role !== "ADMIN") return fail("forbidden", "Only administrators can manage accounts.");
  return null;
}

/** A page of users whose name or email contains `q` (any case), by name. */
export async function searchUsers(actor: SessionUser | null, query: { q?: unknown; page?: unknown }): Promise<Outcome<UserPage>> {
  const denied = adminGuard(actor);
  if (denied) return denied;
  const { q, page } = UserSearchInput.parse(query);
  const where = q
    ? { OR: [{ name: { contains: q, mode: "insensitive" as const } }, { email: { contains: q, mode: "insensitive" as const } }] }
    : {};
  const db = getDb();
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where, orderBy: [{ name: "asc" }, { id: "asc" }], skip: (page - 1) * USERS_PAGE_SIZE, take: USERS_PAGE_SIZE,
      select: { id: true, name: true, email: true, role: true, createdAt: true },
    }),
  ]);
  return { ok: true, users, total, page, pages: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)), q };
}

const RoleChange = z.enum(["LEARNER", "INSTRUCTOR"], { message: "Choose learner or instructor." });

/** Learner ↔ instructor. Cohorts an ex-instructor ran keep their rows but are no longer visible to them. */
export async function setUserRole(actor: SessionUser | null, userId: string, role: string): Promise<Outcome<{ message: string }>> {
  const denied = adminGuard(actor);
  if (denied) return denied;
  const parsed = RoleChange.safeParse(role);
  if (!parsed.success) return fail("invalid", "Choose learner or instructor.");
  const db = getDb();
  const target = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, role: true } });
  if (!target) return fail("not-found", "There is no such account.");
  if (target.role === "ADMIN") return fail("invalid", `${target.name} is an administrator; administrator roles are not changed here.`);
  if (target.role !== parsed.data) await db.user.update({ where: { id: userId }, data: { role: parsed.data } });
  const label = parsed.data === "INSTRUCTOR" ? "an instructor" : "a learner";
  return { ok: true, message: `${target.name} is now ${label}.` };
}
