// Issuing certificates: called after an exam is graded and whenever /certificates is viewed
// (mastery may be reached after the exam was passed). Idempotent and race-safe: the unique
// (userId, credential) index with ON CONFLICT DO NOTHING keeps one certificate per achievement.
import type { Certificate, Prisma } from "@/generated/prisma/client";
import { generateCode } from "@/lib/certificates/code";
import { COURSE_CREDENTIALS, earnedCredentials, type CourseCredential } from "@/lib/certificates/eligibility";
import { getDb } from "../db";
import { loadMemories } from "../learning";
import { learnerGraph } from "../skill-graph";
import { issuerName } from "./issuer";

export type Tx = Prisma.TransactionClient;

/** Skill ids per course in curriculum order (skills with a generator, as the scheduler sees them). */
export function courseSkills(): Map<CourseCredential, string[]> {
  const graph = learnerGraph();
  return new Map(COURSE_CREDENTIALS.map((c) => [c, graph.skills.filter((s) => s.course === c).map((s) => s.id)]));
}

/** Courses with a passed exam, each with its earliest passed attempt. */
export async function passedExams(userId: string, db: Tx = getDb()): Promise<Map<CourseCredential, string>> {
  const rows = await db.examAttempt.findMany({
    where: { userId, passed: true }, orderBy: { closedAt: "asc" }, select: { id: true, course: true },
  });
  const out = new Map<CourseCredential, string>();
  for (const r of rows) {
    const course = COURSE_CREDENTIALS.find((c) => c === r.course);
    if (course && !out.has(course)) out.set(course, r.id);
  }
  return out;
}

/** Issues every certificate the learner has earned and does not hold; returns the new ones. */
export async function issueEarnedCertificates(userId: string, opts: { now?: Date; db?: Tx } = {}): Promise<Certificate[]> {
  const db = opts.db ?? getDb();
  const now = opts.now ?? new Date();
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true } });
  if (!user) return [];
  const held = await db.certificate.findMany({ where: { userId }, select: { credential: true } });
  const input = {
    courseSkills: courseSkills(),
    memories: await loadMemories(userId, db),
    passedExams: await passedExams(userId, db),
    held: new Set(held.map((h) => h.credential)),
  };
  const issued: Certificate[] = [];
  // Two passes: a course certificate issued now can complete the specialisation.
  for (let pass = 0; pass < 2; pass++) {
    const earned = earnedCredentials(input);
    if (earned.length === 0) break;
    const rows = await db.certificate.createManyAndReturn({
      data: earned.map((e) => ({
        code: generateCode(), userId, credential: e.credential, holderName: user.name, issuerName: issuerName(),
        skills: e.skills, examAttemptId: e.examAttemptId, issuedAt: now,
      })),
      skipDuplicates: true,
    });
    issued.push(...rows);
    // Whatever a concurrent call inserted is held too; re-read so the next pass sees it.
    const nowHeld = await db.certificate.findMany({ where: { userId }, select: { credential: true } });
    input.held = new Set(nowHeld.map((h) => h.credential));
  }
  return issued;
}
