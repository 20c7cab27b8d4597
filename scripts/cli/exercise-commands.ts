// The exercise commands and batch handlers, for registration in the `basis` CLI (scripts/basis.ts).
import { checkCommand } from "./check";
import type { ExerciseCommand } from "./command";
import { generateCommand } from "./generate";
import { skillsCommand } from "./skills";

export { exerciseBatchHandlers } from "./exercise-batch";
export const exerciseCommands: ExerciseCommand[] = [skillsCommand, generateCommand, checkCommand];
