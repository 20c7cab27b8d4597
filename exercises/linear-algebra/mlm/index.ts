// Generators of module "mlm" (linear-algebra): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";

export const skills: Generator[] = [];
