"use server";
// Starting an exam from the start page: thin — session, lib/server, redirect to the taking page.
import { redirect } from "next/navigation";
import { startExam } from "@/lib/server/exams";
import { requireUser } from "@/lib/server/session";

export type StartState = { error?: string };

export async function startExamAction(_prev: StartState, formData: FormData): Promise<StartState> {
  const user = await requireUser();
  const result = await startExam(user.id, String(formData.get("course") ?? ""));
  if (!result.ok) return { error: result.message };
  redirect(`/exams/attempts/${result.exam.id}`);
}
