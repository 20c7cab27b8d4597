// The cohort views' shared frame: a tab list of the views. Each page checks access itself.
import type { ReactNode } from "react";
import Link from "next/link";
import "@/app/learn/learner.css";
import "./dashboard.css";

const VIEWS = [
  ["", "Members"], ["/heatmap", "Heatmap"], ["/at-risk", "At risk"], ["/items", "Item analysis"], ["/charts", "Charts"], ["/exams", "Exams"],
] as const;

export default async function CohortLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const base = `/teach/cohorts/${encodeURIComponent(id)}`;
  return (
    <div className="stack">
      <nav aria-label="Cohort views">
        <ul className="tabs">
          {VIEWS.map(([path, label]) => <li key={path}><Link href={`${base}${path}`}>{label}</Link></li>)}
        </ul>
      </nav>
      {children}
    </div>
  );
}
