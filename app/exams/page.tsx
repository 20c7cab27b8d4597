import type { Metadata } from "next";
import Link from "next/link";
import { examOverview } from "@/lib/server/exams";
import { requireUser } from "@/lib/server/session";
import { ExamStateLine, History, MissingSkills } from "./describe";
import "@/app/learn/learner.css";
import "./exams.css";

export const metadata: Metadata = { title: "Exams" };

// Every enrolled course's exam: eligibility (and what is missing), the open attempt, the
// cooldown and the history with scores.
export default async function ExamsPage() {
  const user = await requireUser();
  const now = new Date();
  const courses = await examOverview(user.id, { now });
  return (
    <div className="stack">
      <h1>Exams</h1>
      <p>
        One timed exam per course, drawn fresh from the course&apos;s skills each attempt. It unlocks when you have learned 80 % of
        the course&apos;s skills.
      </p>
      {courses.length === 0 && (
        <p>
          You are not enrolled in a course yet. <Link href="/learn">Choose your courses</Link> first.
        </p>
      )}
      {courses.map((exam) => (
        <section key={exam.course} className="exam-course stack" aria-labelledby={`exam-${exam.course}`}>
          <h2 id={`exam-${exam.course}`}>{exam.title}</h2>
          <ExamStateLine exam={exam} now={now} />
          <MissingSkills exam={exam} />
          <History exam={exam} />
        </section>
      ))}
    </div>
  );
}
