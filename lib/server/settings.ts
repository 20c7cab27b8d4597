// Learner settings: time zone (IANA name; an unknown one is stored as UTC and reported) and daily goal.
import { z } from "zod";
import { resolveTimeZone } from "@/lib/scheduling";
import { getDb } from "./db";

export const MAX_DAILY_GOAL = 50;

const SettingsInput = z.object({
  timeZone: z.string().trim().max(64, "Time zone names are at most 64 characters."),
  dailyGoal: z.coerce
    .number("Enter the daily goal as a whole number.")
    .int("Enter the daily goal as a whole number.")
    .min(1, "The daily goal is at least 1 problem.")
    .max(MAX_DAILY_GOAL, `The daily goal is at most ${MAX_DAILY_GOAL} problems.`),
});

export type SettingsResult =
  | { ok: true; timeZone: string; dailyGoal: number; notice?: string }
  | { ok: false; field: "timeZone" | "dailyGoal"; message: string };

export async function updateSettings(userId: string, form: Record<string, unknown>): Promise<SettingsResult> {
  const parsed = SettingsInput.safeParse(form);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, field: issue?.path[0] === "timeZone" ? "timeZone" : "dailyGoal", message: issue?.message ?? "Check the settings." };
  }
  const zone = resolveTimeZone(parsed.data.timeZone);
  await getDb().user.update({ where: { id: userId }, data: { timeZone: zone.timeZone, dailyGoal: parsed.data.dailyGoal } });
  const notice = zone.valid
    ? undefined
    : `"${parsed.data.timeZone}" is not a time zone we know, so your day now follows UTC. Choose a zone such as Europe/London.`;
  return { ok: true, timeZone: zone.timeZone, dailyGoal: parsed.data.dailyGoal, notice };
}
