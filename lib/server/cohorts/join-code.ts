// Cohort join codes: 8 characters of Crockford base32 (40 random bits) — short enough to read out
// in a lecture, long enough that guessing one is hopeless. Hand-written because the whole encoding
// is a 32-letter alphabet and a character map; no package adds anything here.
import { randomInt } from "node:crypto";

/** Crockford's alphabet: no I, L, O or U, so nothing reads as 1, 0 or a word. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const JOIN_CODE_LENGTH = 8;

export function newJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** Shown to learners as "ABCD-EFGH" for reading aloud; either form is accepted. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * Reads what a learner typed or pasted into the stored form: case-insensitive, spaces and hyphens
 * ignored, and Crockford's look-alikes (I/L → 1, O → 0) mapped. null when it cannot be a code.
 */
export function normaliseJoinCode(input: string): string | null {
  const cleaned = input
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "")
    .replace(/[IL]/g, "1")
    .replace(/O/g, "0");
  if (cleaned.length !== JOIN_CODE_LENGTH) return null;
  for (const ch of cleaned) if (!ALPHABET.includes(ch)) return null;
  return cleaned;
}
