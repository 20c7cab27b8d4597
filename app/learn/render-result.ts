// An attempt's verdict and worked solution rendered to HTML on the server (KaTeX with MathML),
// for the submit action's reply and for a reloaded, already-answered problem page.
import { renderMathText } from "@/lib/content";
import type { AttemptView } from "@/lib/server/attempts";

export interface RenderedResult {
  correct: boolean;
  gaveUp: boolean;
  feedbackHtml: string;
  mistakes: string[];
  answerText: string;
  interpreted: string | null;
  expectedHtml: string;
  solutionHtml: string[];
  notesHref: string;
  nextHref: string;
}

export type SubmitReply = { ok: true; result: RenderedResult } | { ok: false; code: string; message: string };

export function renderResult(view: AttemptView, nextHref: string): RenderedResult {
  return {
    correct: view.correct,
    gaveUp: view.gaveUp,
    feedbackHtml: view.feedback ? renderMathText(view.feedback) : "",
    mistakes: view.mistakes.filter((m) => m !== "gave-up"),
    answerText: view.answerText,
    interpreted: view.interpreted,
    expectedHtml: renderMathText(`$${view.expectedLatex}$`),
    solutionHtml: view.solution.map((step) => renderMathText(step)),
    notesHref: `/skills/${encodeURIComponent(view.skillId)}`,
    nextHref,
  };
}
