import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "katex/dist/katex.min.css";
import "./globals.css";
import { signOutAction } from "./actions";
import { currentUser, hasRole, STAFF_ROLES } from "@/lib/server/session";

export const metadata: Metadata = {
  title: { default: "Basis", template: "%s · Basis" },
  description: "Spaced-repetition practice and assessment for Mathematics for Machine Learning.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href={user ? "/learn" : "/"} className="brand">
            Basis
          </Link>
          <nav aria-label="Main">
            <ul className="nav-list">
              {user ? (
                <>
                  <li>
                    <Link href="/learn">Learn</Link>
                  </li>
                  <li>
                    <Link href="/progress">Progress</Link>
                  </li>
                  <li>
                    <Link href="/settings">Settings</Link>
                  </li>
                  <li>
                    <Link href="/cohorts">Cohorts</Link>
                  </li>
                  {hasRole(user, STAFF_ROLES) && (
                    <li>
                      <Link href="/teach">Teach</Link>
                    </li>
                  )}
                  {hasRole(user, ["ADMIN"]) && (
                    <li>
                      <Link href="/admin">Admin</Link>
                    </li>
                  )}
                  <li>
                    <Link href="/exams">Exams</Link>
                  </li>
                  <li>
                    <Link href="/certificates">Certificates</Link>
                  </li>
                  <li>
                    <form action={signOutAction}>
                      <button type="submit" className="link-button">
                        Sign out
                      </button>
                    </form>
                  </li>
                </>
              ) : (
                <>
                  <li>
                    <Link href="/sign-in">Sign in</Link>
                  </li>
                  <li>
                    <Link href="/sign-up">Sign up</Link>
                  </li>
                </>
              )}
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
