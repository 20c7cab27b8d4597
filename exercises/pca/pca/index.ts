// Generators of module "pca" (pca): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";

export const skills: Generator[] = [];
