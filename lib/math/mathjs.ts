// One private mathjs instance for lib/math and the checkers, so a caller that imports or
// reconfigures the global mathjs instance cannot change how answers are computed.
import { create, all, type MathJsInstance } from "mathjs";

export const mj: MathJsInstance = create(all, {});
