"use server";
// Instructors create cohorts, renew join codes and add learners. Every rule, including who may
// act on which cohort, is checked in lib/server/cohorts/manage.ts beside the query.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireCohortStaff } from "@/lib/server/cohorts/access";
import { addLearnerByEmail, createCohort, renewJoinCode } from "@/lib/server/cohorts/manage";
import { requireRole, STAFF_ROLES } from "@/lib/server/session";
import { failureState, type FormState } from "../cohorts/form-state";

export async function createCohortAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole(...STAFF_ROLES);
  const result = await createCohort(user, formData);
  const values = {
    name: String(formData.get("name") ?? ""),
    courses: formData.getAll("courses").map(String),
    startDate: String(formData.get("startDate") ?? ""),
    codeExpiresOn: String(formData.get("codeExpiresOn") ?? ""),
  };
  if (!result.ok) return failureState(result, values);
  revalidatePath("/teach");
  redirect(`/teach?created=${encodeURIComponent(result.cohort.id)}`);
}

export async function renewJoinCodeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const cohortId = String(formData.get("cohortId") ?? "");
  const { user } = await requireCohortStaff(cohortId);
  const result = await renewJoinCode(user, cohortId, String(formData.get("codeExpiresOn") ?? ""));
  if (!result.ok) return failureState(result);
  revalidatePath("/teach");
  return { message: `New join code: ${result.joinCode}. The old code no longer works.` };
}

export async function addLearnerAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const cohortId = String(formData.get("cohortId") ?? "");
  const { user } = await requireCohortStaff(cohortId);
  const email = String(formData.get("email") ?? "");
  const result = await addLearnerByEmail(user, cohortId, email);
  if (!result.ok) return failureState(result, { email });
  revalidatePath("/teach");
  return { message: result.message };
}
