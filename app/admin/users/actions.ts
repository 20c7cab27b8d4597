"use server";
// Admins make a user an instructor or a learner again; the rule lives in lib/server/cohorts/roles.ts.
import { revalidatePath } from "next/cache";
import { setUserRole } from "@/lib/server/cohorts/roles";
import { requireRole } from "@/lib/server/session";
import { failureState, type FormState } from "../../cohorts/form-state";

export async function setRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireRole("ADMIN");
  const result = await setUserRole(admin, String(formData.get("userId") ?? ""), String(formData.get("role") ?? ""));
  if (!result.ok) return failureState(result);
  revalidatePath("/admin/users");
  return { message: result.message };
}
