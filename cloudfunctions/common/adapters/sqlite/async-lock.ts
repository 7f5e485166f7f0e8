/**
 * A FIFO mutex for async code. The SQLite store shares one connection among every concurrent request
 * of the process, and a transaction spans awaits; while one holds this lock, nothing else may run a
 * statement on the connection, or it would land inside that transaction.
 *
 * On release the lock passes straight to the first waiter (it never becomes free in between), so a
 * caller arriving meanwhile queues behind the waiters instead of overtaking them.
 */
export class AsyncLock {
  private held = false;
  private waiters: Array<() => void> = [];
  /** Index of the first live waiter; shifting a long array on every release would be quadratic. */
  private head = 0;

  /** True when an acquire would succeed at once. */
  get idle(): boolean {
    return !this.held;
  }

  acquire(): Promise<void> {
    if (!this.held) {
      this.held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  release(): void {
    if (this.head < this.waiters.length) {
      const next = this.waiters[this.head];
      this.head += 1;
      if (this.head === this.waiters.length || (this.head > 1024 && this.head * 2 > this.waiters.length)) {
        this.waiters = this.waiters.slice(this.head);
        this.head = 0;
      }
      next();
      return;
    }
    this.held = false;
  }
}
