// Shared by the exam route handlers: JSON bodies read safely, refusals mapped to HTTP statuses.
import type { ExamFailure, ExamFailureCode } from "@/lib/server/exams";

const STATUS: Record<ExamFailureCode, number> = {
  invalid: 422, "unknown-course": 404, "not-found": 404, "no-question": 404, "not-enrolled": 403, "not-eligible": 403,
  "not-yours": 403, cooldown: 409, closed: 409, "deadline-passed": 410, config: 500,
};

export function refusal(failure: ExamFailure): Response {
  const headers: Record<string, string> = {};
  if (failure.retryAfterSeconds !== undefined) headers["retry-after"] = String(failure.retryAfterSeconds);
  const { ok, code, message } = failure;
  return Response.json({ ok, code, message }, { status: STATUS[failure.code], headers });
}

/** The parsed JSON body, or a 422 reply saying it is not JSON. */
export async function jsonBody(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, body: await request.json() };
  } catch {
    return { ok: false, response: Response.json({ ok: false, code: "invalid", message: "The request body must be JSON." }, { status: 422 }) };
  }
}

/**
 * An exam's questions as JSON, never cached, and not gzipped by next start: ~7 KB for twelve prompts,
 * whose compression was ~5 % of the server's CPU under a burst of 250 starts (bench/exam-start.ts);
 * the bytes are cheaper than the CPU when everyone starts at once.
 */
export function examJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store, no-transform" } });
}
