/** Converts UTF-16 offsets to 1-based lines and columns, the way VS Code counts them. */
export class LineIndex {
  /** Offset of the first unit of each line. */
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /**
   * 1-based line and column of an offset, clamped to the text. An offset on a line break
   * (`\r` or `\n`) is the end of its line, as an editor counts it.
   */
  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    const column = Math.min(clamped, this.lineEnd(line)) - this.lineStarts[line] + 1;
    return { line: line + 1, column };
  }

  /** Offset of the start of a 0-based line. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** Offset of the end of a 0-based line, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] - 1 : this.text.length;
    return next > 0 && this.text[next - 1] === '\r' && next - 1 >= this.lineStart(line) ? next - 1 : next;
  }
}
