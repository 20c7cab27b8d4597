// Generators of module "taylor" (multivariate-calculus): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";

export const skills: Generator[] = [];
