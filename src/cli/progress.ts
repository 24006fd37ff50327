// Progress of a run on stderr. On a terminal: one line, redrawn in place, once the run has
// taken a second (articles done / total, MB/s, time left). Elsewhere (a log, CI): a plain
// line every few seconds. Messages go through `log` so the line never garbles them.

export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
}

export interface ProgressOptions {
  total: number;
  stream: ProgressStream;
  quiet?: boolean;
  /** Milliseconds; a test passes its own clock. */
  now?: () => number;
}

/** A terminal shows progress after this long, and redraws it at most this often. */
const TTY_AFTER_MS = 1000;
const TTY_EVERY_MS = 100;
/** Without a terminal, one line this often. */
const LOG_EVERY_MS = 5000;

const seconds = (ms: number) => {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
};

export class Progress {
  private readonly started: number;
  private done = 0;
  private bytes = 0;
  private drawnAt = -Infinity;
  private shown = false; // a terminal line is on screen
  private lines = 0; // plain lines written
  private phase = '';
  private readonly now: () => number;

  constructor(private readonly o: ProgressOptions) {
    this.now = o.now ?? (() => performance.now());
    this.started = this.now();
  }

  private get tty(): boolean {
    return this.o.stream.isTTY === true;
  }

  /** One article finished (read from the cache or extracted), of `bytes` bytes. */
  tick(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    this.maybeDraw();
  }

  /** A stage after the articles («linking»): shown where progress is being shown already. */
  stage(name: string): void {
    this.phase = name;
    if (this.o.quiet) return;
    if (this.tty) {
      if (this.shown) this.draw();
    } else if (this.lines) {
      this.o.stream.write(`extract: ${name}\n`);
      this.lines++;
    }
  }

  /** A message (an error naming its file): always written, on its own line. */
  log(line: string): void {
    if (this.shown) this.o.stream.write('\r\x1b[2K');
    this.o.stream.write(`${line}\n`);
    if (this.shown) this.draw();
  }

  /** The run is over: the terminal line goes. */
  end(): void {
    if (this.shown) this.o.stream.write('\r\x1b[2K');
    this.shown = false;
  }

  /** The progress line's text. */
  text(): string {
    if (this.phase) return `extract: ${this.phase}`;
    const elapsed = this.now() - this.started;
    const rate = elapsed > 0 ? this.bytes / 1e6 / (elapsed / 1000) : 0;
    const left =
      this.done > 0 ? seconds(((this.o.total - this.done) * elapsed) / this.done) : 'unknown';
    return `extract: ${this.done} / ${this.o.total} articles, ${rate.toFixed(1)} MB/s, ${left} left`;
  }

  private maybeDraw(): void {
    if (this.o.quiet) return;
    const t = this.now();
    if (this.tty) {
      if (t - this.started >= TTY_AFTER_MS && t - this.drawnAt >= TTY_EVERY_MS) this.draw();
    } else if (t - Math.max(this.started, this.drawnAt) >= LOG_EVERY_MS) {
      this.drawnAt = t;
      this.o.stream.write(`${this.text()}\n`);
      this.lines++;
    }
  }

  private draw(): void {
    this.drawnAt = this.now();
    this.shown = true;
    this.o.stream.write(`\r\x1b[2K${this.text()}`);
  }
}
