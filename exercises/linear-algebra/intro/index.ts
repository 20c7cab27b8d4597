// Generators of module "intro" (linear-algebra): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";
import vectorAdd from "./vector-add";
import simultaneousSetup from "./simultaneous-setup";

export const skills: Generator[] = [vectorAdd, simultaneousSetup];
