import type { Metadata } from "next";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Certificates" };

// The assessments issue replaces this placeholder with certificates and progress towards them.
export default async function CertificatesPage() {
  await requireUser();
  return (
    <div className="stack">
      <h1>Certificates</h1>
      <p>Certificates you earn by passing course exams will appear here.</p>
    </div>
  );
}
