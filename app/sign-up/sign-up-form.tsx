"use client";
import { useActionState, useEffect, useRef } from "react";
import { signUpAction, type SignUpState } from "../actions";
import { Field } from "../field";

const initial: SignUpState = { fieldErrors: {}, values: { name: "", email: "" } };

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUpAction, initial);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state.fieldErrors;

  // Move focus to the first field that needs fixing, so keyboard and screen-reader users land on it.
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>("[aria-invalid='true']")?.focus();
  }, [state]);

  return (
    <form action={action} className="form" noValidate ref={formRef} key={JSON.stringify(state)}>
      <Field name="name" label="Name" autoComplete="name" defaultValue={state.values.name} error={errors.name} />
      <Field name="email" label="Email" type="email" autoComplete="email" defaultValue={state.values.email} error={errors.email} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        error={errors.password}
      />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Creating account…" : "Create account"}
      </button>
    </form>
  );
}
