// `basis generate --skill ID --seed N [--level L] [--json]`: one seeded problem.
import { flags, json, ok, usage, type ExerciseCommand } from "./command";
import { generateRequest } from "./exercise-core";

export const generateCommand: ExerciseCommand = {
  name: "generate",
  summary: "print the problem of a skill for a seed and level",
  help: `basis generate --skill ID --seed N [--level L] [--json]

Prints the problem (skill, seed, level) — the same on every machine for the same generator
version. --json prints
  {skill, seed, level, version, prompt, data, expects, answer: {text, latex, numeric}, solution, hints}
The level defaults to the skill's first level. Unknown skill, bad seed or bad level: exit 2.
Batch line: {"cmd": "generate", "skill": ID, "seed": N, "level": L}.`,
  run(argv) {
    const f = flags(argv, { skill: { type: "string" }, seed: { type: "string" }, level: { type: "string" } });
    if (!f.ok) return usage(f.error);
    if (f.values.help) return ok(`${this.help}\n`);
    const r = generateRequest(f.values);
    if (!r.ok) return usage(r.error);
    if (f.values.json) return ok(json(r.value));
    const p = r.value;
    return ok(
      [
        `${p.skill} (seed ${p.seed}, level ${p.level}, version ${p.version}) — answer: ${p.expects}`,
        "",
        p.prompt,
        "",
        `Answer: ${p.answer.text}`,
        "Solution:",
        ...p.solution.map((s, i) => `  ${i + 1}. ${s}`),
        "Hints:",
        ...p.hints.map((h) => `  - ${h}`),
        "",
      ].join("\n"),
    );
  },
};
