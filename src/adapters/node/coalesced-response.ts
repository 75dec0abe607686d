import { ServerResponse, type IncomingMessage } from "node:http";

/** What `end()` was called with: (callback), (chunk, callback) or (chunk, encoding, callback). */
type EndArgs = [chunk?: unknown, encoding?: unknown, callback?: unknown];

/** Responses finished in the current turn of the event loop, with what each was ended with. */
let queued: { res: CoalescedResponse; args: EndArgs }[] = [];

function flush(): void {
  const batch = queued;
  queued = [];
  for (const { res, args } of batch) {
    try {
      res.endNow(...args);
    } catch {
      // A response that cannot be written (its socket already gone) takes only its own connection.
      res.destroy();
    }
  }
}

/**
 * A response whose `end()` is held until the I/O callbacks of the current event-loop turn have
 * run (`setImmediate`), then written with every other response finished in that turn.
 *
 * Under load one turn answers many requests, and each write to a socket whose reader is asleep
 * wakes that reader: a proxy or load generator on the same host pays a wake-up per response.
 * Sent together, the replies wake it once per turn. A lone request waits only for the end of its
 * own turn. Node's `http.createServer({ ServerResponse })` takes this class.
 */
export class CoalescedResponse<Request extends IncomingMessage = IncomingMessage> extends ServerResponse<Request> {
  override end(chunk?: unknown, encoding?: unknown, callback?: unknown): this {
    if (queued.push({ res: this as CoalescedResponse, args: [chunk, encoding, callback] }) === 1) setImmediate(flush);
    return this;
  }

  /** Ends the response at once: what `end()` does on a plain ServerResponse. */
  endNow(...args: EndArgs): void {
    Reflect.apply(ServerResponse.prototype.end, this, args);
  }
}
