import { describe, expect, it } from "vitest";
import { parseList, preferSources, starterKeys } from "../../widget/src/prefer.js";
import { safeHttpUrl, widgetBase } from "../../widget/src/url.js";

describe("favoured sources and topics", () => {
  it("parses attribute lists separated by commas or spaces", () => {
    expect(parseList("INFOMIGRA, inforetorno  peru-contigo")).toEqual(["infomigra", "inforetorno", "peru-contigo"]);
    expect(parseList(null)).toEqual([]);
  });

  it("lists citations from a favoured source first, otherwise keeping the server's order", () => {
    const list = [{ source: "peru-contigo", id: 1 }, { source: "infomigra", id: 2 }, { source: "inforetorno", id: 3 }, { source: "infomigra", id: 4 }];
    expect(preferSources(list, ["infomigra"]).map((s) => s.id)).toEqual([2, 4, 1, 3]);
    expect(preferSources(list, []).map((s) => s.id)).toEqual([1, 2, 3, 4]);
  });

  it("opens with suggestions that fit the host site", () => {
    expect(starterKeys({ sources: ["infomigra"], topics: [] })[0]).toBe("starterWork");
    expect(starterKeys({ sources: ["inforetorno"], topics: [] })[0]).toBe("starterReturn");
    expect(starterKeys({ sources: [], topics: ["familia"] })[0]).toBe("starterFamily");
    expect(starterKeys({ sources: [], topics: [] })).toHaveLength(3);
  });
});

describe("URLs from the server", () => {
  it("accepts only http(s), resolving service paths against the widget's host", () => {
    expect(safeHttpUrl("/cards/x?lang=es", "https://contigo.gob.pe/")).toBe("https://contigo.gob.pe/cards/x?lang=es");
    expect(safeHttpUrl("https://www.gob.pe/80268")).toBe("https://www.gob.pe/80268");
    expect(safeHttpUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeHttpUrl("data:text/html,x")).toBeUndefined();
    expect(safeHttpUrl("/relative")).toBeUndefined();
    expect(safeHttpUrl(42)).toBeUndefined();
  });

  it("finds the widget's folder from its script URL", () => {
    expect(widgetBase("https://contigo.gob.pe/widget.js?v=1", "https://host.example/page")).toBe("https://contigo.gob.pe/");
    expect(widgetBase("https://cdn.gob.pe/contigo/widget.js", "https://host.example/page")).toBe("https://cdn.gob.pe/contigo/");
    expect(widgetBase(undefined, "https://host.example/a/page")).toBe("https://host.example/a/");
  });
});
