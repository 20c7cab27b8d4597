// POST /api/exams/attempts {course}: start the course exam (201) or resume the open attempt (200).
// The reply holds the questions (prompts only); the deadline runs from this delivery.
import { z } from "zod";
import { startExam } from "@/lib/server/exams";
import { requireApiUserId } from "@/lib/server/session";
import { examJson, jsonBody, refusal } from "../respond";

const Body = z.object({ course: z.string("Say which course: {\"course\": \"linear-algebra\"}.").min(1).max(64) });

export async function POST(request: Request): Promise<Response> {
  const userId = await requireApiUserId();
  const read = await jsonBody(request);
  if (!read.ok) return read.response;
  const body = Body.safeParse(read.body);
  if (!body.success) return Response.json({ ok: false, code: "invalid", message: body.error.issues[0]?.message }, { status: 422 });
  const result = await startExam(userId, body.data.course);
  if (!result.ok) return refusal(result);
  return examJson({ ok: true, resumed: result.resumed, exam: result.exam }, result.resumed ? 200 : 201);
}
