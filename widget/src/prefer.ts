import type { AppStrings } from "./strings.js";

/** Sources and topics a host site favours, from <contigo-chat sources="infomigra" topics="work">. */
export interface Preferences {
  sources: string[];
  topics: string[];
}

export function parseList(value: string | null | undefined): string[] {
  return (value ?? "")
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
}

/** Citations from a favoured source first; otherwise the server's order. */
export function preferSources<T extends { source: string }>(list: readonly T[], favoured: readonly string[]): T[] {
  const rank = (s: T) => {
    const i = favoured.indexOf(s.source);
    return i === -1 ? favoured.length : i;
  };
  return list
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
    .map((x) => x.s);
}

type StarterKey = "starterReturn" | "starterFamily" | "starterWork" | "starterConsulate";

const BY_SOURCE: Record<string, StarterKey[]> = {
  infomigra: ["starterWork", "starterConsulate", "starterReturn"],
  inforetorno: ["starterReturn", "starterConsulate", "starterWork"],
  "peru-contigo": ["starterFamily", "starterConsulate", "starterReturn"],
};
const BY_TOPIC: Record<string, StarterKey> = {
  work: "starterWork",
  trabajo: "starterWork",
  return: "starterReturn",
  retorno: "starterReturn",
  family: "starterFamily",
  familia: "starterFamily",
  residence: "starterFamily",
  consulate: "starterConsulate",
  consulado: "starterConsulate",
};

/** The three opening suggestions, ordered by what the host site favours. */
export function starterKeys(prefs: Preferences): (keyof AppStrings & StarterKey)[] {
  const fromTopics = prefs.topics.flatMap((t) => BY_TOPIC[t] ?? []);
  const fromSource = prefs.sources.flatMap((s) => BY_SOURCE[s] ?? []);
  const all: StarterKey[] = [...fromTopics, ...fromSource, "starterReturn", "starterFamily", "starterWork", "starterConsulate"];
  return [...new Set(all)].slice(0, 3);
}
