// Certificate codes: 130 random bits from the OS CSPRNG, printed as 26 Crockford base32
// characters in groups of four ("7K3M-…"). Parsing accepts any case, hyphens/spaces and the
// letters Crockford maps to digits (I, L → 1; O → 0), so a code read off paper still resolves.
import { randomBytes } from "node:crypto";

/** Crockford's alphabet: no I, L, O, U (confusable with 1, 1, 0, V and obscenities). */
export const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** 26 symbols × 5 bits = 130 bits ≥ the 128 the issue asks for. */
export const CODE_LENGTH = 26;
export const CODE_BITS = CODE_LENGTH * 5;
const GROUP = 4;

/** A fresh code in canonical form (upper case, no separators), as stored in the database. */
export function generateCode(random: (n: number) => Uint8Array = randomBytes): string {
  // One byte per symbol, low 5 bits: 256 is a multiple of 32, so every symbol is uniform.
  const bytes = random(CODE_LENGTH);
  let out = "";
  for (let i = 0; i < CODE_LENGTH; i++) out += CODE_ALPHABET[bytes[i] & 31];
  return out;
}

/** The printed form: groups of four joined by hyphens. */
export function formatCode(code: string): string {
  return code.match(new RegExp(`.{1,${GROUP}}`, "g"))?.join("-") ?? code;
}

const ALIASES: Record<string, string> = { I: "1", L: "1", O: "0" };

/** The canonical code for typed or printed text, or null when it cannot be one. */
export function parseCode(text: string): string | null {
  if (text.length > 80) return null;
  const compact = text.toUpperCase().replace(/[\s-]/g, "");
  let out = "";
  for (const ch of compact) {
    const c = ALIASES[ch] ?? ch;
    if (!CODE_ALPHABET.includes(c)) return null;
    out += c;
  }
  return out.length === CODE_LENGTH ? out : null;
}
