"use client";
import { useActionState } from "react";
import { revokeCertificateAction, type RevokeState } from "./actions";

export function RevokeForm({ code, label }: { code: string; label: string }) {
  const [state, action, pending] = useActionState<RevokeState, FormData>(revokeCertificateAction, {});
  const id = `reason-${code}`;
  if (state.ok) return <p role="status">{state.message}</p>;
  return (
    <form action={action} className="form">
      <input type="hidden" name="code" value={code} />
      <div className="field">
        <label htmlFor={id}>Reason for revoking {label}</label>
        <input id={id} name="reason" required minLength={3} maxLength={500}
          aria-invalid={state.message ? true : undefined} aria-describedby={state.message ? `${id}-error` : undefined} />
        {state.message && <p className="field-error" id={`${id}-error`}>{state.message}</p>}
      </div>
      <button type="submit" className="button" disabled={pending}>{pending ? "Revoking…" : "Revoke"}</button>
    </form>
  );
}
