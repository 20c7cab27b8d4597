// PUT /api/exams/attempts/[id]/answers {position, answer}: autosave of one answer. Refused with
// 410 after the deadline, 409 on a submitted attempt, 403 on another learner's, 422 when malformed.
import { saveAnswer } from "@/lib/server/exams";
import { requireApiUserId } from "@/lib/server/session";
import { jsonBody, refusal } from "../../../respond";

export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const userId = await requireApiUserId();
  const { id } = await params;
  const read = await jsonBody(request);
  if (!read.ok) return read.response;
  const result = await saveAnswer(userId, id, read.body);
  if (!result.ok) return refusal(result);
  return Response.json(result);
}
