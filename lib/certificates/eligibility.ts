// The certificate rules, stated once: which credential a learner has earned from mastery, exam
// results and the certificates already held. Pure; the skill lists and memories are passed in.
import { isMastered, type SkillMemory } from "@/lib/scheduling";

export const COURSE_CREDENTIALS = ["linear-algebra", "multivariate-calculus", "pca"] as const;
export type CourseCredential = (typeof COURSE_CREDENTIALS)[number];
export const SPECIALISATION = "specialisation" as const;
export const CREDENTIALS = [...COURSE_CREDENTIALS, SPECIALISATION] as const;
export type Credential = (typeof CREDENTIALS)[number];

export const CREDENTIAL_TITLES: Record<Credential, string> = {
  "linear-algebra": "Mathematics for Machine Learning: Linear Algebra",
  "multivariate-calculus": "Mathematics for Machine Learning: Multivariate Calculus",
  pca: "Mathematics for Machine Learning: PCA",
  specialisation: "Mathematics for Machine Learning Specialisation",
};

export function isCredential(value: string): value is Credential {
  return (CREDENTIALS as readonly string[]).includes(value);
}

export interface CourseMastery {
  total: number;
  mastered: number;
  /** Skill ids not yet mastered, in the order given. */
  missing: string[];
}

/** Per-skill mastery is lib/scheduling's isMastered (≥3 explicit successes, stability ≥ 21 d). */
export function courseMastery(courseSkillIds: readonly string[], memories: ReadonlyMap<string, SkillMemory>): CourseMastery {
  const missing = courseSkillIds.filter((id) => !isMastered(memories.get(id)));
  return { total: courseSkillIds.length, mastered: courseSkillIds.length - missing.length, missing };
}

/** A course is mastered when every one of its skills is; a course without skills never is. */
export function isCourseMastered(m: CourseMastery): boolean {
  return m.total > 0 && m.missing.length === 0;
}

export interface EligibilityInput {
  /** Skill ids per course. */
  courseSkills: ReadonlyMap<CourseCredential, readonly string[]>;
  memories: ReadonlyMap<string, SkillMemory>;
  /** Courses with at least one passed exam attempt, with that attempt's id. */
  passedExams: ReadonlyMap<CourseCredential, string>;
  /** Credentials already held. */
  held: ReadonlySet<string>;
}

export interface Earned {
  credential: Credential;
  skills: string[];
  examAttemptId: string | null;
}

/**
 * Credentials earned and not yet held. A course certificate needs a passed exam of the course
 * and every course skill mastered; the specialisation needs all three course certificates,
 * counting those earned in this same call.
 */
export function earnedCredentials(input: EligibilityInput): Earned[] {
  const out: Earned[] = [];
  const willHold = new Set(input.held);
  for (const course of COURSE_CREDENTIALS) {
    const skills = input.courseSkills.get(course) ?? [];
    const exam = input.passedExams.get(course);
    if (exam === undefined || !isCourseMastered(courseMastery(skills, input.memories))) continue;
    willHold.add(course);
    if (!input.held.has(course)) out.push({ credential: course, skills: [...skills], examAttemptId: exam });
  }
  if (!input.held.has(SPECIALISATION) && COURSE_CREDENTIALS.every((c) => willHold.has(c))) {
    const skills = COURSE_CREDENTIALS.flatMap((c) => input.courseSkills.get(c) ?? []);
    out.push({ credential: SPECIALISATION, skills, examAttemptId: null });
  }
  return out;
}
