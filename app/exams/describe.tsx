// Small pieces shared by the exam pages: percentages, dates, the state line and missing skills.
import Link from "next/link";
import { formatDuration } from "@/lib/certificates/exam-rules";
import type { CourseExam } from "@/lib/server/exams";

export const percent = (x: number) => `${Math.round(x * 1000) / 10} %`;
export const when = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

export function ExamStateLine({ exam, now }: { exam: CourseExam; now: Date }) {
  const e = exam.eligibility;
  switch (exam.state) {
    case "open":
      return (
        <p>
          Exam in progress: {formatDuration(exam.open!.deadline.getTime() - now.getTime())} left.{" "}
          <Link href={`/exams/attempts/${exam.open!.id}`}>Continue the {exam.title} exam</Link>
        </p>
      );
    case "unavailable":
      return <p className="form-error">The exam is not available on this server: {exam.problem}</p>;
    case "locked":
      return (
        <p>
          Locked: you have learned {e.learned} of {e.total} skills; the exam unlocks at {e.required}. Learn {e.required - e.learned} more.
        </p>
      );
    case "cooldown":
      return (
        <p>
          You can retake this exam in {formatDuration(exam.retakeAt!.getTime() - now.getTime())} (at {when(exam.retakeAt!)}).
        </p>
      );
    case "available":
      return (
        <p>
          Unlocked: you have learned {e.learned} of {e.total} skills.{" "}
          <Link href={`/exams/${exam.course}`}>Go to the {exam.title} exam</Link>
        </p>
      );
  }
}

export function MissingSkills({ exam }: { exam: CourseExam }) {
  if (exam.state !== "locked" || exam.missingTitles.length === 0) return null;
  return (
    <details>
      <summary>Skills not learned yet ({exam.missingTitles.length})</summary>
      <ul>
        {exam.missingTitles.map((s) => (
          <li key={s.id}>
            <Link href={`/skills/${encodeURIComponent(s.id)}`}>{s.title}</Link>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function History({ exam }: { exam: CourseExam }) {
  if (exam.history.length === 0) return <p className="muted">No attempts yet.</p>;
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="muted">Your attempts at the {exam.title} exam, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col">Status</th>
            <th scope="col">Score</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {exam.history.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                <Link href={`/exams/attempts/${a.id}`}>{when(a.startedAt)}</Link>
              </th>
              <td>{a.status === "OPEN" ? "In progress" : a.status === "SUBMITTED" ? "Submitted" : "Closed at the deadline"}</td>
              <td>{a.score === null ? "—" : percent(a.score)}</td>
              <td>{a.passed === null ? "—" : a.passed ? "Passed" : "Not passed"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
