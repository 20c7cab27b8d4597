// Display helpers shared by the cohort pages.
import { courseTitle } from "@/lib/server/skill-graph";
import { formatJoinCode } from "@/lib/server/cohorts/join-code";

export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

export function percent(share: number | null): string {
  return share === null ? "no members yet" : `${Math.round(share * 100)} %`;
}

export function courseList(courses: readonly string[]): string {
  return courses.map(courseTitle).join(", ");
}

export function codeLabel(code: string, expiresAt: Date | null, now: Date): string {
  const shown = formatJoinCode(code);
  if (!expiresAt) return shown;
  return expiresAt <= now ? `${shown} (expired ${isoDay(expiresAt)})` : `${shown} (valid until ${isoDay(expiresAt)})`;
}
