// GET /api/exams/attempts/[id]: the attempt for its learner — prompts only while open; score,
// verdicts, answers and solutions once closed. An overdue attempt is closed and graded first.
import { getExamForLearner } from "@/lib/server/exams";
import { requireApiUserId } from "@/lib/server/session";
import { examJson, refusal } from "../../respond";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const userId = await requireApiUserId();
  const { id } = await params;
  const result = await getExamForLearner(userId, id);
  if (!result.ok) return refusal(result);
  return examJson({ ok: true, exam: result.exam });
}
