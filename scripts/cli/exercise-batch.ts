// Batch-line handlers for the exercise commands: each answers with the same JSON as the single
// command, or {"error": …} (the batch goes on).
import { checkRequest, generateRequest, skillsRequest } from "./exercise-core";

type Line = Record<string, unknown>;
const answer = <T>(r: { ok: true; value: T } | { ok: false; error: string }) => (r.ok ? r.value : { error: r.error });

export const exerciseBatchHandlers: Record<string, (line: Line) => unknown> = {
  generate: (line) => answer(generateRequest(line)),
  check: (line) => answer(checkRequest(line)),
  skills: (line) => answer(skillsRequest({ course: line.course, built: line.built === true })),
};
