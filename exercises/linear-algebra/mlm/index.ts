// Generators of module "mlm" (linear-algebra): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";
import norms from "./norms";
import hadamard from "./hadamard";
import transpose from "./transpose";

export const skills: Generator[] = [
  norms,
  hadamard,
  transpose,
];
