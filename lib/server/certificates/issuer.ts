// The issuing instance's name as printed on certificates and in credentials (BASIS_ISSUER_NAME).
import { z } from "zod";

export const DEFAULT_ISSUER_NAME = "Basis (local instance)";

const IssuerName = z.string().trim().min(1).max(120);

/** BASIS_ISSUER_NAME when set to 1–120 characters, else the default. */
export function issuerName(env: Record<string, string | undefined> = process.env): string {
  const parsed = IssuerName.safeParse(env.BASIS_ISSUER_NAME);
  return parsed.success ? parsed.data : DEFAULT_ISSUER_NAME;
}
