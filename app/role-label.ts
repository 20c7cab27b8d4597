import type { Role } from "@/generated/prisma/enums";

const LABELS: Record<Role, string> = { LEARNER: "Learner", INSTRUCTOR: "Instructor", ADMIN: "Administrator" };

export function roleLabel(role: Role): string {
  return LABELS[role];
}
