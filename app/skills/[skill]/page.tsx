import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getGenerator } from "@/exercises/registry";
import { renderContent } from "@/lib/content";
import { requireUser } from "@/lib/server/session";
import { courseTitle, skillInfo } from "@/lib/server/skill-graph";
import "@/app/learn/learner.css";

export const metadata: Metadata = { title: "Skill notes" };

// A skill's notes: what it is, why it matters for machine learning, one worked example.
export default async function SkillPage({ params }: { params: Promise<{ skill: string }> }) {
  await requireUser();
  const { skill } = await params;
  const skillId = decodeURIComponent(skill);
  const info = skillInfo(skillId);
  const generator = getGenerator(skillId);
  if (!info || !generator) notFound();
  const prereqs = info.prereqs.map((p) => skillInfo(p)).filter((p) => p !== undefined);
  return (
    <article className="stack">
      <p className="muted">
        {courseTitle(info.course)} · {info.module}
      </p>
      <h1>{info.title}</h1>
      <div className="notes" dangerouslySetInnerHTML={{ __html: renderContent(generator.notes.body) }} />
      {prereqs.length > 0 && (
        <section aria-labelledby="prereq-heading">
          <h2 id="prereq-heading">Builds on</h2>
          <ul>
            {prereqs.map((p) => (
              <li key={p.id}>
                <Link href={`/skills/${encodeURIComponent(p.id)}`}>{p.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="actions">
        <Link className="button" href={`/practice/${encodeURIComponent(skillId)}`}>
          Practise this skill
        </Link>
        <Link className="button secondary" href="/learn">
          Today&apos;s set
        </Link>
      </p>
    </article>
  );
}
