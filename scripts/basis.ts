// The `basis` command line: `npm run --silent basis -- <command> [options]`. Commands are pure
// functions of argv (scripts/cli/*); this file only registers them, reads stdin for `batch`,
// prints, and turns an unexpected exception into one line (never a stack trace).
import { readFileSync } from "node:fs";
import { runBatch, type BatchHandler } from "./cli/batch";
import type { ExerciseCommand } from "./cli/command";
import { exerciseBatchHandlers, exerciseCommands } from "./cli/exercise-commands";
import { parseBatchHandler, parseCommand } from "./cli/parse";

/** Every command; add a line here to register one. */
const commands: ExerciseCommand[] = [parseCommand, ...exerciseCommands];

/** What `batch` lines may ask for ({"cmd": name, …}); add a line here to register one. */
const batchHandlers: Record<string, BatchHandler> = { parse: parseBatchHandler, ...exerciseBatchHandlers };

const usage = () =>
  `usage: basis <command> [options]   (basis <command> --help for details)\n\n${[
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    `  ${"batch".padEnd(10)} answer JSON request lines from stdin (cmd: ${Object.keys(batchHandlers).join(", ")})`,
  ].join("\n")}\n`;

function main(argv: string[]): number {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  let out;
  if (name === "batch") out = runBatch(readFileSync(0, "utf8"), batchHandlers);
  else {
    const command = commands.find((c) => c.name === name);
    if (!command) {
      process.stderr.write(`unknown command ${JSON.stringify(name)}: expected one of ${[...commands.map((c) => c.name), "batch"].join(", ")}\n`);
      return 2;
    }
    out = command.run(rest);
  }
  process.stdout.write(out.stdout);
  process.stderr.write(out.stderr);
  return out.code;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`basis: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
