"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/server/session";
import { updateSettings } from "@/lib/server/settings";

export type SettingsState = {
  values: { timeZone: string; dailyGoal: string };
  errors: { timeZone?: string; dailyGoal?: string };
  notice?: string;
  saved?: boolean;
};

export async function saveSettingsAction(_prev: SettingsState, formData: FormData): Promise<SettingsState> {
  const user = await requireUser();
  const values = { timeZone: String(formData.get("timeZone") ?? ""), dailyGoal: String(formData.get("dailyGoal") ?? "") };
  const result = await updateSettings(user.id, values);
  if (!result.ok) return { values, errors: { [result.field]: result.message } };
  revalidatePath("/", "layout");
  return { values: { timeZone: result.timeZone, dailyGoal: String(result.dailyGoal) }, errors: {}, notice: result.notice, saved: true };
}
