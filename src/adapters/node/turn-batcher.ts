import type { TurnRecord } from "../../core/ports.js";

export interface TurnBatcher {
  /** Queues a turn; resolves once it is committed (rejects if it could not be). */
  save(turn: TurnRecord): Promise<void>;
  /** Writes whatever is queued now (at shutdown). */
  flush(): void;
}

interface Pending {
  turn: TurnRecord;
  resolve: () => void;
  reject: (e: unknown) => void;
}

const isConstraintError = (e: unknown) => typeof (e as { code?: unknown })?.code === "string" && (e as { code: string }).code.startsWith("SQLITE_CONSTRAINT");

/**
 * Turns that arrive in the same tick of the event loop are written in one transaction: on SQLite
 * a commit costs more than the rows in it, and under load many turns wait on the same tick.
 * Each caller still waits for its own turn's commit, so a follow-up always finds the turn before.
 * If one turn breaks a constraint, the others are written one by one rather than lost.
 */
export function createTurnBatcher(writeAll: (turns: TurnRecord[]) => void, writeOne: (turn: TurnRecord) => void): TurnBatcher {
  let pending: Pending[] = [];
  let scheduled = false;

  function flush() {
    scheduled = false;
    const batch = pending;
    pending = [];
    if (!batch.length) return;
    try {
      writeAll(batch.map((p) => p.turn));
      for (const p of batch) p.resolve();
    } catch (e) {
      // Anything but a bad row (a locked or closed database) would fail one by one too.
      if (!isConstraintError(e) || batch.length === 1) {
        for (const p of batch) p.reject(e);
        return;
      }
      for (const p of batch) {
        try {
          writeOne(p.turn);
          p.resolve();
        } catch (one) {
          p.reject(one);
        }
      }
    }
  }

  return {
    save(turn) {
      return new Promise<void>((resolve, reject) => {
        pending.push({ turn, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
    flush,
  };
}
