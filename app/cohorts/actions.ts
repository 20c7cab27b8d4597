"use server";
// Learners join and leave cohorts. Rules and messages live in lib/server/cohorts/membership.ts.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { joinCohortLimited } from "@/lib/server/cohorts/join-limit";
import { leaveCohort } from "@/lib/server/cohorts/membership";
import { clientAddress } from "@/lib/server/rate-limit";
import { requireUser } from "@/lib/server/session";
import { failureState, type FormState } from "./form-state";

export async function joinCohortAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const code = String(formData.get("code") ?? "");
  const result = await joinCohortLimited({ user, address: clientAddress(await headers()) }, code);
  if (!result.ok) return failureState(result, { code });
  revalidatePath("/cohorts");
  if (formData.get("from") === "join-link") redirect(`/cohorts?joined=${encodeURIComponent(result.cohort.id)}`);
  return { message: result.message };
}

export async function leaveCohortAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const result = await leaveCohort(user, String(formData.get("cohortId") ?? ""));
  if (!result.ok) return failureState(result);
  revalidatePath("/cohorts");
  // The cohort's card (and this form with it) disappears, so the confirmation goes on the page.
  redirect(`/cohorts?left=${encodeURIComponent(result.cohortId)}`);
}
