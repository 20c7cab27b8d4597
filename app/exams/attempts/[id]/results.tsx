// After submission or expiry: score, pass/fail, and per question the verdict, the learner's
// answer, the correct answer and the worked solution.
import Link from "next/link";
import { renderMathText } from "@/lib/content";
import type { ExamView } from "@/lib/server/exams";
import { percent, when } from "../../describe";

type Closed = Extract<ExamView, { status: "SUBMITTED" | "EXPIRED" }>;

export function ExamResults({ exam }: { exam: Closed }) {
  const correct = exam.questions.filter((q) => q.correct).length;
  return (
    <div className="stack">
      <p>
        <Link href="/exams">All exams</Link>
      </p>
      <h1>{exam.courseTitle} exam: results</h1>
      <section aria-labelledby="score-heading" className="panel stack">
        <h2 id="score-heading">Score</h2>
        <p className="exam-score" data-testid="exam-score">
          {percent(exam.score)} — {exam.passed ? "Passed" : "Not passed"}
        </p>
        <p>
          {correct} of {exam.questions.length} questions correct; pass mark {percent(exam.passMark)}.{" "}
          {exam.status === "EXPIRED" ? `The time ran out; the exam closed at ${when(new Date(exam.closedAt))} and was graded on the saved answers.` : `Submitted at ${when(new Date(exam.closedAt))}.`}
        </p>
        {exam.passed && (
          <p>
            <Link href="/certificates">See your certificates</Link>
          </p>
        )}
      </section>
      <ol className="exam-questions">
        {exam.questions.map((q) => (
          <li key={q.position} className={`exam-question exam-result ${q.correct ? "correct" : "wrong"}`}>
            <article className="stack" aria-labelledby={`q${q.position}-title`}>
              <h2 id={`q${q.position}-title`}>
                Question {q.position + 1}: {q.correct ? "correct" : "not correct"}
              </h2>
              <p className="muted">{q.title}</p>
              <div className="prompt" dangerouslySetInnerHTML={{ __html: renderMathText(q.prompt) }} />
              <p>
                Your answer: {q.answer === null ? <em>none saved</em> : <code>{q.answer}</code>}
                {q.interpreted && q.interpreted !== q.answer && (
                  <>
                    {" "}
                    (read as <code>{q.interpreted}</code>)
                  </>
                )}
              </p>
              {!q.correct && q.feedback && <p className="feedback" dangerouslySetInnerHTML={{ __html: renderMathText(q.feedback) }} />}
              <p>
                Correct answer: <span dangerouslySetInnerHTML={{ __html: renderMathText(`$${q.expectedLatex}$`) }} />
              </p>
              <h3>Worked solution</h3>
              <ol className="solution">
                {q.solution.map((step, i) => (
                  <li key={i} dangerouslySetInnerHTML={{ __html: renderMathText(step) }} />
                ))}
              </ol>
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
