import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/server/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  if (await currentUser()) redirect("/learn");
  const { callbackUrl } = await searchParams;
  return (
    <div className="narrow stack">
      <h1>Sign in</h1>
      <SignInForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : ""} />
      <p>
        New to Basis? <Link href="/sign-up">Create an account</Link>.
      </p>
    </div>
  );
}
