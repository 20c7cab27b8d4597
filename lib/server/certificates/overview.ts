// What /certificates shows: the learner's certificates (issuing any newly earned first) and the
// progress towards the others: skills mastered per course and where the course exam stands.
import {
  COURSE_CREDENTIALS, CREDENTIAL_TITLES, courseMastery, isCredential, type Credential, type CourseMastery,
} from "@/lib/certificates/eligibility";
import { getDb } from "../db";
import { courseExam } from "../exams";
import { loadMemories } from "../learning";
import { issueEarnedCertificates, courseSkills } from "./issue";

export interface HeldCertificate {
  code: string;
  credential: Credential;
  title: string;
  issuedAt: Date;
  revoked: { revokedAt: Date; reason: string } | null;
}

export type ExamStanding =
  | { kind: "passed"; score: number }
  | { kind: "open" }
  | { kind: "eligible" }
  | { kind: "cooldown"; retakeAt: Date }
  | { kind: "not-eligible"; learned: number; required: number }
  | { kind: "unavailable"; message: string };

export interface CourseStanding {
  course: Credential;
  title: string;
  mastery: CourseMastery;
  exam: ExamStanding;
  held: boolean;
}

export interface CertificatesOverview {
  certificates: HeldCertificate[];
  courses: CourseStanding[];
  specialisation: { held: boolean; coursesHeld: number };
  newlyIssued: string[];
}

export async function certificatesOverview(userId: string, now = new Date()): Promise<CertificatesOverview> {
  const issued = await issueEarnedCertificates(userId, { now });
  const rows = await getDb().certificate.findMany({
    where: { userId }, orderBy: { issuedAt: "asc" },
    select: { code: true, credential: true, issuedAt: true, revocation: { select: { revokedAt: true, reason: true } } },
  });
  const certificates = rows.flatMap((r) => {
    const credential = r.credential;
    return isCredential(credential) ? [{ code: r.code, credential, title: CREDENTIAL_TITLES[credential], issuedAt: r.issuedAt, revoked: r.revocation }] : [];
  });
  const memories = await loadMemories(userId);
  const skills = courseSkills();
  const held = new Set(certificates.filter((c) => !c.revoked).map((c) => c.credential));
  const courses: CourseStanding[] = [];
  for (const course of COURSE_CREDENTIALS) {
    courses.push({
      course, title: CREDENTIAL_TITLES[course], held: held.has(course),
      mastery: courseMastery(skills.get(course) ?? [], memories),
      exam: await examStanding(userId, course, now),
    });
  }
  return {
    certificates, courses, newlyIssued: issued.map((c) => c.code),
    specialisation: { held: held.has("specialisation"), coursesHeld: COURSE_CREDENTIALS.filter((c) => held.has(c)).length },
  };
}

async function examStanding(userId: string, course: string, now: Date): Promise<ExamStanding> {
  const exam = await courseExam(userId, course, now);
  if (!exam) return { kind: "unavailable", message: "This course has no exam." };
  const best = exam.history.filter((a) => a.passed).sort((a, b) => (b.score ?? 0) - (a.score ?? 0))[0];
  if (best) return { kind: "passed", score: best.score ?? 0 };
  switch (exam.state) {
    case "open": return { kind: "open" };
    case "available": return { kind: "eligible" };
    case "cooldown": return { kind: "cooldown", retakeAt: exam.retakeAt ?? now };
    case "locked": return { kind: "not-eligible", learned: exam.eligibility.learned, required: exam.eligibility.required };
    default: return { kind: "unavailable", message: exam.problem ?? "The exam is not available." };
  }
}
