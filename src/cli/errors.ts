/** The command line's two kinds of failure, each a one-line message without a stack trace. */

/** The command was called wrongly: exit status 2, with a pointer to --help. */
export class UsageError extends Error {}

/** A file could not be read, parsed or written: exit status 1. The message names the file. */
export class FileError extends Error {}
