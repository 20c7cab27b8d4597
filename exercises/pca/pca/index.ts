// Generators of module "pca" (pca): one import per skill file, listed in curriculum order.
import type { Generator } from "../../types";
import centreData from "./centre-data";
import principalComponents from "./principal-components";
import projectData from "./project-data";
import explainedVariance from "./explained-variance";
import reconstructionLoss from "./reconstruction-loss";
import pcaViaSvd from "./pca-via-svd";

export const skills: Generator[] = [centreData, principalComponents, projectData, explainedVariance, reconstructionLoss, pcaViaSvd];
