"use client";
// The answer box: a live "interpreted as" preview with the same parser the server uses (no round
// trip), inline parse errors, an optional grid for matrices, hints and "I don't know".
import katex from "katex";
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { parse } from "@/lib/answers";
import type { Expect, ParseOptions } from "@/lib/answers/types";
import { submitAnswerAction } from "@/app/learn/actions";
import type { RenderedResult } from "@/app/learn/render-result";
import { MatrixGrid } from "./matrix-grid";
import { ResultPanel } from "./result-panel";

const EXAMPLES: Partial<Record<Expect, string>> = {
  number: "e.g. 3/4, sqrt(29), -2.5",
  vector: "e.g. (1, -2, 3)",
  matrix: "e.g. [[1, 2], [3, 4]]",
  set: "e.g. {2, 5}",
  boolean: "yes or no",
  expression: "e.g. 3x^2 cos(x)",
  complex: "e.g. 1 + 2i",
  parts: "e.g. L = [[1, 0], [2, 1]]; U = [[1, 2], [0, 3]]",
};

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
  const [grid, setGrid] = useState(false);
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

  const preview = useMemo(() => {
    if (text.trim() === "") return null;
    const parsed = parse(text, expects, parseOptions);
    // Text of another kind (a vector where a number is asked) can still be a known mistake the
    // server diagnoses, so only text that reads as nothing at all is held back.
    if (!parsed.ok) return { ok: false as const, readable: parse(text, undefined, parseOptions).ok, message: /\bcolumn \d/.test(parsed.error) ? parsed.error : `${parsed.error} (at character ${parsed.column})` };
    return { ok: true as const, html: katex.renderToString(parsed.latex, { output: "htmlAndMathml", throwOnError: false }) };
  }, [text, expects, parseOptions]);

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
  const invalid = preview !== null && !preview.ok;
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        submit(false);
      }}
      noValidate
    >
      <div className="field">
        <label htmlFor="answer">Your answer</label>
        <p className="hint" id="answer-hint">
          {EXAMPLES[expects] ?? "Type your answer"}
        </p>
        <input
          id="answer" name="answer" className="answer-input" value={text} autoComplete="off" autoCapitalize="off" spellCheck={false}
          maxLength={2000} onChange={(e) => setText(e.target.value)} aria-invalid={invalid || undefined}
          aria-describedby="answer-hint answer-preview"
        />
      </div>
      {matrixShape && (
        <div>
          <button type="button" className="link-button" aria-expanded={grid} onClick={() => setGrid(!grid)}>
            {grid ? "Hide the grid" : `Enter in a ${matrixShape[0]} × ${matrixShape[1]} grid`}
          </button>
          {grid && <MatrixGrid rows={matrixShape[0]} cols={matrixShape[1]} onChange={setText} />}
        </div>
      )}
      <div id="answer-preview" className="preview" aria-live="polite">
        {preview?.ok && (
          <p>
            Interpreted as: <span dangerouslySetInnerHTML={{ __html: preview.html }} />
          </p>
        )}
        {preview && !preview.ok && <p className="field-error">{preview.message}</p>}
      </div>
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
