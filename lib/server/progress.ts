// What /progress shows: mastery per course and module, each skill's state, reviews per day,
// predicted retention, the streak and the reviews due over the next week.
import {
  forecastDue, localDate, localDay, predictedRetention, resolveTimeZone, skillStatus, summarise,
  type MasterySummary, type SkillStatus,
} from "@/lib/scheduling";
import { getDb } from "./db";
import { enrolments, loadMemories, unlockedSkills, type Learner } from "./learning";
import { learnerGraph, skillInfo } from "./skill-graph";

export const HISTORY_DAYS = 30;

export interface ModuleProgress {
  module: string;
  summary: MasterySummary;
  skills: { id: string; title: string; status: SkillStatus; unlocked: boolean }[];
}

export interface Progress {
  courses: { course: string; summary: MasterySummary; modules: ModuleProgress[] }[];
  reviewsPerDay: { date: string; reviews: number; correct: number }[];
  retention: { day: number; recall: number }[];
  streak: number;
  dueNext7Days: number;
  dueByDay: { date: string; due: number }[];
  totalAttempts: number;
  timeZone: string;
}

/** Consecutive local days with at least one answer, ending today (or yesterday, if today is still open). */
export function streakFrom(activeDates: ReadonlySet<string>, today: string): number {
  const back = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  let day = activeDates.has(today) ? today : back(today);
  let n = 0;
  while (activeDates.has(day)) {
    n += 1;
    day = back(day);
  }
  return n;
}

export async function progressOf(learner: Learner, now = new Date()): Promise<Progress> {
  const zone = resolveTimeZone(learner.timeZone).timeZone;
  const courses = await enrolments(learner.id);
  const graph = learnerGraph();
  const memories = await loadMemories(learner.id);
  const unlocked = new Set(unlockedSkills(graph, memories, courses));
  const courseRows = courses.map((course) => {
    const skills = graph.skills.filter((s) => s.course === course);
    const modules = [...new Set(skills.map((s) => s.module))].map((module) => {
      const inModule = skills.filter((s) => s.module === module);
      return {
        module,
        summary: summarise(inModule.map((s) => s.id), memories, now),
        skills: inModule.map((s) => ({
          id: s.id, title: skillInfo(s.id)?.title ?? s.id, status: skillStatus(memories.get(s.id), now), unlocked: unlocked.has(s.id),
        })),
      };
    });
    return { course, summary: summarise(skills.map((s) => s.id), memories, now), modules };
  });

  // Every answer (not implicit credit) is one review; a year is enough for any streak worth showing.
  const attempts = await getDb().attempt.findMany({
    where: { userId: learner.id, createdAt: { gte: new Date(now.getTime() - 400 * 86_400_000) } },
    select: { createdAt: true, correct: true },
  });
  const perDate = new Map<string, { reviews: number; correct: number }>();
  for (const a of attempts) {
    const d = localDate(a.createdAt, zone);
    const row = perDate.get(d) ?? { reviews: 0, correct: 0 };
    row.reviews += 1;
    if (a.correct) row.correct += 1;
    perDate.set(d, row);
  }
  const today = localDay(now, zone).date;
  const reviewsPerDay: Progress["reviewsPerDay"] = [];
  for (let i = HISTORY_DAYS - 1; i >= 0; i--) {
    const date = new Date(Date.parse(`${today}T00:00:00Z`) - i * 86_400_000).toISOString().slice(0, 10);
    reviewsPerDay.push({ date, ...(perDate.get(date) ?? { reviews: 0, correct: 0 }) });
  }
  const dueByDay = forecastDue(memories.values(), now, zone, 7);
  return {
    courses: courseRows,
    reviewsPerDay,
    retention: predictedRetention(memories.values(), now, HISTORY_DAYS),
    streak: streakFrom(new Set(perDate.keys()), today),
    dueNext7Days: dueByDay.reduce((sum, d) => sum + d.due, 0),
    dueByDay,
    totalAttempts: attempts.length,
    timeZone: zone,
  };
}
