// Tells an echo of the editor's own text from an external edit of an uncontrolled editor's `value`.
// The editor emits each text it holds after a user edit; the page stores it and renders it back, but a
// render (its effect) can lag a few keystrokes behind. Echoes arrive in emission order, so a value
// found among the unacknowledged emissions acknowledges it and every earlier one; a value not found
// there (Add statement, the statement panel, a reset — even back to a text typed long ago) is external.
export class EchoTracker {
  private pending: string[] = [];
  private applying = false;

  constructor(private readonly limit = 500) {}

  /**
   * The editor's text changed to `text`. False when the change is an external value being applied
   * (not an emission: the page already holds it).
   */
  emitted(text: string): boolean {
    if (this.applying) return false;
    this.pending.push(text);
    if (this.pending.length > this.limit) this.pending.shift();
    return true;
  }

  /** Runs `apply`, which writes an external value into the editor. */
  applyExternal(apply: () => void): void {
    this.applying = true;
    try {
      apply();
    } finally {
      this.applying = false;
    }
  }

  /** Whether `value`, newly rendered, must be written into the editor whose text is `current`. */
  isExternal(value: string, current: string): boolean {
    const i = this.pending.indexOf(value);
    if (i >= 0) {
      this.pending.splice(0, i + 1);
      return false;
    }
    if (value === current) return false;
    this.pending = [];
    return true;
  }
}
