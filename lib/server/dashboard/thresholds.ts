// The cohort dashboard's numbers that are judgement calls, stated once: what counts as overdue,
// which learners are at risk and why, and how much each view shows per page.

/** A review is overdue once it has been due for this many days (a day's slack is ordinary). */
export const OVERDUE_AFTER_DAYS = 2;

export const AT_RISK = {
  /** No answer for this many days (or never, once joined this long ago). */
  inactiveDays: 3,
  /** Overdue reviews piling up: at least this many. */
  overdueReviews: 10,
  /** Falling retention: correct share over the last week below the week before by this much (0..1) … */
  retentionDrop: 0.2,
  /** … with at least this many answers in each of the two weeks, so one bad answer is not a trend. */
  retentionMinAnswers: 5,
  /** Repeated failure: the latest this-many answers on one skill were all wrong … */
  repeatedFailures: 3,
  /** … within this many days. */
  repeatedFailureWindowDays: 14,
} as const;

export const MEMBERS_PAGE_SIZE = 50;
export const HEATMAP_PAGE_SIZE = 50;
export const AT_RISK_LIMIT = 100;
export const ACTIVITY_DAYS = 30;
/** Example wrong answers shown per mistake tag in item analysis (distinct texts, no names). */
export const EXAMPLES_PER_MISTAKE = 3;
export const TOP_MISTAKES = 5;
