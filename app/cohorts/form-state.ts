// What a cohort form's server action hands back to the form: a status message or the error to show.
import type { Failure } from "@/lib/server/cohorts/outcome";

export type FormState = {
  message?: string;
  error?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string | string[]>;
};

export const EMPTY_FORM: FormState = {};

export function failureState(failure: Failure, values?: FormState["values"]): FormState {
  return { error: failure.message, fieldErrors: failure.fieldErrors, values };
}
