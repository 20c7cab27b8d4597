// Certificate administration: find certificates by code or holder, and revoke one with a reason.
// Callers check requireRole("ADMIN") first; inputs are validated here.
import { z } from "zod";
import { parseCode } from "@/lib/certificates/code";
import { CREDENTIAL_TITLES, isCredential } from "@/lib/certificates/eligibility";
import { getDb } from "../db";

export interface AdminCertificateRow {
  code: string;
  title: string;
  holderName: string;
  holderEmail: string;
  issuedAt: Date;
  revocation: { revokedAt: Date; reason: string } | null;
}

const SEARCH_LIMIT = 50;

/** By exact code (printed form accepted) or by part of the holder's name or email; newest first. */
export async function searchCertificates(query: string): Promise<AdminCertificateRow[]> {
  const q = query.trim().slice(0, 200);
  const code = parseCode(q);
  const where = code
    ? { code }
    : q
      ? { OR: [{ holderName: { contains: q, mode: "insensitive" as const } }, { user: { email: { contains: q, mode: "insensitive" as const } } }] }
      : {};
  const rows = await getDb().certificate.findMany({
    where, orderBy: { issuedAt: "desc" }, take: SEARCH_LIMIT,
    select: { code: true, credential: true, holderName: true, issuedAt: true, user: { select: { email: true } }, revocation: { select: { revokedAt: true, reason: true } } },
  });
  return rows.map((r) => ({
    code: r.code, title: isCredential(r.credential) ? CREDENTIAL_TITLES[r.credential] : r.credential,
    holderName: r.holderName, holderEmail: r.user.email, issuedAt: r.issuedAt, revocation: r.revocation,
  }));
}

export const RevokeInput = z.object({
  code: z.string().transform((s, ctx) => parseCode(s) ?? (ctx.addIssue({ code: "custom", message: "That is not a certificate code." }), z.NEVER)),
  reason: z.string().trim().min(3, "Give a reason of at least 3 characters; it is shown on the public verification page.").max(500, "Keep the reason under 500 characters."),
});

export type RevokeResult = { ok: true; code: string; revokedAt: Date } | { ok: false; code: string; message: string };

export async function revokeCertificate(adminId: string, input: unknown, now = new Date()): Promise<RevokeResult> {
  const parsed = RevokeInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: parsed.error.issues[0]?.message ?? "Check the form." };
  const db = getDb();
  const cert = await db.certificate.findUnique({ where: { code: parsed.data.code }, select: { id: true, revocation: true } });
  if (!cert) return { ok: false, code: "not-found", message: "There is no certificate with this code." };
  // ON CONFLICT DO NOTHING: two admins revoking at once keep the first reason.
  const created = await db.certificateRevocation.createMany({
    data: [{ certificateId: cert.id, revokedAt: now, reason: parsed.data.reason, revokedById: adminId }], skipDuplicates: true,
  });
  if (created.count === 0) {
    const existing = await db.certificateRevocation.findUniqueOrThrow({ where: { certificateId: cert.id } });
    return { ok: false, code: "already-revoked", message: `This certificate was already revoked on ${existing.revokedAt.toISOString().slice(0, 10)}: ${existing.reason}` };
  }
  return { ok: true, code: parsed.data.code, revokedAt: now };
}
