import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/server/session";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await currentUser()) redirect("/learn");
  return (
    <div className="narrow stack">
      <h1>Create an account</h1>
      <SignUpForm />
      <p>
        Already have an account? <Link href="/sign-in">Sign in</Link>.
      </p>
    </div>
  );
}
