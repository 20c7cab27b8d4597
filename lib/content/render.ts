// Text with $inline$ and $$display$$ KaTeX math → HTML (KaTeX's "htmlAndMathml" output), for
// prompts, solutions, hints and notes. Pure: no DOM, usable from React server components.
import katex from "katex";

export interface RenderOptions {
  /** true in tests, so a malformed formula fails loudly; false in the app, so it shows in red. */
  throwOnError?: boolean;
}

type Piece = { kind: "text" | "inline" | "display"; body: string };

const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The two bits of markup authored text uses: **bold** and `code` (answer-language examples). */
const inlineMarkup = (html: string): string =>
  html.replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>").replace(/`([^`]+)`/g, "<code>$1</code>");

/** Split text into plain and math pieces. `\$` is a literal dollar sign. An unclosed `$` is an error. */
export function splitMath(text: string): Piece[] | { error: string } {
  const pieces: Piece[] = [];
  let buf = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] === "\\" && text[i + 1] === "$") {
      buf += "$";
      i += 2;
      continue;
    }
    if (text[i] !== "$") {
      buf += text[i++];
      continue;
    }
    const display = text[i + 1] === "$";
    const open = display ? 2 : 1;
    const close = findClose(text, i + open, display ? "$$" : "$");
    if (close < 0) return { error: `unclosed ${display ? "$$" : "$"} at character ${i + 1}` };
    if (buf) pieces.push({ kind: "text", body: buf });
    buf = "";
    pieces.push({ kind: display ? "display" : "inline", body: text.slice(i + open, close) });
    i = close + open;
  }
  if (buf) pieces.push({ kind: "text", body: buf });
  return pieces;
}

function findClose(text: string, from: number, delim: string): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] === "\\") {
      j++;
      continue;
    }
    if (text.startsWith(delim, j)) return j;
  }
  return -1;
}

// KaTeX output is a pure function of the text and options, and a page shows the same prompts on
// every reload (an exam's twelve, a problem's solution): rendering dominated those pages' CPU, so
// results are memoised, bounded, least recently used evicted. Errors thrown are never cached.
const CACHE_LIMIT = 5_000;
const rendered = new Map<string, string>();

/** Render one piece of text (no paragraph handling) to HTML. */
export function renderMathText(text: string, opts: RenderOptions = {}): string {
  const key = `${opts.throwOnError ? 1 : 0}${text}`;
  const hit = rendered.get(key);
  if (hit !== undefined) {
    // A Map keeps insertion order: re-inserting marks the entry as recently used.
    rendered.delete(key);
    rendered.set(key, hit);
    return hit;
  }
  const html = renderUncached(text, opts);
  rendered.set(key, html);
  if (rendered.size > CACHE_LIMIT) rendered.delete(rendered.keys().next().value!);
  return html;
}

function renderUncached(text: string, opts: RenderOptions): string {
  const pieces = splitMath(text);
  if ("error" in pieces) {
    if (opts.throwOnError) throw new Error(`${pieces.error} in: ${text}`);
    return escapeHtml(text);
  }
  return pieces
    .map((p) =>
      p.kind === "text"
        ? inlineMarkup(escapeHtml(p.body))
        : katex.renderToString(p.body, {
            displayMode: p.kind === "display",
            output: "htmlAndMathml",
            throwOnError: opts.throwOnError ?? false,
            strict: "ignore",
          }),
    )
    .join("");
}

/** Render a note or other multi-paragraph text: blank lines separate <p> paragraphs. */
export function renderContent(text: string, opts: RenderOptions = {}): string {
  return text
    .split(/\n\s*\n/)
    .map((para) => para.trim())
    .filter((para) => para.length > 0)
    .map((para) => `<p>${renderMathText(para, opts)}</p>`)
    .join("\n");
}

/** null when every formula in the text renders, else the first error message (for tests and CLIs). */
export function mathError(text: string): string | null {
  try {
    renderMathText(text, { throwOnError: true });
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
