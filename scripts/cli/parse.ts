// `basis parse "<text>" [--expect KIND] [--vars x,y] [--words a,b] [--json]`: how the answer
// language reads one answer. The same request object serves a `batch` line {"cmd": "parse", …}.
import { parseArgs } from "node:util";
import { z } from "zod";
import { parse, toExact, toLatex, toNumeric, toText } from "@/lib/answers";
import { json, ok, usage, type CommandOutput, type ExerciseCommand } from "./command";

const KINDS = ["number", "vector", "matrix", "set", "boolean", "expression", "complex", "word", "parts"] as const;

export const ParseRequest = z.object({
  text: z.string(),
  expect: z.enum(KINDS).optional(),
  vars: z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/)).optional(),
  words: z.array(z.string()).optional(),
  booleanWords: z.array(z.tuple([z.string(), z.string()])).optional(),
  parts: z.record(z.string(), z.enum(KINDS)).optional(),
});
export type ParseRequest = z.infer<typeof ParseRequest>;

/** The JSON answer for one request: {ok, kind, value, numeric, latex, text} or {ok, error, column}. */
export function parseRequest(req: ParseRequest): Record<string, unknown> {
  const { text, expect, ...opts } = req;
  const r = parse(text, expect, opts);
  if (!r.ok) return { ok: false, error: r.error, column: r.column };
  return { ok: true, kind: r.value.kind, value: toExact(r.value), numeric: toNumeric(r.value), latex: r.latex, text: toText(r.value) };
}

/** A batch line: validated like the command's flags; a bad line answers {"error": …}. */
export function parseBatchHandler(line: Record<string, unknown>): unknown {
  const { cmd: _cmd, ...rest } = line;
  const req = ParseRequest.safeParse(rest);
  if (!req.success) {
    const issue = req.error.issues[0];
    return { error: `parse: ${issue.path.join(".") || "request"}: ${issue.message}` };
  }
  return parseRequest(req.data);
}

const list = (s: string | undefined) => (s === undefined ? undefined : s.split(",").map((x) => x.trim()).filter(Boolean));

/** A leading `-2.5` or `-1/2` is the answer, not an option; `-x^2` needs `--text` or `--`. */
const looksLikeNumber = (arg: string) => /^-[^A-Za-z-]/.test(arg);

function run(argv: string[]): CommandOutput {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.map((a) => (looksLikeNumber(a) ? ` ${a}` : a)),
      options: {
        expect: { type: "string" }, vars: { type: "string" }, words: { type: "string" }, text: { type: "string" },
        json: { type: "boolean" }, help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    return usage(`basis parse: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return ok(`${parseCommand.help}\n`);
  const texts = values.text !== undefined ? [values.text, ...positionals] : positionals;
  if (texts.length !== 1) return usage(`basis parse: expected exactly one answer text, got ${texts.length} (quote it: basis parse "1, 2")`);
  const req = ParseRequest.safeParse({ text: texts[0].trim(), expect: values.expect, vars: list(values.vars), words: list(values.words) });
  if (!req.success) {
    const issue = req.error.issues[0];
    return usage(`basis parse: --${String(issue.path[0] ?? "text")}: ${issue.message}`);
  }
  const out = parseRequest(req.data);
  const code = out.ok ? 0 : 1;
  if (values.json) return { code, stdout: json(out), stderr: "" };
  if (!out.ok) return { code, stdout: `error at column ${out.column}: ${out.error}\n`, stderr: "" };
  const rows = [["kind", out.kind], ["text", out.text], ["latex", out.latex], ["numeric", JSON.stringify(out.numeric)]];
  return { code, stdout: `${rows.map(([k, v]) => `${String(k).padEnd(8)} ${v}`).join("\n")}\n`, stderr: "" };
}

export const parseCommand: ExerciseCommand = {
  name: "parse",
  summary: "read one answer in the answer language (kind, exact value, LaTeX)",
  help: `basis parse "<text>" [--expect KIND] [--vars x,y] [--words a,b] [--json]

Reads one answer as a learner would type it and shows how it was interpreted.
  --expect  number | vector | matrix | set | boolean | expression | complex | word | parts
            (settles ambiguous text: "1, 2, 3" is a vector with --expect vector, a set otherwise)
  --vars    variables allowed in expressions (default x with --expect expression; any single
            letter without --expect)
  --words   the word list for --expect word
  --text    the answer, when it starts with '-' followed by a letter (or put it after --)
--json prints {"ok":true,"kind","value","numeric","latex","text"}: value keeps exact forms as
strings ("3/4", "sqrt(29)") and decimals as numbers; numeric is plain JSON numbers (arrays for
vectors, rows for matrices, sorted for sets). A refused answer prints
{"ok":false,"error","column"} (column is 1-based) and exits 1; bad usage exits 2.
As a batch line: {"cmd":"parse","text":"…","expect":"…","vars":[…],"words":[…],"booleanWords":[[…]],"parts":{…}}.`,
  run,
};
