// POST /api/exams/attempts/[id]/submit: grade and close the attempt; the reply holds the results.
import { submitExam } from "@/lib/server/exams";
import { requireApiUser } from "@/lib/server/session";
import { refusal } from "../../../respond";

export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await requireApiUser();
  const { id } = await params;
  const result = await submitExam(user.id, id);
  if (!result.ok) return refusal(result);
  return Response.json({ ok: true, exam: result.exam });
}
