import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { renderMathText } from "@/lib/content";
import { attemptView } from "@/lib/server/attempts";
import { findIssuedProblem, nextInSet } from "@/lib/server/learning";
import { requireUser } from "@/lib/server/session";
import { generateProblem, skillInfo } from "@/lib/server/skill-graph";
import { renderResult } from "@/app/learn/render-result";
import { AnswerForm } from "./answer-form";
import { ResultPanel } from "./result-panel";
import "@/app/learn/learner.css";

export const metadata: Metadata = { title: "Problem" };

/** Rows × columns of a matrix answer: the grid's size, not its entries. */
function matrixShape(numeric: unknown): [number, number] | null {
  if (!Array.isArray(numeric) || numeric.length === 0 || !numeric.every(Array.isArray)) return null;
  return [numeric.length, (numeric[0] as unknown[]).length];
}

// One issued problem. Only the prompt, the answer kind and parse options reach the browser before
// submission; skill, seed and level are exposed as data attributes (they identify, not answer).
export default async function ProblemPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const issued = await findIssuedProblem(user.id, id);
  if (!issued) notFound();
  const info = skillInfo(issued.skillId);
  const generated = generateProblem(issued.skillId, issued.seed, issued.level);
  const title = info?.title ?? issued.skillId;
  if (!generated.ok) {
    return (
      <div className="stack">
        <h1>{title}</h1>
        <p className="form-error">{generated.message}</p>
      </div>
    );
  }
  const { problem } = generated;
  let answered = null;
  if (issued.attempt) {
    const view = attemptView(issued.attempt, issued);
    const next = issued.source === "PRACTICE" ? `/practice/${encodeURIComponent(issued.skillId)}` : await nextInSet(user.id, issued.localDate);
    if (view) answered = renderResult(view, next === null ? "/learn" : next.startsWith("/") ? next : `/problems/${next}`);
  }
  return (
    <article className="stack" data-skill={issued.skillId} data-seed={issued.seed} data-level={issued.level} data-problem-id={issued.id}>
      <p className="muted">{issued.source === "DAILY" ? `Today's set · problem ${(issued.setIndex ?? 0) + 1}` : "Free practice"}</p>
      <h1>{title}</h1>
      <div className="prompt" dangerouslySetInnerHTML={{ __html: renderMathText(problem.prompt) }} />
      {answered ? (
        <ResultPanel result={answered} />
      ) : (
        <AnswerForm
          problemId={issued.id}
          expects={problem.expects}
          parseOptions={problem.parseOptions}
          matrixShape={problem.expects === "matrix" ? matrixShape(problem.answer.numeric) : null}
          hintsHtml={problem.hints.map((h) => renderMathText(h))}
        />
      )}
    </article>
  );
}
