// Implicit repetition: what an answer on one skill says about the skills it builds on.
//
// Rule 1 (credit). A correct answer on skill X is a partial review, of weight w, of every skill
// Y that X encompasses (w from the curriculum; through chains, the product of the weights). Y
// gets the fraction w of the stability gain an explicit review of Y (same rating, capped at good)
// would give now, taken in log space: S' = S · (S_explicit / S)^w, and its last review becomes
// now. Its due date is never later than that explicit review would put it and, within that
// bound, never earlier than it was.
// Reason: solving X genuinely retrieves Y (e.g. an eigenvalue problem computes a determinant),
// so separate reviews of Y would mostly repeat work already done; but X exercises only part of
// Y, so the gain is partial and the explicit review stays the upper bound. FSRS's gain is a
// factor, so "a fraction of a review" is a fraction of its logarithm; the linear mix (S moved the
// fraction w of the way) over-credited: in bench:simulate credited skills were predicted ~6
// points above their true recall at their next review (see --diagnose).
//
// Rule 2 (shaky prerequisites). A wrong answer on X makes each direct prerequisite of X that is
// shaky (predicted recall below SHAKY_RECALL, or failed on its latest review) due now.
// Reason: a failure on X is often a failure of a prerequisite; reviewing that prerequisite next
// repairs the cause instead of drilling X on a broken base.
import { DAY_MS, DESIRED_RETENTION, intervalDays, recallStability, retrievability, type RatingName, type SkillMemory } from "./memory";
import { isNew } from "./mastery";

export const SHAKY_RECALL = 0.85;

/** The memory after a partial review of `weight` in (0, 1]; unchanged for a skill never started. */
export function implicitCredit(
  m: SkillMemory, weight: number, rating: RatingName, now: Date, retention: number = DESIRED_RETENTION,
): SkillMemory {
  if (isNew(m) || rating === "again" || weight <= 0) return m;
  const asRating: RatingName = rating === "hard" ? "hard" : "good";
  const explicitStability = recallStability(m, now, asRating);
  const explicitDue = now.getTime() + intervalDays(explicitStability, 0, retention) * DAY_MS;
  const stability = explicitStability <= m.stability
    ? m.stability
    : m.stability * Math.pow(explicitStability / m.stability, Math.min(1, weight));
  const creditedDue = now.getTime() + intervalDays(stability, 0, retention) * DAY_MS;
  const due = Math.min(explicitDue, Math.max(Date.parse(m.due), creditedDue));
  return {
    ...m,
    stability,
    lastReview: now.toISOString(),
    due: new Date(due).toISOString(),
    scheduledDays: Math.round((due - now.getTime()) / DAY_MS),
    implicitCredits: m.implicitCredits + 1,
  };
}

export function isShaky(m: SkillMemory, now: Date): boolean {
  return !isNew(m) && (m.lastRating === "again" || retrievability(m, now) < SHAKY_RECALL);
}

/** The prerequisite's memory made due now when it is shaky; unchanged otherwise. */
export function recallShakyPrerequisite(m: SkillMemory, now: Date): SkillMemory {
  if (!isShaky(m, now) || Date.parse(m.due) <= now.getTime()) return m;
  return { ...m, due: now.toISOString() };
}
