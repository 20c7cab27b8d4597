"use client";
// A small form around a cohort server action: shows the action's message or error above the
// fields, and disables the button while it runs. Fields come from the (server) parent.
import { useActionState, type ReactNode } from "react";
import { EMPTY_FORM, type FormState } from "./form-state";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  pendingLabel?: string;
  secondary?: boolean;
  label?: string;
  children?: ReactNode;
};

export function ActionForm({ action, submitLabel, pendingLabel = "Working…", secondary, label, children }: Props) {
  const [state, run, pending] = useActionState(action, EMPTY_FORM);
  return (
    <form action={run} className="form" aria-label={label}>
      {state.message && <p role="status">{state.message}</p>}
      {state.error && (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      )}
      {children}
      <div>
        <button type="submit" className={secondary ? "button secondary" : "button"} disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}
