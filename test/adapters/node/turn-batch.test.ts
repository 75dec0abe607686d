import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import type { ServerType } from "@hono/node-server";
import { Hono } from "hono";
import { afterEach, describe, expect, it } from "vitest";
import { serveApp } from "../../../src/adapters/node/serve-app.js";
import { handleByTurn } from "../../../src/adapters/node/turn-batch.js";

let server: ServerType | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function listen(app: Hono): Promise<string> {
  const port = await new Promise<number>((resolve) => {
    server = serveApp((req) => app.fetch(req), { port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => resolve(info.port));
  });
  return `http://127.0.0.1:${port}`;
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

describe("handling requests by event-loop turn", () => {
  it("starts no request in the turn it arrived in, then handles that turn's requests in arrival order", async () => {
    const order: string[] = [];
    const handle = handleByTurn((name: string) => {
      order.push(`handle ${name}`);
      return new Response(name);
    });
    const replies = ["first", "second", "third"].map((name) => handle(name));
    order.push("turn over");
    expect(await Promise.all(replies.map(async (r) => (await r).text()))).toEqual(["first", "second", "third"]);
    expect(order).toEqual(["turn over", "handle first", "handle second", "handle third"]);
  });

  it("a handler that throws fails only its own request", async () => {
    const handle = handleByTurn((name: string) => {
      if (name === "bad") throw new Error("boom");
      return new Response(name);
    });
    const [bad, good] = await Promise.allSettled([handle("bad"), handle("good")]);
    expect(bad.status).toBe("rejected");
    expect(good.status === "fulfilled" && (await good.value.text())).toBe("good");
  });

  it("serves many requests at once over HTTP, each with its own reply", async () => {
    const base = await listen(new Hono().post("/echo", async (c) => c.json({ got: ((await c.req.json()) as { n: number }).n })));
    const ns = Array.from({ length: 60 }, (_, i) => i);
    const got = await Promise.all(
      ns.map(async (n) => ((await (await fetch(`${base}/echo`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ n }) })).json()) as { got: number }).got),
    );
    expect(got).toEqual(ns);
  });

  it("keeps pipelined replies on one connection in request order", async () => {
    const base = await listen(new Hono().get("/:n", (c) => c.text(`reply to ${c.req.param("n")};`)));
    const raw = ["1", "2", "3"].map((p) => `GET /${p} HTTP/1.1\r\nHost: x\r\n\r\n`).join("");
    const text = await exchange(base, raw, (t) => t.includes("reply to 3;"));
    expect(text.match(/reply to \d;/g)).toEqual(["reply to 1;", "reply to 2;", "reply to 3;"]);
  });

  it("a route that throws answers 500 and the server goes on serving", async () => {
    const app = new Hono();
    app.get("/broken", () => {
      throw new Error("boom");
    });
    app.get("/fine", (c) => c.text("fine"));
    app.onError((_err, c) => c.text("internal error", 500));
    const base = await listen(app);
    const [broken, fine] = await Promise.all([fetch(`${base}/broken`), fetch(`${base}/fine`)]);
    expect(broken.status).toBe(500);
    expect(await fine.text()).toBe("fine");
  });

  it("a client gone before its request is handled leaves the server serving", async () => {
    const base = await listen(new Hono().get("/*", (c) => c.text("late reply")));
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(new URL(base).port), "127.0.0.1", () => socket.end("GET /gone HTTP/1.1\r\nHost: x\r\n\r\n", () => socket.destroy()));
      socket.on("close", () => resolve());
      socket.on("error", reject);
    });
    expect(await (await fetch(`${base}/after`)).text()).toBe("late reply");
  });
});
