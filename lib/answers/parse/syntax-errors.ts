// Turns mathjs's SyntaxError messages into plain ones; returns the 0-based index in the chunk.

export function syntaxMessage(err: unknown, text: string): { message: string; at: number } {
  const e = err as { message?: string; char?: number };
  const at = Math.max(0, Math.min((typeof e.char === "number" ? e.char : 1) - 1, text.length));
  const msg = e.message ?? "";
  const part = /part "([^"]*)"/.exec(msg)?.[1];
  let message: string;
  if (msg.startsWith("Unexpected end of expression")) message = "the answer stops too early: something is missing at column {col}";
  else if (msg.startsWith("Value expected")) message = "expected a number or a name at column {col}";
  else if (msg.startsWith("Unexpected part") && part) message = `unexpected '${part}' at column {col} — is an operator such as * missing?`;
  else if (msg.startsWith("Unexpected operator")) message = `unexpected '${msg.split(" ")[2]}' at column {col}`;
  else if (msg.startsWith("Syntax error in part") && part) message = `'${part}' is not allowed in an answer (column {col})`;
  else message = "could not read the answer at column {col}";
  return { message, at };
}
