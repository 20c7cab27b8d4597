// The shape of the exercise commands: pure functions of argv returning what to print and the
// exit code (0 ok, 1 wrong answer is NOT an error — check exits 0 —, 2 usage error), so they can
// be tested without spawning a process and adapted to the `basis` CLI registry.
import { parseArgs, type ParseArgsConfig } from "node:util";

export interface CommandOutput {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ExerciseCommand {
  name: string;
  summary: string;
  help: string;
  run(argv: string[]): CommandOutput;
}

export const ok = (stdout: string): CommandOutput => ({ code: 0, stdout, stderr: "" });
export const usage = (message: string): CommandOutput => ({ code: 2, stdout: "", stderr: `${message}\n` });
export const json = (x: unknown): string => `${JSON.stringify(x)}\n`;

/** node:util parseArgs with its exceptions turned into one-line usage messages. */
export function flags(argv: string[], options: ParseArgsConfig["options"]): { ok: true; values: Record<string, string | boolean | undefined> } | { ok: false; error: string } {
  try {
    const { values } = parseArgs({ args: argv, options: { ...options, json: { type: "boolean" }, help: { type: "boolean", short: "h" } }, strict: true, allowPositionals: false });
    return { ok: true, values: values as Record<string, string | boolean | undefined> };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message.split("\n")[0] : String(e) };
  }
}
