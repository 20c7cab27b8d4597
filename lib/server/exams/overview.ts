// The /exams page's data: per enrolled course, eligibility (with the skills still missing), the
// open attempt, the cooldown and every attempt so far. Overdue attempts are closed first.
import { examEligibility, type ExamEligibility } from "@/lib/certificates/exam-eligibility";
import { retakeAvailableAt, type ExamSettings } from "@/lib/certificates/exam-rules";
import { getDb } from "../db";
import { enrolments, loadMemories } from "../learning";
import { courseTitle, skillInfo } from "../skill-graph";
import { courseExamSkills, isCourse, settingsFor } from "./common";
import { expireOverdue } from "./grade";

export interface AttemptSummary {
  id: string;
  status: "OPEN" | "SUBMITTED" | "EXPIRED";
  startedAt: Date;
  deadline: Date;
  closedAt: Date | null;
  score: number | null;
  passed: boolean | null;
}

export type ExamState = "open" | "locked" | "cooldown" | "available" | "unavailable";

export interface CourseExam {
  course: string;
  title: string;
  state: ExamState;
  /** For "unavailable": why (a configuration problem). */
  problem?: string;
  settings: ExamSettings | null;
  eligibility: ExamEligibility;
  /** Titles of the skills still to learn, in curriculum order. */
  missingTitles: { id: string; title: string }[];
  open: AttemptSummary | null;
  /** When a retake may start (set while in cooldown). */
  retakeAt: Date | null;
  /** Newest first. */
  history: AttemptSummary[];
}

export async function courseExam(userId: string, course: string, now: Date): Promise<CourseExam | null> {
  if (!isCourse(course)) return null;
  return (await build(userId, [course], now))[0] ?? null;
}

export async function examOverview(userId: string, options: { now?: Date } = {}): Promise<CourseExam[]> {
  return build(userId, await enrolments(userId), options.now ?? new Date());
}

async function build(userId: string, courses: readonly string[], now: Date): Promise<CourseExam[]> {
  await expireOverdue(userId, now);
  const memories = await loadMemories(userId);
  const attempts = await getDb().examAttempt.findMany({
    where: { userId, course: { in: [...courses] } }, orderBy: { startedAt: "desc" },
    select: { id: true, course: true, status: true, startedAt: true, deadline: true, closedAt: true, score: true, passed: true },
  });
  return courses.map((course) => {
    const settings = settingsFor(course);
    const skills = courseExamSkills(course).map((s) => s.id);
    const eligibility = examEligibility(skills, memories);
    const history = attempts.filter((a) => a.course === course).map(({ course: _c, ...a }) => a);
    const open = history.find((a) => a.status === "OPEN") ?? null;
    const lastClosed = history.filter((a) => a.closedAt).sort((a, b) => b.closedAt!.getTime() - a.closedAt!.getTime())[0];
    const retakeAt = settings.ok ? retakeAvailableAt(lastClosed?.closedAt ?? null, settings.settings) : null;
    const inCooldown = retakeAt !== null && now < retakeAt;
    const state: ExamState = open ? "open" : !settings.ok ? "unavailable" : !eligibility.eligible ? "locked" : inCooldown ? "cooldown" : "available";
    return {
      course, title: courseTitle(course), state, problem: settings.ok ? undefined : settings.message,
      settings: settings.ok ? settings.settings : null, eligibility,
      missingTitles: eligibility.missing.map((id) => ({ id, title: skillInfo(id)?.title ?? id })),
      open, retakeAt: inCooldown ? retakeAt : null, history,
    };
  });
}
