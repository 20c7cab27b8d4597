// Submitting an answer as JSON (machine clients, bench/submit.ts): the same recordAttempt as the
// answer form's server action, so validation, ownership and idempotency are identical.
import { z } from "zod";
import { recordAttempt, SubmitInput } from "@/lib/server/attempts";
import { requireApiUserId } from "@/lib/server/session";

const Body = SubmitInput.omit({ problemId: true });

/** Refusal codes of recordAttempt → HTTP status; anything unlisted is a 400. */
const STATUS: Record<string, number> = { "not-issued": 404, "not-yours": 403, "already-answered": 409, unparsable: 422, empty: 422, generator: 500 };

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const userId = await requireApiUserId();
  const { id } = await params;
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return Response.json({ ok: false, code: "invalid", message: "The request body must be JSON." }, { status: 400 });
  }
  const body = Body.safeParse(json);
  if (!body.success) {
    return Response.json({ ok: false, code: "invalid", message: body.error.issues[0]?.message ?? "The submission could not be read." }, { status: 400 });
  }
  const result = await recordAttempt(userId, { ...body.data, problemId: id } satisfies z.input<typeof SubmitInput>);
  if (!result.ok) return Response.json(result, { status: STATUS[result.code] ?? 400 });
  return Response.json({ ok: true, attempt: result.view }, { status: result.view.replayed ? 200 : 201 });
}
