// Auth.js settings without database access (auth.ts adds the credentials provider) and the
// public-path list that proxy.ts uses.
import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/generated/prisma/enums";

/** Paths anyone may open. Everything else needs a session; proxy.ts redirects anonymous visits. */
export const PUBLIC_PATH_PREFIXES = ["/sign-in", "/sign-up", "/verify", "/api/auth", "/api/health", "/.well-known"];

export function isPublicPath(pathname: string): boolean {
  if (pathname === "/") return true;
  return PUBLIC_PATH_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

declare module "next-auth" {
  interface User {
    role?: Role;
  }
  interface Session {
    user: { id: string; role: Role; name: string; email: string };
  }
}

export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt" },
  trustHost: true,
  providers: [],
  logger: {
    // A failed sign-in is an expected outcome shown on the form, not a server error worth a stack trace.
    error(error) {
      if (error.name === "CredentialsSignin") return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = (token.role as Role | undefined) ?? "LEARNER";
      return session;
    },
  },
} satisfies NextAuthConfig;
