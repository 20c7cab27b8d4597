"use client";
// The taking page: every question, autosave (on blur, on "next", and 1 s after typing stops), a
// countdown seeded with the server's clock and deadline, and submission with a confirmation step.
// Saves of one question run one after another so an older text never overwrites a newer one.
import { useCallback, useEffect, useRef, useState } from "react";
import { QuestionCard, type SaveState, type TakerQuestion } from "./question-card";

const DEBOUNCE_MS = 1_000;
const WARN_AT_MS = [10 * 60_000, 5 * 60_000, 60_000];

type Props = { attemptId: string; title: string; deadline: string; serverNow: string; questions: TakerQuestion[] };

function mmss(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

export function ExamTaker({ attemptId, title, deadline, serverNow, questions }: Props) {
  const [texts, setTexts] = useState(() => questions.map((q) => q.answer));
  const [status, setStatus] = useState<SaveState[]>(() => questions.map((q) => (q.savedAt ? { kind: "saved", at: q.savedAt } : { kind: "idle" })));
  const [remaining, setRemaining] = useState(() => Date.parse(deadline) - Date.parse(serverNow));
  const [warning, setWarning] = useState("");
  const [closedMessage, setClosedMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const textsRef = useRef(texts);
  const savedRef = useRef(questions.map((q) => q.answer));
  const savedAtRef = useRef(questions.map((q) => q.savedAt));
  const chains = useRef(questions.map(() => Promise.resolve(true)));
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const url = `/api/exams/attempts/${encodeURIComponent(attemptId)}`;

  const setStatusAt = useCallback((pos: number, s: SaveState) => setStatus((all) => all.map((x, i) => (i === pos ? s : x))), []);

  const sendSave = useCallback(
    async (pos: number): Promise<boolean> => {
      const text = textsRef.current[pos];
      if (text === savedRef.current[pos]) {
        const at = savedAtRef.current[pos];
        setStatusAt(pos, at ? { kind: "saved", at } : { kind: "idle" });
        return true;
      }
      setStatusAt(pos, { kind: "saving" });
      try {
        const res = await fetch(`${url}/answers`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ position: pos, answer: text }) });
        const body = (await res.json()) as { savedAt?: string; message?: string };
        if (res.ok) {
          savedRef.current[pos] = text;
          savedAtRef.current[pos] = body.savedAt ?? new Date().toISOString();
          setStatusAt(pos, textsRef.current[pos] === text ? { kind: "saved", at: savedAtRef.current[pos]! } : { kind: "unsaved" });
          return true;
        }
        if (res.status === 409 || res.status === 410) setClosedMessage(body.message ?? "This exam is closed.");
        setStatusAt(pos, { kind: "error", message: `Not saved: ${body.message ?? `the server answered ${res.status}`}` });
        return false;
      } catch {
        setStatusAt(pos, { kind: "error", message: "Not saved: the connection failed. It is retried when you move on or type again." });
        return false;
      }
    },
    [url, setStatusAt],
  );

  const save = useCallback(
    (pos: number): Promise<boolean> => {
      clearTimeout(timers.current.get(pos));
      timers.current.delete(pos);
      chains.current[pos] = chains.current[pos].then(() => sendSave(pos));
      return chains.current[pos];
    },
    [sendSave],
  );

  const saveAll = useCallback(async () => (await Promise.all(questions.map((q) => save(q.position)))).every(Boolean), [questions, save]);

  function change(pos: number, text: string) {
    textsRef.current = textsRef.current.map((t, i) => (i === pos ? text : t));
    setTexts(textsRef.current);
    if (text !== savedRef.current[pos]) setStatusAt(pos, { kind: "unsaved" });
    clearTimeout(timers.current.get(pos));
    timers.current.set(pos, setTimeout(() => void save(pos), DEBOUNCE_MS));
  }

  function next(pos: number) {
    void save(pos);
    const target = pos + 1 < questions.length ? document.getElementById(`answer-${pos + 1}`) : document.getElementById("submit-exam");
    target?.focus();
  }

  // Countdown from the server's clock: the offset between server and browser clocks is fixed at load.
  useEffect(() => {
    const offset = Date.parse(serverNow) - Date.now();
    const warned = new Set<number>();
    const tick = () => {
      const left = Date.parse(deadline) - (Date.now() + offset);
      setRemaining(left);
      for (const w of WARN_AT_MS) if (left <= w && left > 0 && !warned.has(w)) {
        warned.add(w);
        setWarning(`${Math.round(w / 60_000)} minute${w === 60_000 ? "" : "s"} left.`);
      }
      if (left <= 0) {
        clearInterval(id);
        // The server closes and grades the attempt on the next read; reloading shows the results.
        void saveAll().finally(() => window.location.reload());
      }
    };
    const id = setInterval(tick, 1_000);
    return () => clearInterval(id);
  }, [deadline, serverNow, saveAll]);

  // A closing tab still sends what was typed (keepalive outlives the page).
  useEffect(() => {
    const flush = () => {
      for (const q of questions) {
        const text = textsRef.current[q.position];
        if (text === savedRef.current[q.position]) continue;
        void fetch(`${url}/answers`, { method: "PUT", keepalive: true, headers: { "content-type": "application/json" }, body: JSON.stringify({ position: q.position, answer: text }) }).catch(() => {});
      }
    };
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, [questions, url]);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  async function submit() {
    setSubmitting(true);
    setSubmitError(null);
    const saved = await saveAll();
    if (!saved && closedMessage === null) {
      setSubmitting(false);
      setSubmitError("Some answers could not be saved (see the questions marked “Not saved”). Check your connection and submit again.");
      return;
    }
    try {
      const res = await fetch(`${url}/submit`, { method: "POST" });
      if (res.ok || res.status === 409 || res.status === 410) {
        window.location.reload();
        return;
      }
      const body = (await res.json().catch(() => ({}))) as { message?: string };
      setSubmitError(body.message ?? `The exam could not be submitted (HTTP ${res.status}). Try again.`);
    } catch {
      setSubmitError("The exam could not be submitted: the connection failed. Your answers are saved; try again.");
    }
    setSubmitting(false);
  }

  const answered = texts.filter((t) => t.trim() !== "").length;
  const timeUp = remaining <= 0;
  return (
    <div className="stack">
      <h1>{title}</h1>
      <div className="exam-bar">
        <p>
          Time left:{" "}
          <span role="timer" className={`exam-timer${remaining < 5 * 60_000 ? " low" : ""}`} data-testid="exam-timer">
            {mmss(remaining)}
          </span>
        </p>
        <p>
          Answered {answered} of {questions.length}
        </p>
      </div>
      <p className="visually-hidden" role="status">
        {warning}
      </p>
      {(closedMessage || timeUp) && (
        <p className="form-error" role="alert">
          {closedMessage ?? "Time is up. Your saved answers are being graded…"}{" "}
          <button type="button" className="link-button" onClick={() => window.location.reload()}>
            Show the results
          </button>
        </p>
      )}
      <ol className="exam-questions">
        {questions.map((q) => (
          <QuestionCard
            key={q.position} question={q} count={questions.length} text={texts[q.position]} status={status[q.position]}
            disabled={timeUp || closedMessage !== null} onChange={(t) => change(q.position, t)} onBlur={() => void save(q.position)}
            onNext={() => next(q.position)}
          />
        ))}
      </ol>
      {submitError && (
        <p className="form-error" role="alert">
          {submitError}
        </p>
      )}
      {!confirming ? (
        <p className="actions">
          <button type="button" id="submit-exam" className="button" disabled={timeUp || submitting} onClick={() => setConfirming(true)}>
            Submit the exam
          </button>
        </p>
      ) : (
        <section className="exam-confirm stack" aria-labelledby="confirm-heading">
          <h2 id="confirm-heading" tabIndex={-1} ref={confirmHeading}>
            Submit the exam now?
          </h2>
          <p>
            You have answered {answered} of {questions.length} questions. After submitting you cannot change your answers.
          </p>
          <p className="actions">
            <button type="button" className="button" disabled={submitting} onClick={() => void submit()}>
              {submitting ? "Submitting…" : "Yes, submit the exam"}
            </button>
            <button type="button" className="button secondary" disabled={submitting} onClick={() => setConfirming(false)}>
              Keep working
            </button>
          </p>
        </section>
      )}
    </div>
  );
}
