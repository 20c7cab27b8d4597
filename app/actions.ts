"use server";
// Server actions for signing in, up and out. Validation and writes live in lib/server/users.ts.
import { AuthError } from "next-auth";
import { signIn, signOut } from "@/auth";
import { HOME_PATH, safeDestination } from "@/lib/server/destinations";
import { signUp, type SignUpField } from "@/lib/server/users";

export type SignInState = { error?: string; email: string };
export type SignUpState = { fieldErrors: Partial<Record<SignUpField, string>>; values: { name: string; email: string } };

const SIGN_IN_FAILED = "Email or password is incorrect.";

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "");
  try {
    await signIn("credentials", {
      email,
      password: String(formData.get("password") ?? ""),
      redirectTo: safeDestination(formData.get("callbackUrl")),
    });
  } catch (error) {
    if (error instanceof AuthError) return { error: SIGN_IN_FAILED, email };
    throw error; // the success redirect travels as an exception
  }
  return { email };
}

export async function signUpAction(_prev: SignUpState, formData: FormData): Promise<SignUpState> {
  const result = await signUp(Object.fromEntries(formData));
  if (!result.ok) return { fieldErrors: result.fieldErrors, values: result.values };
  await signIn("credentials", {
    email: result.user.email,
    password: String(formData.get("password") ?? ""),
    redirectTo: HOME_PATH,
  });
  return { fieldErrors: {}, values: { name: result.user.name, email: result.user.email } };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
