"use server";
import { revalidatePath } from "next/cache";
import { revokeCertificate } from "@/lib/server/certificates/admin";
import { requireRole } from "@/lib/server/session";

export type RevokeState = { message?: string; ok?: boolean };

export async function revokeCertificateAction(_prev: RevokeState, formData: FormData): Promise<RevokeState> {
  const admin = await requireRole("ADMIN");
  const result = await revokeCertificate(admin.id, { code: String(formData.get("code") ?? ""), reason: String(formData.get("reason") ?? "") });
  if (!result.ok) return { message: result.message };
  revalidatePath("/admin/certificates");
  return { ok: true, message: "Certificate revoked. The verification page and the credential now show it." };
}
