"use client";
// The answer box shared by practice and exams: the text field, the optional matrix grid and a live
// "interpreted as" preview with the same parser the server uses (no round trip). The owner keeps
// the text; `id` prefixes the element ids so several boxes can share a page.
import katex from "katex";
import { useMemo, useState } from "react";
import { parse } from "@/lib/answers";
import type { Expect, ParseOptions } from "@/lib/answers/types";
import { MatrixGrid } from "./matrix-grid";

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

export type AnswerPreview = null | { ok: true; html: string } | { ok: false; readable: boolean; message: string };

export function useAnswerPreview(text: string, expects: Expect, parseOptions: ParseOptions): AnswerPreview {
  return useMemo(() => {
    if (text.trim() === "") return null;
    const parsed = parse(text, expects, parseOptions);
    // Text of another kind (a vector where a number is asked) can still be a known mistake the
    // server diagnoses, so only text that reads as nothing at all is held back.
    if (!parsed.ok) return { ok: false as const, readable: parse(text, undefined, parseOptions).ok, message: /\bcolumn \d/.test(parsed.error) ? parsed.error : `${parsed.error} (at character ${parsed.column})` };
    return { ok: true as const, html: katex.renderToString(parsed.latex, { output: "htmlAndMathml", throwOnError: false }) };
  }, [text, expects, parseOptions]);
}

type Props = {
  id: string;
  label: string;
  text: string;
  onChange: (text: string) => void;
  onBlur?: () => void;
  expects: Expect;
  matrixShape: [number, number] | null;
  preview: AnswerPreview;
};

export function AnswerInput({ id, label, text, onChange, onBlur, expects, matrixShape, preview }: Props) {
  const [grid, setGrid] = useState(false);
  const invalid = preview !== null && !preview.ok;
  return (
    <>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <p className="hint" id={`${id}-hint`}>
          {EXAMPLES[expects] ?? "Type your answer"}
        </p>
        <input
          id={id} name={id} className="answer-input" value={text} autoComplete="off" autoCapitalize="off" spellCheck={false}
          maxLength={2000} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} aria-invalid={invalid || undefined}
          aria-describedby={`${id}-hint ${id}-preview`}
        />
      </div>
      {matrixShape && (
        <div onBlur={onBlur}>
          <button type="button" className="link-button" aria-expanded={grid} onClick={() => setGrid(!grid)}>
            {grid ? "Hide the grid" : `Enter in a ${matrixShape[0]} × ${matrixShape[1]} grid`}
          </button>
          {grid && <MatrixGrid rows={matrixShape[0]} cols={matrixShape[1]} onChange={onChange} />}
        </div>
      )}
      <div id={`${id}-preview`} className="preview" aria-live="polite">
        {preview?.ok && (
          <p>
            Interpreted as: <span dangerouslySetInnerHTML={{ __html: preview.html }} />
          </p>
        )}
        {preview && !preview.ok && <p className="field-error">{preview.message}</p>}
      </div>
    </>
  );
}
