import Link from "next/link";
import type { RenderedResult } from "@/app/learn/render-result";

/** Verdict, specific feedback, the expected answer and the worked solution. Used on both sides. */
export function ResultPanel({ result, headingRef }: { result: RenderedResult; headingRef?: React.Ref<HTMLHeadingElement> }) {
  const title = result.correct ? "Correct" : result.gaveUp ? "Here is the solution" : "Not right yet";
  return (
    <section aria-labelledby="verdict-heading" className={`panel stack verdict ${result.correct ? "correct" : "wrong"}`}>
      <h2 id="verdict-heading" tabIndex={-1} ref={headingRef}>
        {title}
      </h2>
      {!result.gaveUp && (
        <p>
          Your answer: <code>{result.answerText}</code>
          {result.interpreted && result.interpreted !== result.answerText && (
            <>
              {" "}
              (read as <code>{result.interpreted}</code>)
            </>
          )}
        </p>
      )}
      {result.feedbackHtml && !result.correct && <p className="feedback" dangerouslySetInnerHTML={{ __html: result.feedbackHtml }} />}
      {result.mistakes.length > 0 && <p className="muted">Mistake: {result.mistakes.join(", ")}</p>}
      <p>
        Expected answer: <span dangerouslySetInnerHTML={{ __html: result.expectedHtml }} />
      </p>
      <h3>Worked solution</h3>
      <ol className="solution">
        {result.solutionHtml.map((step, i) => (
          <li key={i} dangerouslySetInnerHTML={{ __html: step }} />
        ))}
      </ol>
      <p className="actions">
        <Link className="button" href={result.nextHref}>
          Next
        </Link>
        <Link className="button secondary" href={result.notesHref}>
          Read the notes on this skill
        </Link>
      </p>
    </section>
  );
}
