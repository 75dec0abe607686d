import type { TurnRecord } from "../../core/ports.js";

export interface TurnBatcher {
  /** Queues a turn for the next batch and returns: the reply need not wait for the disk. */
  save(turn: TurnRecord): void;
  /** Writes whatever is queued now: before a read that needs it, and at shutdown. */
  flush(): void;
}

export interface TurnBatcherOptions {
  /** Longest a turn waits in the queue. */
  maxDelayMs?: number;
  /** A batch this large is written at once. */
  maxBatch?: number;
  /** Told when turns could not be written (no personal data: the error's first line). */
  onError?: (count: number, error: unknown) => void;
}

/** Longest a turn waits in the queue by default. */
export const DEFAULT_MAX_DELAY_MS = 25;

const isConstraintError = (e: unknown) => typeof (e as { code?: unknown })?.code === "string" && (e as { code: string }).code.startsWith("SQLITE_CONSTRAINT");

/**
 * Write-behind for chat turns on SQLite. On a busy server each commit cost more than the rows in
 * it, and the reply waited for it; now turns are queued and written together, in one transaction,
 * at most `maxDelayMs` later. A follow-up does not read them (its previous question travels in the
 * conversation id), and the store's other reads (feedback, insights, retention) write the queue
 * before they run. A crash can lose the last `maxDelayMs` of logged questions, never an answer.
 * If one turn breaks a constraint, the others are written one by one rather than lost.
 */
export function createTurnBatcher(writeAll: (turns: TurnRecord[]) => void, writeOne: (turn: TurnRecord) => void, options: TurnBatcherOptions = {}): TurnBatcher {
  const maxDelayMs = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  const maxBatch = options.maxBatch ?? 500;
  let pending: TurnRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  function failed(count: number, e: unknown) {
    options.onError?.(count, e);
  }

  function flush() {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const batch = pending;
    pending = [];
    if (!batch.length) return;
    try {
      writeAll(batch);
    } catch (e) {
      // Anything but a bad row (a locked or closed database) would fail one by one too.
      if (!isConstraintError(e) || batch.length === 1) return failed(batch.length, e);
      let lost = 0;
      let last: unknown;
      for (const turn of batch) {
        try {
          writeOne(turn);
        } catch (one) {
          lost++;
          last = one;
        }
      }
      if (lost) failed(lost, last);
    }
  }

  return {
    save(turn) {
      pending.push(turn);
      if (pending.length >= maxBatch) flush();
      else if (!timer) {
        timer = setTimeout(flush, maxDelayMs);
        timer.unref?.();
      }
    },
    flush,
  };
}
