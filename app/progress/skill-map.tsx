// The skill graph by course and module, each skill coloured by its state: the learner's own
// /progress page (with links to notes and practice) and the instructor's drill-down (plain).
import Link from "next/link";
import type { Progress } from "@/lib/server/progress";
import { courseTitle } from "@/lib/server/skill-graph";
import type { MasterySummary } from "@/lib/scheduling";

export const STATUS_LABEL = { new: "new", learning: "learning", mastered: "mastered", due: "due for review" } as const;

export function masteryText(s: MasterySummary): string {
  return `${s.mastered} of ${s.total} mastered · ${s.learning} learning · ${s.due} due · ${s.new} new`;
}

export function SkillMap({ courses, links }: { courses: Progress["courses"]; links: boolean }) {
  return (
    <>
      <ul className="legend" aria-label="Legend">
        {(["new", "learning", "mastered", "due"] as const).map((s) => (
          <li key={s} className={`status-${s}`}>{STATUS_LABEL[s]}</li>
        ))}
      </ul>
      {courses.map((c) => (
        <section key={c.course} aria-labelledby={`course-${c.course}`} className="stack">
          <h3 id={`course-${c.course}`}>{courseTitle(c.course)}</h3>
          <p>{masteryText(c.summary)}</p>
          {c.modules.map((m) => (
            <div key={m.module}>
              <h4>{m.module}</h4>
              <p className="muted">{masteryText(m.summary)}</p>
              <ul className="skill-map">
                {m.skills.map((s) => (
                  <li key={s.id} className={`status-${s.status}`} data-skill={s.id} data-status={s.status}>
                    {links ? <Link href={`/skills/${encodeURIComponent(s.id)}`}>{s.title}</Link> : s.title}
                    <br />
                    <span className="muted">{STATUS_LABEL[s.status]}</span>
                    {links && s.unlocked && (
                      <>
                        {" · "}
                        <Link href={`/practice/${encodeURIComponent(s.id)}`} aria-label={`Practise ${s.title}`}>
                          practise
                        </Link>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
