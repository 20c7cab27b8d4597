"use client";
import { useActionState } from "react";
import { startExamAction, type StartState } from "../actions";

export function StartForm({ course }: { course: string }) {
  const [state, action, pending] = useActionState<StartState, FormData>(startExamAction, {});
  return (
    <form action={action} className="form">
      <input type="hidden" name="course" value={course} />
      {state.error && (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      )}
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Starting…" : "Start the exam"}
      </button>
    </form>
  );
}
