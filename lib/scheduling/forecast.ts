// Forecasts for the progress page: reviews falling due per local day, and predicted recall if
// the learner stopped reviewing (the forgetting the scheduler is there to prevent).
import { localDay, nextDate, startOfLocalDay } from "./local-day";
import { isNew } from "./mastery";
import { DAY_MS, retrievability, type SkillMemory } from "./memory";

/** Started skills falling due on each of the next `days` local days (today includes overdue ones). */
export function forecastDue(
  memories: Iterable<SkillMemory>,
  now: Date,
  timeZone: string,
  days: number,
): { date: string; due: number }[] {
  const out: { date: string; due: number }[] = [];
  const ends: number[] = [];
  let date = localDay(now, timeZone).date;
  for (let i = 0; i < days; i++) {
    const next = nextDate(date);
    out.push({ date, due: 0 });
    ends.push(startOfLocalDay(next, timeZone).getTime());
    date = next;
  }
  for (const m of memories) {
    if (isNew(m)) continue;
    const due = Date.parse(m.due);
    const k = ends.findIndex((end) => due < end);
    if (k >= 0) out[k].due += 1;
  }
  return out;
}

/** Mean predicted recall of started skills at now + d days, d = 0 … days, with no more reviews. */
export function predictedRetention(memories: Iterable<SkillMemory>, now: Date, days: number): { day: number; recall: number }[] {
  const started = [...memories].filter((m) => !isNew(m));
  const out: { day: number; recall: number }[] = [];
  for (let d = 0; d <= days; d++) {
    const at = new Date(now.getTime() + d * DAY_MS);
    const total = started.reduce((sum, m) => sum + retrievability(m, at), 0);
    out.push({ day: d, recall: started.length === 0 ? 0 : total / started.length });
  }
  return out;
}
