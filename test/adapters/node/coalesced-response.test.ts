import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { CoalescedResponse } from "../../../src/adapters/node/coalesced-response.js";

let server: Server | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  server = createServer({ ServerResponse: CoalescedResponse }, handler);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Raw bytes over one connection: what a client that pipelines requests reads back. */
function exchange(base: string, raw: string, until: (text: string) => boolean): Promise<string> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1", () => socket.write(raw));
    let text = "";
    socket.on("data", (chunk) => {
      text += chunk.toString("utf8");
      if (until(text)) {
        socket.destroy();
        resolve(text);
      }
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(text));
  });
}

describe("a coalesced response", () => {
  it("holds end() until the turn's I/O callbacks have run, then sends the whole reply", async () => {
    const seen: string[] = [];
    const base = await listen((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
      res.end("¿Qué beneficios da la Ley 30001?", () => seen.push("callback"));
      seen.push(`ended now: ${res.writableEnded}`);
      setImmediate(() => seen.push(`after the turn: ${res.writableEnded}`));
    });
    const res = await fetch(`${base}/`);
    expect(await res.text()).toBe("¿Qué beneficios da la Ley 30001?");
    expect(seen).toContain("ended now: false");
    expect(seen).toContain("callback");
    expect(seen).toContain("after the turn: true");
  });

  it("answers many requests at once, each with its own body", async () => {
    const base = await listen((req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ path: req.url }));
    });
    const paths = Array.from({ length: 60 }, (_, i) => `/q/${i}`);
    const bodies = await Promise.all(paths.map(async (p) => (await (await fetch(`${base}${p}`)).json()) as { path: string }));
    expect(bodies.map((b) => b.path)).toEqual(paths);
  });

  it("keeps pipelined replies on one connection in request order", async () => {
    const base = await listen((req, res) => res.end(`reply to ${req.url};`));
    const raw = ["/1", "/2", "/3"].map((p) => `GET ${p} HTTP/1.1\r\nHost: x\r\n\r\n`).join("");
    const text = await exchange(base, raw, (t) => t.includes("reply to /3;"));
    expect(text.match(/reply to \/\d;/g)).toEqual(["reply to /1;", "reply to /2;", "reply to /3;"]);
  });

  it("a reply that cannot be written closes only its own connection", async () => {
    const base = await listen((req, res) => {
      if (req.url === "/broken") {
        // Not a string or bytes: a plain ServerResponse would throw here; held, it throws later.
        (res.end as (chunk: unknown) => void)(12345);
        return;
      }
      res.end("fine");
    });
    const [broken, fine] = await Promise.allSettled([fetch(`${base}/broken`).then((r) => r.text()), fetch(`${base}/fine`).then((r) => r.text())]);
    expect(broken.status).toBe("rejected");
    expect(fine).toEqual({ status: "fulfilled", value: "fine" });
    // The server still serves.
    expect(await (await fetch(`${base}/fine`)).text()).toBe("fine");
  });

  it("a client gone before its reply is written leaves the server serving", async () => {
    const base = await listen((req, res) => {
      if (req.url === "/gone") req.socket.destroy();
      res.end("late reply");
    });
    const text = await exchange(base, "GET /gone HTTP/1.1\r\nHost: x\r\n\r\n", () => false);
    expect(text).toBe("");
    expect(await (await fetch(`${base}/after`)).text()).toBe("late reply");
  });
});
