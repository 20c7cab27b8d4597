"use client";
// The answer box: a live "interpreted as" preview with the same parser the server uses (no round
// trip), inline parse errors, an optional grid for matrices, hints and "I don't know".
import { useEffect, useRef, useState, useTransition } from "react";
import type { Expect, ParseOptions } from "@/lib/answers/types";
import { submitAnswerAction } from "@/app/learn/actions";
import type { RenderedResult } from "@/app/learn/render-result";
import { AnswerInput, useAnswerPreview } from "./answer-input";
import { ResultPanel } from "./result-panel";

type Props = {
  problemId: string;
  expects: Expect;
  parseOptions: ParseOptions;
  matrixShape: [number, number] | null;
  hintsHtml: string[];
};

export function AnswerForm({ problemId, expects, parseOptions, matrixShape, hintsHtml }: Props) {
  const [text, setText] = useState("");
  const [hintsShown, setHintsShown] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<RenderedResult | null>(null);
  const [pending, startTransition] = useTransition();
  // One id per problem view: a double click or a retry after a network error reuses it.
  const clientId = useRef<string>("");
  const started = useRef(0);
  const verdictHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    clientId.current = crypto.randomUUID();
    started.current = Date.now();
  }, []);
  useEffect(() => {
    if (result) verdictHeading.current?.focus();
  }, [result]);

  const preview = useAnswerPreview(text, expects, parseOptions);

  function submit(gaveUp: boolean) {
    if (pending) return;
    if (!gaveUp && (preview === null || (!preview.ok && !preview.readable))) {
      setError(preview === null ? "Type an answer first, or choose “I don't know”." : "Fix the answer first: it could not be read.");
      return;
    }
    setError(null);
    startTransition(async () => {
      try {
        const reply = await submitAnswerAction({
          problemId, clientId: clientId.current, answer: gaveUp ? "" : text,
          timeTakenMs: Date.now() - started.current, usedHint: hintsShown > 0, gaveUp,
        });
        if (reply.ok) setResult(reply.result);
        else setError(reply.message);
      } catch {
        setError("The answer could not be sent. Check your connection and submit again; it will be recorded once.");
      }
    });
  }

  if (result) return <ResultPanel result={result} headingRef={verdictHeading} />;
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        submit(false);
      }}
      noValidate
    >
      <AnswerInput id="answer" label="Your answer" text={text} onChange={setText} expects={expects} matrixShape={matrixShape} preview={preview} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {hintsShown > 0 && (
        <section aria-label="Hints" className="panel">
          <ol>
            {hintsHtml.slice(0, hintsShown).map((h, i) => (
              <li key={i} dangerouslySetInnerHTML={{ __html: h }} />
            ))}
          </ol>
        </section>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Checking…" : "Submit"}
        </button>
        {hintsShown < hintsHtml.length && (
          <button type="button" className="button secondary" onClick={() => setHintsShown(hintsShown + 1)}>
            {hintsShown === 0 ? "Show a hint" : "Another hint"}
          </button>
        )}
        <button type="button" className="button secondary" disabled={pending} onClick={() => submit(true)}>
          I don&apos;t know
        </button>
      </div>
    </form>
  );
}
