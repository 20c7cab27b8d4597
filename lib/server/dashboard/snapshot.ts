// Cohort-wide aggregates (item analysis over every skill, at-risk, charts) scan all members'
// answers: seconds for 10,000 learners and 2 million answers. Each is kept per server process for
// SNAPSHOT_TTL_MS and, once older, served while one background refresh runs (stale-while-revalidate),
// so those views answer at once and show figures at most a few minutes old, saying when they were
// computed. Per-learner views (members table, drill-down, one skill's detail) stay live.
import { atRisk } from "./at-risk";
import { activityPerDay, masteryDistribution } from "./charts";
import { itemSummary } from "./items";
import type { CohortRef } from "./members";
import type { ItemWindow } from "./params";

export const SNAPSHOT_TTL_MS = 2 * 60_000;
const MAX_ENTRIES = 500;

type Entry = { value: unknown; computedAt: Date; refreshing: boolean };
const entries = new Map<string, Entry>();
const firstRuns = new Map<string, Promise<Entry>>();

export interface Snapshot<T> { value: T; computedAt: Date }

function store(key: string, entry: Entry): void {
  entries.delete(key);
  entries.set(key, entry);
  // Oldest-inserted first: Map keeps insertion order.
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
}

export async function snapshot<T>(key: string, compute: () => Promise<T>, clock: () => Date = () => new Date()): Promise<Snapshot<T>> {
  const entry = entries.get(key);
  if (entry) {
    if (!entry.refreshing && clock().getTime() - entry.computedAt.getTime() > SNAPSHOT_TTL_MS) {
      entry.refreshing = true;
      const startedAt = clock();
      compute()
        .then((value) => store(key, { value, computedAt: startedAt, refreshing: false }))
        .catch((error: unknown) => {
          entry.refreshing = false;
          console.error(`[dashboard] refreshing ${key} failed:`, error);
        });
    }
    return { value: entry.value as T, computedAt: entry.computedAt };
  }
  // Concurrent first requests share one computation.
  let first = firstRuns.get(key);
  if (!first) {
    const startedAt = clock();
    first = compute().then((value) => {
      const made = { value, computedAt: startedAt, refreshing: false };
      store(key, made);
      return made;
    }).finally(() => firstRuns.delete(key));
    firstRuns.set(key, first);
  }
  const made = await first;
  return { value: made.value as T, computedAt: made.computedAt };
}

/** Tests: forget every snapshot. */
export function clearSnapshots(): void {
  entries.clear();
}

export const cohortSnapshots = {
  atRisk: (cohortId: string) => snapshot(`at-risk:${cohortId}`, () => atRisk(cohortId, new Date())),
  items: (cohortId: string, window: ItemWindow) => snapshot(`items:${cohortId}:${window}`, () => itemSummary(cohortId, window, new Date())),
  charts: (cohort: CohortRef) => snapshot(`charts:${cohort.id}:${cohort.courses.join(",")}`, async () => {
    const now = new Date();
    const [activity, distribution] = await Promise.all([activityPerDay(cohort.id, now), masteryDistribution(cohort)]);
    return { activity, distribution };
  }),
};
