import type { Metadata } from "next";
import Link from "next/link";
import { enrolments, todaysSet } from "@/lib/server/learning";
import { requireUser } from "@/lib/server/session";
import { COURSES, courseTitle } from "@/lib/server/skill-graph";
import { morePracticeAction } from "./actions";
import { EnrolForm } from "./enrol-form";
import { roleLabel } from "../role-label";
import "./learner.css";

export const metadata: Metadata = { title: "Learn" };

// The learner's home: course choice until enrolled, then today's set and its progress.
export default async function LearnPage() {
  const user = await requireUser();
  const set = await todaysSet(user);
  if (!set.enrolled) {
    return (
      <div className="stack narrow-wide">
        <h1>Welcome, {user.name}</h1>
        <p>
          Signed in as <strong>{user.email}</strong> · Role: <strong>{roleLabel(user.role)}</strong>
        </p>
        <p>Choose the courses you want to practise. Take one, several, or the whole specialisation.</p>
        <EnrolForm courses={COURSES.map((c) => ({ ...c, enrolled: false }))} submitLabel="Enrol" />
      </div>
    );
  }
  const enrolled = await enrolments(user.id);
  const next = set.items.find((i) => !i.answered);
  return (
    <div className="stack">
      <h1>Welcome, {user.name}</h1>
      <p>
        Signed in as <strong>{user.email}</strong> · Role: <strong>{roleLabel(user.role)}</strong>
      </p>
      {!set.timeZoneValid && (
        <p className="notice">
          Your time zone is not set or not recognised, so your day follows UTC. <Link href="/settings">Set your time zone</Link>.
        </p>
      )}
      <section aria-labelledby="today-heading" className="panel stack">
        <h2 id="today-heading">Today, {set.date}</h2>
        <p>
          <label htmlFor="set-progress">
            {set.done} of {set.items.length} problems done
          </label>{" "}
          <progress id="set-progress" max={Math.max(1, set.items.length)} value={set.done} />
        </p>
        {set.items.length === 0 ? (
          <p>No problems are available for your courses yet.</p>
        ) : (
          <ol className="set-list">
            {set.items.map((item) => (
              <li key={item.problemId} className={item.answered ? (item.correct ? "done correct" : "done wrong") : undefined}>
                <Link href={`/problems/${item.problemId}`}>{item.title}</Link>{" "}
                <span className="muted">
                  {courseTitle(item.course)}
                  {item.answered ? (item.correct ? " · correct" : " · not right yet") : ""}
                </span>
              </li>
            ))}
          </ol>
        )}
        <div className="actions">
          {next ? (
            <Link className="button" href={`/problems/${next.problemId}`}>
              {set.done === 0 ? "Start today's set" : "Continue"}
            </Link>
          ) : (
            set.items.length > 0 && <p>Today&apos;s set is done. Well done!</p>
          )}
          <form action={morePracticeAction}>
            <button type="submit" className="button secondary">
              More practice
            </button>
          </form>
        </div>
      </section>
      <section aria-labelledby="courses-heading" className="stack">
        <h2 id="courses-heading">Your courses</h2>
        <ul>
          {enrolled.map((c) => (
            <li key={c}>{courseTitle(c)}</li>
          ))}
        </ul>
        <EnrolForm courses={COURSES.map((c) => ({ ...c, enrolled: enrolled.includes(c.id) }))} submitLabel="Add courses" />
        <p>
          <Link href="/progress">See your progress</Link> · <Link href="/settings">Settings</Link>
        </p>
      </section>
    </div>
  );
}
