// A trivial route: liveness for load balancers, and the baseline of bench/submit.ts.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true });
}
