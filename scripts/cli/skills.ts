// `basis skills [--course ID] [--built] [--json]`: the curriculum's skills with their generators.
import { flags, json, ok, usage, type ExerciseCommand } from "./command";
import { skillsRequest } from "./exercise-core";

export const skillsCommand: ExerciseCommand = {
  name: "skills",
  summary: "list curriculum skills and their generators",
  help: `basis skills [--course ID] [--built] [--json]

Lists every curriculum skill (all three courses unless --course linear-algebra |
multivariate-calculus | pca). --json prints an array of
  {id, course, module, title, prereqs, expects, levels}
where expects and levels are null for a skill that has no generator yet; --built keeps only
skills that have one. Exit code 2 for an unknown course.`,
  run(argv) {
    const f = flags(argv, { course: { type: "string" }, built: { type: "boolean" } });
    if (!f.ok) return usage(f.error);
    if (f.values.help) return ok(`${this.help}\n`);
    const r = skillsRequest({ course: f.values.course, built: f.values.built === true });
    if (!r.ok) return usage(r.error);
    if (f.values.json) return ok(json(r.value));
    const lines = r.value.map((s) => `${s.id.padEnd(42)} ${s.levels ? `levels ${s.levels.join(",")}  ${s.expects}` : "(no generator yet)"}  ${s.title}`);
    const built = r.value.filter((s) => s.levels).length;
    return ok(`${lines.join("\n")}\n${r.value.length} skills, ${built} with generators\n`);
  },
};
