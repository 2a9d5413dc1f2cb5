/**
 * DuckDB's errors, readable on a cell. DuckDB says "Parser Error: syntax error at or near …",
 * then the query's line with a caret under the spot, an excerpt DuckDB-WASM repeats. The error
 * is named after DuckDB's kind ("Parser Error", "Catalog Error"), so the cell shows DuckDB's own
 * words once: "Parser Error: syntax error at or near "SELEC"", the excerpt below it.
 */
const KIND = /^([A-Z][A-Za-z ]*Error): ([\s\S]*)$/;

export function sqlError(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  const match = KIND.exec(error.message);
  if (!match) return error;
  const [head, ...excerpts] = match[2]!.split(/(?=\n\nLINE \d+:)/);
  const unique = [...new Set(excerpts.map((e) => e.trimEnd()))];
  const out = new Error(head!.trimEnd() + unique.join(''), { cause: error });
  out.name = match[1]!;
  return out;
}
