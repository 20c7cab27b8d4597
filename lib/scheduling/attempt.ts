// One answered problem → every memory it changes and the review-log entries that explain why.
// The web layer writes the returned memories and log entries in the attempt's transaction.
import type { GraphIndex } from "./graph";
import { implicitCredit, recallShakyPrerequisite } from "./implicit";
import { DESIRED_RETENTION, newMemory, ratingFor, review, type AttemptOutcome, type RatingName, type SkillMemory } from "./memory";

export type ReviewKind = "explicit" | "implicit" | "prerequisite";

/** One change to one skill's memory. Plain JSON; `before` lets a day's starting state be rebuilt. */
export interface ReviewLogEntry {
  skillId: string;
  at: string;
  kind: ReviewKind;
  /** The skill the learner actually answered. */
  sourceSkillId: string;
  rating: RatingName;
  /** Weight of the partial review (1 for explicit ones). */
  weight: number;
  before: SkillMemory | null;
  after: SkillMemory;
}

export interface AttemptResult {
  rating: RatingName;
  /** New memories of every skill that changed, the answered skill first. */
  updated: SkillMemory[];
  log: ReviewLogEntry[];
}

export function memoryMap(memories: Iterable<SkillMemory>): Map<string, SkillMemory> {
  const m = new Map<string, SkillMemory>();
  for (const x of memories) m.set(x.skillId, x);
  return m;
}

export function applyAttempt(
  graph: GraphIndex,
  memories: ReadonlyMap<string, SkillMemory>,
  skillId: string,
  outcome: AttemptOutcome,
  now: Date,
): AttemptResult {
  const node = graph.byId.get(skillId);
  if (!node) throw new Error(`applyAttempt: unknown skill "${skillId}"`);
  const rating = ratingFor(outcome);
  const at = now.toISOString();
  const before = memories.get(skillId) ?? null;
  const after = review(before ?? newMemory(skillId, now), rating, now, DESIRED_RETENTION);
  const updated = [after];
  const log: ReviewLogEntry[] = [{ skillId, at, kind: "explicit", sourceSkillId: skillId, rating, weight: 1, before, after }];
  const change = (id: string, kind: ReviewKind, weight: number, next: (m: SkillMemory) => SkillMemory) => {
    const prev = memories.get(id);
    if (!prev) return;
    const m = next(prev);
    if (m === prev) return;
    updated.push(m);
    log.push({ skillId: id, at, kind, sourceSkillId: skillId, rating, weight, before: prev, after: m });
  };
  if (rating === "again") {
    for (const p of node.prereqs) change(p, "prerequisite", 0, (m) => recallShakyPrerequisite(m, now));
  } else {
    for (const [id, w] of graph.flow.get(skillId)!) change(id, "implicit", w, (m) => implicitCredit(m, w, rating, now));
  }
  return { rating, updated, log };
}

/**
 * Memories as they were at `instant`: every skill changed at or after it goes back to the
 * `before` of its earliest such log entry (a skill first seen then goes back to absent).
 * `log` must hold every entry from `instant` on; older entries are ignored.
 */
export function memoriesAt(
  memories: ReadonlyMap<string, SkillMemory>,
  log: readonly ReviewLogEntry[],
  instant: Date,
): Map<string, SkillMemory> {
  const out = new Map(memories);
  const earliest = new Map<string, ReviewLogEntry>();
  for (const e of log) {
    if (Date.parse(e.at) < instant.getTime()) continue;
    const seen = earliest.get(e.skillId);
    if (!seen || Date.parse(e.at) < Date.parse(seen.at)) earliest.set(e.skillId, e);
  }
  for (const [id, e] of earliest) {
    if (e.before) out.set(id, e.before);
    else out.delete(id);
  }
  return out;
}
