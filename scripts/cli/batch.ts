// `basis batch`: one JSON request per stdin line ({"cmd": "generate", …}), one JSON answer per
// stdout line, in order. A bad line answers {"error": …} and the batch goes on.
import type { CommandOutput } from "./command";

export type BatchHandler = (line: Record<string, unknown>) => unknown;

export function answerLine(text: string, handlers: Record<string, BatchHandler>): unknown {
  let req: unknown;
  try {
    req = JSON.parse(text);
  } catch {
    return { error: "line is not valid JSON" };
  }
  if (typeof req !== "object" || req === null || Array.isArray(req)) return { error: 'line must be a JSON object such as {"cmd": "generate", …}' };
  const cmd = (req as { cmd?: unknown }).cmd;
  const handler = typeof cmd === "string" ? handlers[cmd] : undefined;
  if (!handler) return { error: `unknown cmd ${JSON.stringify(cmd)}: expected one of ${Object.keys(handlers).join(", ")}` };
  try {
    return handler(req as Record<string, unknown>);
  } catch (e) {
    return { error: `internal error: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Answers every non-blank line of `input`. */
export function runBatch(input: string, handlers: Record<string, BatchHandler>): CommandOutput {
  const out = input
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.stringify(answerLine(l, handlers)));
  return { code: 0, stdout: out.length ? `${out.join("\n")}\n` : "", stderr: "" };
}
