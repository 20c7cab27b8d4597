"use client";
// The "new cohort" form: name, courses, start date and an optional last day for the join code.
import { useActionState } from "react";
import { EMPTY_FORM } from "../cohorts/form-state";
import { createCohortAction } from "./actions";

type Course = { id: string; title: string };

function FieldError({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p className="field-error" id={id}>
      {text}
    </p>
  ) : null;
}

export function NewCohortForm({ courses, today }: { courses: readonly Course[]; today: string }) {
  const [state, action, pending] = useActionState(createCohortAction, EMPTY_FORM);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const chosen = Array.isArray(values.courses) ? values.courses : courses.map((c) => c.id);
  const text = (key: string, fallback = "") => (typeof values[key] === "string" ? (values[key] as string) : fallback);
  const invalid = (key: string) => (errors[key] ? true : undefined);
  return (
    <form action={action} className="form" aria-labelledby="new-cohort-heading" key={JSON.stringify(values)}>
      {state.error && (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      )}
      <div className="field">
        <label htmlFor="cohort-name">Name</label>
        <input id="cohort-name" name="name" maxLength={120} required defaultValue={text("name")}
          aria-invalid={invalid("name")} aria-describedby={errors.name ? "cohort-name-error" : undefined} />
        <FieldError id="cohort-name-error" text={errors.name} />
      </div>
      <fieldset className="field" aria-describedby={errors.courses ? "cohort-courses-error" : undefined}>
        <legend>Courses</legend>
        {courses.map((c) => (
          <label key={c.id} className="check">
            <input type="checkbox" name="courses" value={c.id} defaultChecked={chosen.includes(c.id)} /> {c.title}
          </label>
        ))}
        <FieldError id="cohort-courses-error" text={errors.courses} />
      </fieldset>
      <div className="field">
        <label htmlFor="cohort-start">Start date</label>
        <input id="cohort-start" name="startDate" type="date" required defaultValue={text("startDate", today)}
          aria-invalid={invalid("startDate")} aria-describedby={errors.startDate ? "cohort-start-error" : undefined} />
        <FieldError id="cohort-start-error" text={errors.startDate} />
      </div>
      <div className="field">
        <label htmlFor="cohort-expiry">Join code valid until (optional)</label>
        <p className="hint" id="cohort-expiry-hint">Leave empty for a code that works until you replace it.</p>
        <input id="cohort-expiry" name="codeExpiresOn" type="date" defaultValue={text("codeExpiresOn")}
          aria-invalid={invalid("codeExpiresOn")}
          aria-describedby={errors.codeExpiresOn ? "cohort-expiry-error cohort-expiry-hint" : "cohort-expiry-hint"} />
        <FieldError id="cohort-expiry-error" text={errors.codeExpiresOn} />
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Creating…" : "Create cohort"}
        </button>
      </div>
    </form>
  );
}
