/** The log of one analysis: timestamped lines, kept as the artifact `plumb/analysis.log` whatever the outcome. */
export class AnalysisLog {
  private readonly lines: string[] = [];
  private readonly started = Date.now();

  write = (line: string): void => {
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1).padStart(7);
    this.lines.push(`[${seconds}s] ${line}`);
  };

  /** The log as the artifact it is kept as. */
  artifact(): { name: string; contentType: string; content: Buffer } {
    return {
      name: 'analysis.log',
      contentType: 'text/plain; charset=utf-8',
      content: Buffer.from(`${this.lines.join('\n')}\n`, 'utf8'),
    };
  }
}
