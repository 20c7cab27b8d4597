import type { Metadata } from "next";

export const metadata: Metadata = { title: "No such certificate" };

// One answer for every unknown or malformed code, so a guess's shape reveals nothing.
export default function NoSuchCertificate() {
  return (
    <div className="stack">
      <h1>No such certificate</h1>
      <p>There is no certificate with this code. Check the code printed on the certificate and try again.</p>
    </div>
  );
}
