/**
 * A fetch handler that holds each request until the I/O callbacks of the current event-loop turn
 * have run (`setImmediate`), then handles every request that arrived in that turn, one after the
 * other, in the order they arrived.
 *
 * Under load one turn parses many requests. Handled as each is parsed, the answering code runs
 * between stretches of Node's HTTP code and a chat answer costs the processor about twice what it
 * costs run back to back: caches and branch history are refilled each time. Handled together, the
 * answers follow each other. A lone request waits only for the end of its own turn.
 */
export function handleByTurn<Args extends unknown[]>(fetch: (...args: Args) => Response | Promise<Response>): (...args: Args) => Promise<Response> {
  let waiting: (() => void)[] = [];
  const release = () => {
    const turn = waiting;
    waiting = [];
    for (const go of turn) go();
  };
  const nextTurn = () =>
    new Promise<void>((resolve) => {
      if (waiting.push(resolve) === 1) setImmediate(release);
    });
  return async (...args) => {
    await nextTurn();
    return await fetch(...args);
  };
}
