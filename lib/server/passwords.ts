// Password hashing (bcrypt, pure JS). Cost 10 keeps sign-in near 60 ms on this class of machine.
import bcrypt from "bcryptjs";

const COST = 10;
export const MIN_PASSWORD_LENGTH = 10;
// bcrypt only reads the first 72 bytes; refuse longer input rather than silently truncate it.
export const MAX_PASSWORD_BYTES = 72;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function passwordMatches(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the email is unknown, so both failures take the same time.
const UNKNOWN_USER_HASH = bcrypt.hashSync("basis-unknown-user-placeholder", COST);

export async function burnComparison(password: string): Promise<false> {
  await bcrypt.compare(password, UNKNOWN_USER_HASH);
  return false;
}
