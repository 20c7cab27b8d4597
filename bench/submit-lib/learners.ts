// Benchmark learners: accounts made with signUp, enrolled in every course, signed in through the
// real Auth.js credentials flow (csrf → callback) to get a session cookie, and issued their daily
// set plus "more practice" through lib/server — the same calls the pages make.
import { randomBytes } from "node:crypto";
import { getGenerator } from "@/exercises/registry";
import { enrol, issueProblem, loadMemories, todaysSet, unlockedSkills, MORE_PRACTICE_COUNT } from "@/lib/server/learning";
import { COURSE_IDS, learnerGraph, levelFor } from "@/lib/server/skill-graph";
import { signUp } from "@/lib/server/users";
import type { Db } from "@/lib/server/db";

export interface Submission { cookie: string; problemId: string; body: string }

/** Cookies as a request header, from a response's Set-Cookie lines. */
function cookiesFrom(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]);
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesFrom(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/learn` }),
  });
  const session = cookiesFrom(response).find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in of ${email} gave no session cookie (HTTP ${response.status})`);
  return session;
}

/** The answer text to submit: the right one for even set positions, a diagnosed wrong one (if any) for odd ones. */
function answerFor(skillId: string, seed: number, level: number, index: number): string {
  const generator = getGenerator(skillId);
  if (!generator) throw new Error(`no generator for ${skillId}`);
  const problem = generator.generate(seed, level);
  if (index % 2 === 0) return problem.answer.text;
  const wrong = generator.mistakeAnswers(problem).find((m) => generator.check(problem, m.text).mistakes.includes(m.tag));
  return wrong?.text ?? problem.answer.text;
}

/**
 * `count` learners, each with the daily set plus `morePractice` rounds of "more practice", topped
 * up to `perLearnerTarget` problems with free-practice problems on their unlocked skills.
 * Returns one submission per issued problem, interleaved across learners so concurrent requests
 * mostly belong to different learners (one learner's submissions are serialised by design).
 */
export async function prepareLearners(
  db: Db, baseUrl: string, count: number, morePractice: number, perLearnerTarget: number,
): Promise<Submission[]> {
  const perLearner: Submission[][] = [];
  const run = randomBytes(3).toString("hex");
  for (let i = 0; i < count; i++) {
    const email = `bench-${run}-${i}@example.com`;
    const password = `bench-password-${run}`;
    const created = await signUp({ name: `Bench learner ${i}`, email, password });
    if (!created.ok) throw new Error(`sign-up failed: ${JSON.stringify(created.fieldErrors)}`);
    const user = created.user;
    const enrolled = await enrol(user.id, COURSE_IDS);
    if (!enrolled.ok) throw new Error(enrolled.message);
    await todaysSet(user);
    for (let r = 0; r < morePractice; r++) await todaysSet(user, new Date(), MORE_PRACTICE_COUNT);
    await topUp(db, user.id, perLearnerTarget);
    const cookie = await signIn(baseUrl, email, password);
    const issued = await db.issuedProblem.findMany({ where: { userId: user.id }, orderBy: { setIndex: "asc" } });
    perLearner.push(issued.map((p, index) => ({
      cookie,
      problemId: p.id,
      body: JSON.stringify({
        clientId: `bench-${randomBytes(8).toString("hex")}`,
        answer: answerFor(p.skillId, p.seed, p.level, index),
        timeTakenMs: 20_000 + index * 1_000, usedHint: false, gaveUp: false,
      }),
    })));
  }
  const longest = Math.max(...perLearner.map((l) => l.length));
  const queue: Submission[] = [];
  for (let k = 0; k < longest; k++) for (const list of perLearner) if (list[k]) queue.push(list[k]);
  return queue;
}

/**
 * A new learner's daily set is small (few skills are unlocked), so free-practice problems on the
 * unlocked skills (issueProblem, as /practice does, distinct seeds) give enough distinct submissions.
 */
async function topUp(db: Db, userId: string, target: number): Promise<void> {
  const have = await db.issuedProblem.count({ where: { userId } });
  const memories = await loadMemories(userId);
  const skills = unlockedSkills(learnerGraph(), memories, COURSE_IDS);
  for (let k = have; k < target; k++) {
    const skillId = skills[k % skills.length];
    const generator = getGenerator(skillId);
    if (!generator) continue;
    await issueProblem(db, {
      userId, skillId, seed: 1_000 + k, level: levelFor(generator, memories.get(skillId)),
      localDate: new Date().toISOString().slice(0, 10), source: "PRACTICE",
    });
  }
}
