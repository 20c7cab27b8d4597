import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { courseExam } from "@/lib/server/exams";
import { enrolments } from "@/lib/server/learning";
import { requireUser } from "@/lib/server/session";
import { ExamStateLine, MissingSkills, percent } from "../describe";
import { StartForm } from "./start-form";
import "@/app/learn/learner.css";
import "../exams.css";

export const metadata: Metadata = { title: "Course exam" };

// The start page: the rules, whether the learner may start, and the start button.
export default async function CourseExamPage({ params }: { params: Promise<{ course: string }> }) {
  const user = await requireUser();
  const { course } = await params;
  const now = new Date();
  const exam = await courseExam(user.id, course, now);
  if (!exam) notFound();
  const enrolled = (await enrolments(user.id)).includes(course);
  const s = exam.settings;
  return (
    <div className="stack narrow-wide">
      <p>
        <Link href="/exams">All exams</Link>
      </p>
      <h1>{exam.title} exam</h1>
      {s && (
        <ul>
          <li>{s.questionCount} questions covering every module of the course, new ones each attempt.</li>
          <li>{Math.round(s.timeLimitMs / 60_000)} minutes from the moment the questions appear; reloading the page does not stop the clock.</li>
          <li>Each answer is saved as you move on and while you type; you can continue on another device.</li>
          <li>Pass mark {percent(s.passMark)}. After submitting you see your score, each verdict, the correct answers and worked solutions.</li>
          <li>A retake is possible {Math.round(s.cooldownMs / 3_600_000)} hours after an attempt ends.</li>
        </ul>
      )}
      {!enrolled ? (
        <p>
          You are not enrolled in {exam.title}. <Link href="/learn">Enrol</Link> to take its exam.
        </p>
      ) : (
        <>
          {exam.state !== "available" && <ExamStateLine exam={exam} now={now} />}
          <MissingSkills exam={exam} />
          {exam.state === "available" && <StartForm course={course} />}
        </>
      )}
    </div>
  );
}
