import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { renderMathText } from "@/lib/content";
import { getExamForLearner } from "@/lib/server/exams";
import { requireUser } from "@/lib/server/session";
import { ExamResults } from "./results";
import { ExamTaker } from "./taker";
import "@/app/learn/learner.css";
import "../../exams.css";

export const metadata: Metadata = { title: "Exam" };

// One attempt: the taking page while it is open (prompts only), the results once closed. An
// attempt past its deadline is closed and graded by getExamForLearner before it is shown.
export default async function ExamAttemptPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const result = await getExamForLearner(user.id, id);
  if (!result.ok) {
    if (result.code === "not-yours") forbidden();
    notFound();
  }
  const exam = result.exam;
  if (exam.status !== "OPEN") return <ExamResults exam={exam} />;
  return (
    <ExamTaker
      attemptId={exam.id}
      title={`${exam.courseTitle} exam`}
      deadline={exam.deadline}
      serverNow={exam.now}
      questions={exam.questions.map((q) => ({
        position: q.position, title: q.title, promptHtml: renderMathText(q.prompt), expects: q.expects, parseOptions: q.parseOptions,
        matrixShape: q.matrixShape, answer: q.answer, savedAt: q.savedAt, error: q.error ?? null,
      }))}
    />
  );
}
