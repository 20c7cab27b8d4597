"use server";
// Server actions of the learner loop: thin — check the session, call lib/server, shape the reply.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { recordAttempt } from "@/lib/server/attempts";
import { enrol, findIssuedProblem, nextInSet, todaysSet, MORE_PRACTICE_COUNT } from "@/lib/server/learning";
import { requireUser } from "@/lib/server/session";
import { renderResult, type SubmitReply } from "./render-result";

export type EnrolState = { error?: string };

export async function enrolAction(_prev: EnrolState, formData: FormData): Promise<EnrolState> {
  const user = await requireUser();
  const result = await enrol(user.id, formData.getAll("course").map(String));
  if (!result.ok) return { error: result.message };
  revalidatePath("/learn");
  redirect("/learn");
}

export async function morePracticeAction(): Promise<void> {
  const user = await requireUser();
  await todaysSet(user, new Date(), MORE_PRACTICE_COUNT);
  revalidatePath("/learn");
  redirect("/learn#today-heading");
}

/** Called by the answer form with a plain object; the solution only leaves the server here. */
export async function submitAnswerAction(input: unknown): Promise<SubmitReply> {
  const user = await requireUser();
  const result = await recordAttempt(user.id, input);
  if (!result.ok) return { ok: false, code: result.code, message: result.message };
  const issued = await findIssuedProblem(user.id, result.view.problemId);
  let nextHref = "/learn";
  if (issued?.source === "PRACTICE") nextHref = `/practice/${encodeURIComponent(issued.skillId)}`;
  else if (issued) {
    const next = await nextInSet(user.id, issued.localDate);
    if (next) nextHref = `/problems/${next}`;
  }
  return { ok: true, result: renderResult(result.view, nextHref) };
}
