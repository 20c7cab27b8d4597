"use client";
// Unexpected errors (bugs) end here: a calm message, never a stack trace. The server logs the details.

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="stack">
      <h1>Something went wrong</h1>
      <p>Basis hit an unexpected problem. Try again; if it keeps happening, report reference {error.digest ?? "unknown"}.</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      </p>
    </div>
  );
}
