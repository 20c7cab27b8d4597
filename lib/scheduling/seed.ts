// Problem seeds for a daily set: a pure function of learner, local date and position, so a
// reload (or a second server) issues the very same problems.
import seedrandom from "seedrandom";

/** A non-negative 31-bit integer (fits a Postgres `integer`) derived from the key by ARC4. */
export function seedFor(learnerId: string, date: string, index: number): number {
  return seedrandom(`basis-daily:${learnerId}:${date}:${index}`).int32() >>> 1;
}
