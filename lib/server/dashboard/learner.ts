// A learner's drill-down for cohort staff: the same skill map /progress shows (progressOf) and
// their recent answers with the feedback they were given. Callers check learnerInCohort first.
import { getDb } from "@/lib/server/db";
import { progressOf, type Progress } from "@/lib/server/progress";
import { skillInfo } from "@/lib/server/skill-graph";

export const RECENT_ATTEMPTS = 30;

export interface RecentAttempt {
  id: string; skillId: string; title: string; answerText: string; correct: boolean; gaveUp: boolean;
  mistakes: string[]; feedback: string; timeTakenMs: number; createdAt: Date;
}

export async function learnerDrillDown(userId: string, now: Date): Promise<{ name: string; email: string; progress: Progress; attempts: RecentAttempt[] } | null> {
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, timeZone: true, dailyGoal: true } });
  if (!user) return null;
  const [progress, rows] = await Promise.all([
    progressOf(user, now),
    db.attempt.findMany({
      where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: RECENT_ATTEMPTS,
      select: { id: true, skillId: true, answerText: true, correct: true, gaveUp: true, mistakes: true, verdict: true, timeTakenMs: true, createdAt: true },
    }),
  ]);
  const attempts = rows.map(({ verdict, ...a }) => ({
    ...a,
    title: skillInfo(a.skillId)?.title ?? a.skillId,
    feedback: typeof verdict === "object" && verdict !== null && "feedback" in verdict && typeof verdict.feedback === "string" ? verdict.feedback : "",
  }));
  return { name: user.name, email: user.email, progress, attempts };
}
