// Generators of module "vectors" (linear-algebra): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";
import modulus from "./modulus";
import dot from "./dot";

export const skills: Generator[] = [modulus, dot];
