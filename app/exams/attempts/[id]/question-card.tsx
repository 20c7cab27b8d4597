"use client";
// One exam question: the prompt, the shared practice answer box (with live preview) and its save status.
import type { Expect, ParseOptions } from "@/lib/answers/types";
import { AnswerInput, useAnswerPreview } from "@/app/problems/[id]/answer-input";

export interface TakerQuestion {
  position: number;
  title: string;
  promptHtml: string;
  expects: Expect;
  parseOptions: ParseOptions;
  matrixShape: [number, number] | null;
  answer: string;
  savedAt: string | null;
  error: string | null;
}

export type SaveState = { kind: "idle" | "saving" | "unsaved" } | { kind: "saved"; at: string } | { kind: "error"; message: string };

const clock = (iso: string) => new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" });

function statusText(s: SaveState): string {
  switch (s.kind) {
    case "idle":
      return "Not answered yet";
    case "saving":
      return "Saving…";
    case "unsaved":
      return "Changes not saved yet";
    case "saved":
      return `Saved at ${clock(s.at)}`;
    case "error":
      return s.message;
  }
}

type Props = {
  question: TakerQuestion;
  count: number;
  text: string;
  status: SaveState;
  disabled: boolean;
  onChange: (text: string) => void;
  onBlur: () => void;
  onNext: () => void;
};

export function QuestionCard({ question: q, count, text, status, disabled, onChange, onBlur, onNext }: Props) {
  const preview = useAnswerPreview(text, q.expects, q.parseOptions);
  const last = q.position === count - 1;
  return (
    <li className="exam-question stack">
      <article aria-labelledby={`q${q.position}-title`} className="stack">
        <h2 id={`q${q.position}-title`}>
          Question {q.position + 1} of {count}
        </h2>
        <p className="muted">{q.title}</p>
        {q.error ? (
          <p className="form-error">{q.error}</p>
        ) : (
          <>
            <div className="prompt" dangerouslySetInnerHTML={{ __html: q.promptHtml }} />
            <fieldset disabled={disabled} className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
              <AnswerInput
                id={`answer-${q.position}`} label={`Answer to question ${q.position + 1}`} text={text} onChange={onChange} onBlur={onBlur}
                expects={q.expects} matrixShape={q.matrixShape} preview={preview}
              />
              <p className={`save-status${status.kind === "error" ? " error" : ""}`} data-testid={`save-status-${q.position}`}>
                {statusText(status)}
              </p>
              <p className="actions">
                <button type="button" className="button secondary" onClick={onNext}>
                  {last ? "Save and review" : "Next question"}
                </button>
              </p>
            </fieldset>
          </>
        )}
      </article>
    </li>
  );
}
