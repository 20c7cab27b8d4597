// The scheduler's public surface: pure functions of memories, the skill graph and an injected clock.
export { indexGraph, skillGraphSchema, skillsInScope, type GraphIndex, type GraphResult, type SkillGraph, type SkillNode } from "./graph";
export {
  DEFAULT_EXPECTED_MS, DESIRED_RETENTION, FAST_FACTOR, FSRS_PARAMS, SLOW_FACTOR, newMemory, ratingFor, retrievability, review,
  skillMemorySchema, type AttemptOutcome, type RatingName, type SkillMemory,
} from "./memory";
export { applyAttempt, memoriesAt, memoryMap, type AttemptResult, type ReviewKind, type ReviewLogEntry } from "./attempt";
export { SHAKY_RECALL, implicitCredit, isShaky, recallShakyPrerequisite } from "./implicit";
export { frontier, pickNewSkills } from "./frontier";
export { COVERED_WEIGHT, coverReviews } from "./review-order";
export {
  MASTERY_MIN_STABILITY_DAYS, MASTERY_MIN_SUCCESSES, isLearned, isMastered, isNew, skillStatus, summarise,
  type MasterySummary, type SkillStatus,
} from "./mastery";
export { localDate, localDay, resolveTimeZone, startOfLocalDay, type LocalDay, type ResolvedZone } from "./local-day";
export { seedFor } from "./seed";
export { DEFAULT_DAILY_GOAL, DEFAULT_NEW_SKILLS_PER_DAY, dailySet, type DailyItem, type DailyItemKind, type DailySet, type DailySetInput } from "./daily-set";
export { forecastDue, predictedRetention } from "./forecast";
