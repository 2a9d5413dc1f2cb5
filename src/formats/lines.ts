/**
 * Text arriving in chunks → whole lines, numbered from 1. A line may break across chunks (and a
 * "\r\n" between two of them); only the unfinished last line is ever held, so a file of a million
 * rows is never one string.
 */
export type LineHandler = (line: string, number: number) => void;

export class LineSplitter {
  #carry = '';
  #number = 0;

  /** Lines completed so far. */
  get lines(): number {
    return this.#number;
  }

  push(chunk: string, onLine: LineHandler): void {
    let start = 0;
    let newline = chunk.indexOf('\n');
    if (newline < 0) {
      this.#carry += chunk;
      return;
    }
    // The first line finishes what earlier chunks began.
    this.#emit(this.#carry + chunk.slice(0, newline), onLine);
    this.#carry = '';
    start = newline + 1;
    while ((newline = chunk.indexOf('\n', start)) >= 0) {
      this.#emit(chunk.slice(start, newline), onLine);
      start = newline + 1;
    }
    this.#carry = chunk.slice(start);
  }

  /** The last line, when the text does not end with a newline. */
  end(onLine: LineHandler): void {
    if (this.#carry) this.#emit(this.#carry, onLine);
    this.#carry = '';
  }

  #emit(line: string, onLine: LineHandler): void {
    this.#number++;
    onLine(line.endsWith('\r') ? line.slice(0, -1) : line, this.#number);
  }
}
