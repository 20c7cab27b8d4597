// `basis check --skill ID --seed N [--level L] --answer TEXT [--json]`: grade one answer.
import { flags, json, ok, usage, type ExerciseCommand } from "./command";
import { checkRequest } from "./exercise-core";

export const checkCommand: ExerciseCommand = {
  name: "check",
  summary: "grade an answer to the problem of a skill, seed and level",
  help: `basis check --skill ID --seed N [--level L] --answer "TEXT" [--json]

Grades TEXT against the problem that \`basis generate\` prints for the same skill, seed and
level. --json prints {correct, score, feedback, mistakes, interpreted}: mistakes holds tags such
as "forgot-sqrt" ("unparsed" when the text could not be read), interpreted is how the answer was
read (null if unreadable). A wrong answer is not an error (exit 0); unknown skill, bad seed or
bad level exit 2. Batch line: {"cmd": "check", "skill": ID, "seed": N, "level": L, "answer": TEXT}.`,
  run(argv) {
    const f = flags(argv, { skill: { type: "string" }, seed: { type: "string" }, level: { type: "string" }, answer: { type: "string" } });
    if (!f.ok) return usage(f.error);
    if (f.values.help) return ok(`${this.help}\n`);
    const r = checkRequest(f.values);
    if (!r.ok) return usage(r.error);
    if (f.values.json) return ok(json(r.value));
    const v = r.value;
    const head = v.correct ? `correct (score ${v.score})` : `incorrect (score ${v.score})`;
    const tags = v.mistakes.length ? `\nmistakes: ${v.mistakes.join(", ")}` : "";
    return ok(`${head}: ${v.feedback}${tags}\nread as: ${v.interpreted ?? "(unreadable)"}\n`);
  },
};
