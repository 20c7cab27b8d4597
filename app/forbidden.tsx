import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="stack">
      <h1>Not available to your account</h1>
      <p>This page needs a different role. If you think that is a mistake, ask an administrator.</p>
      <p>
        <Link href="/learn">Back to Learn</Link>
      </p>
    </div>
  );
}
