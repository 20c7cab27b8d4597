import type { Metadata } from "next";
import { resolveTimeZone } from "@/lib/scheduling";
import { requireUser } from "@/lib/server/session";
import { SettingsForm } from "./settings-form";
import "@/app/learn/learner.css";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  const zone = resolveTimeZone(user.timeZone);
  const notice = zone.valid ? undefined : `Your time zone "${user.timeZone}" is not recognised, so your day follows UTC.`;
  return (
    <div className="stack narrow-wide">
      <h1>Settings</h1>
      <SettingsForm
        initial={{ values: { timeZone: zone.timeZone, dailyGoal: String(user.dailyGoal) }, errors: {}, notice }}
        zones={Intl.supportedValuesOf("timeZone")}
      />
    </div>
  );
}
