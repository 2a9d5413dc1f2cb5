/**
 * The notebook's intermediate representation: what parseNotebook() returns and what the runtime
 * and the UI consume. Everything here is plain JSON (the golden tests compare it structurally).
 */

/** A notebook: one Markdown file of prose and live ```js and ```sql cells. */
export interface Notebook {
  /** The file's path, as given to parseNotebook (also the key for stored edits). */
  path: string;
  /** Front matter `title`, else the plain text of the first `# heading`, else null. */
  title: string | null;
  /** The YAML front matter, when the file starts with one. */
  frontMatter?: FrontMatter;
  /** Prose and cells in page order (the runtime runs cells in dependency order). */
  blocks: Block[];
}

export type Block = ProseBlock | CellBlock;

/** Markdown kept as source, rendered later (with `marked`). Never contains a live cell. */
export interface ProseBlock {
  type: 'prose';
  /** 1-based line of the block's first line in the file. */
  line: number;
  /** The Markdown, without the blank lines around it. */
  source: string;
}

/**
 * A reactive cell: one ```js or ```sql fence. The contract between the parser and the runtime, after
 * Observable Framework's: the runtime wires `inputs` to other cells' `outputs`, nothing more.
 *
 * @example
 * // ```js
 * // const recent = events.filter((e) => e.year >= period);
 * // ```
 * // → {type: 'cell', id: '1f0c9a2e', mode: 'program', line: 12,
 * //    inputs: ['events', 'period'], outputs: ['recent'], options: {}, source: '…'}
 */
export interface CellBlock {
  type: 'cell';
  /**
   * Stable id: the 8-hex FNV-1a hash of the file's source of the cell, then `-1`, `-2`… for later
   * cells with the same source. It survives edits (redefine keeps it), so edits are keyed by it.
   */
  id: string;
  /**
   * `expression`: the source is one expression (no trailing semicolon); its value is displayed.
   * `program`: statements; its top-level declarations are its outputs.
   */
  mode: CellMode;
  /** 1-based line of the opening fence in the file. */
  line: number;
  /** The cell's code (the fence's content, without the fences). */
  source: string;
  /**
   * Free references the cell reads from the notebook, sorted: other cells' outputs and builtins.
   * Globals (window, Math, fetch…) are excluded unless a builtin or another cell defines them.
   */
  inputs: string[];
  /** Top-level declarations (const/let/var/function/class, destructuring included), in source order. */
  outputs: string[];
  /** Options from the fence's info string: ```js echo → {echo: true}; run=false → {run: false}. */
  options: FenceOptions;
  /**
   * Set on a ```sql cell, whose source is SQL over the events tables; the runtime compiles it to
   * JavaScript (sql.ts), from which its inputs and outputs come. Absent on ```js cells.
   */
  language?: 'sql';
  /** Set when the cell can't be parsed; such a cell has no inputs and no outputs. */
  error?: CellError;
}

export type CellMode = 'expression' | 'program';

/** The fence languages that make live cells. */
export type CellLanguage = 'js' | 'sql';

/** Bare words are `true`; `key=value` keeps the value, with `true`/`false` read as booleans. */
export type FenceOptions = Record<string, string | boolean>;

/** A syntax error, positioned in the cell's source (not the file): line and column are 1-based. */
export interface CellError {
  message: string;
  line: number;
  column: number;
}

export interface FrontMatter {
  /** The YAML between the `---` lines, verbatim. */
  source: string;
  /**
   * The flat subset we read: `key: scalar`, `key: [a, b]`, and `key:` followed by `- item` lines.
   * Keys whose value is beyond it (nested maps, block scalars) are left out; `source` has them.
   */
  data: Record<string, FrontMatterValue>;
}

export type FrontMatterScalar = string | number | boolean | null;
export type FrontMatterValue = FrontMatterScalar | FrontMatterScalar[];
