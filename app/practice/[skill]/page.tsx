import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { issuePracticeProblem } from "@/lib/server/learning";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Practice" };

// Free practice on one unlocked skill: opens the learner's open practice problem, or issues one.
export default async function PracticePage({ params }: { params: Promise<{ skill: string }> }) {
  const user = await requireUser();
  const { skill } = await params;
  const skillId = decodeURIComponent(skill);
  const result = await issuePracticeProblem(user, skillId);
  if (result.ok) redirect(`/problems/${result.problemId}`);
  return (
    <div className="stack">
      <h1>Practice</h1>
      <p className="form-error">{result.message}</p>
      <p>
        <Link href="/progress">Choose another skill</Link> · <Link href="/learn">Back to today&apos;s set</Link>
      </p>
    </div>
  );
}
