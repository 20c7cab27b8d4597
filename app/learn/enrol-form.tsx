"use client";
import { useActionState } from "react";
import { enrolAction, type EnrolState } from "./actions";

type Course = { id: string; title: string; enrolled: boolean };

/** Course choice: one, several, or all three (the whole specialisation). */
export function EnrolForm({ courses, submitLabel }: { courses: Course[]; submitLabel: string }) {
  const [state, action, pending] = useActionState<EnrolState, FormData>(enrolAction, {});
  const open = courses.filter((c) => !c.enrolled);
  if (open.length === 0) return null;
  return (
    <form action={action} className="form">
      <fieldset className="choices" aria-describedby={state.error ? "enrol-error" : undefined}>
        <legend>Choose your courses</legend>
        {open.map((c) => (
          <label key={c.id} className="choice">
            <input type="checkbox" name="course" value={c.id} /> {c.title}
          </label>
        ))}
      </fieldset>
      {state.error && (
        <p className="form-error" id="enrol-error" role="alert">
          {state.error}
        </p>
      )}
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Enrolling…" : submitLabel}
      </button>
    </form>
  );
}
