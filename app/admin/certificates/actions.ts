"use server";
import { revokeCertificate } from "@/lib/server/certificates/admin";
import { requireRole } from "@/lib/server/session";

export type RevokeState = { message?: string; ok?: boolean };

// No revalidatePath: re-rendering would replace the form, and with it the confirmation, by the revoked row.
export async function revokeCertificateAction(_prev: RevokeState, formData: FormData): Promise<RevokeState> {
  const admin = await requireRole("ADMIN");
  const result = await revokeCertificate(admin.id, { code: String(formData.get("code") ?? ""), reason: String(formData.get("reason") ?? "") });
  if (!result.ok) return { message: result.message };
  return { ok: true, message: "Certificate revoked. The verification page and the credential now show it." };
}
