// Hostile value generators for the endpoint fuzzer (fast-check arbitraries).
// Everything that ends up in a JSON body is produced as JSON *text*, so bodies can hold things
// JSON.stringify cannot express: duplicate keys, "__proto__" keys, 20 000-deep nesting, bad escapes.
import fc, { type Arbitrary } from "fast-check";

/** Largest "huge" string (the brief: up to 200 KB). Bodies over the app's limit must get 413. */
export const HUGE_MAX = 200_000;
/** URLs and header values are capped lower: Node (and Workers) reject larger request heads. */
export const URL_PART_MAX = 12_000;

export const NASTY_STRINGS: readonly string[] = [
  "", " ", "   \t\n ", "\u0000", "\u0000\u0001\u001f", "\r\n\r\n", "null", "undefined", "NaN", "Infinity", "-1", "0", "-0",
  "1e309", "0x10", "true", "false", "[]", "{}", "[object Object]",
  "__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "__defineGetter__",
  "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "</title><h1>x",
  "'; DROP TABLE messages;--", "\" OR \"1\"=\"1", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "..%2f..%2f..%2fpackage.json",
  "%", "%%", "%00", "%E0%A4%A", "%uD800", "%C0%AF", "+", "&", "=", "?", "#", "/", "//", "\\",
  "{{max}}", "{{langs}}", "$t(errors.internal)", "{{__proto__}}", "${process.exit(1)}", "%s%s%s%n", "{0}",
  "👨‍👩‍👧‍👦", "🇵🇪🇻🇪", "🏳️‍🌈", "👍🏽", "🤷‍♀️".repeat(40),
  "مرحبا، أريد الإقامة في بيرو", "שלום עולם", "\u202Eevil\u202C", "\u202Dltr\u202E\u2066rtl\u2069", "\u061C\u200F\u200E",
  "\u200B\u200C\u200D\u2060\uFEFF", "\u200Bretorno\u200B", "ley\u00ADdel\u00ADretorno",
  "e\u0301\u0301\u0301\u0301", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗͚", "\u0300\u0301\u0302",
  "\uD800", "\uDFFF", "a\uD83Dz", "\uDE00\uD83D", "\uD83D\uD83D\uDE00", "\uFFFD\uFFFE\uFFFF", "\u{10FFFF}",
  "𝕳𝖊𝖑𝖑𝖔 𝖜𝖔𝖗𝖑𝖉", "Ω≈ç√∫˜µ≤≥÷", "ÅÍÎÏ˝ÓÔÒÚÆ☃", "田中さんにあげて下さい", "고객센터", "ﷺ", "\u0085\u2028\u2029",
  "Ley del Retorno", "ley del retorno ".repeat(60), "SIS", "visa", "hola", "?", "¿¡", "ñ", "a".repeat(1000), "ñ".repeat(1001),
  "😀".repeat(1000), "😀".repeat(1001), "x\u0000y", "me llamo Juan Pérez, DNI 45678912, juan@example.com, +51 987 654 321",
];

const loneSurrogates: Arbitrary<string> = fc
  .array(fc.integer({ min: 0xd800, max: 0xdfff }), { minLength: 1, maxLength: 6 })
  .map((codes) => String.fromCharCode(...codes));

/** Short hostile strings: listed nasties, any code point, graphemes, lone surrogates, mixes. */
export const hostileString: Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: loneSurrogates },
  { weight: 2, arbitrary: fc.array(fc.oneof(fc.constantFrom(...NASTY_STRINGS), loneSurrogates, fc.string({ maxLength: 5 })), { maxLength: 6 }).map((a) => a.join("")) },
);

/** A string of `min`..`max` UTF-16 units made by repeating a hostile piece (may end mid-surrogate). */
export function hugeString(min = 1_000, max = HUGE_MAX): Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min, max }), fc.oneof(hostileString, fc.constantFrom("a", "ñ", "😀", "ley del retorno ", "\u200B")))
    .map(([n, piece]) => {
      const p = piece || "x";
      return p.repeat(Math.ceil(n / p.length)).slice(0, n);
    });
}

/** Messages right at the app's length limit (1000 code points), where off-by-ones live. */
export const boundaryString: Arbitrary<string> = fc
  .tuple(fc.integer({ min: 995, max: 1005 }), fc.constantFrom("a", "ñ", "😀", "👨‍👩‍👧", "\uD800", " ", "e\u0301"), fc.constantFrom("", " ", "  \n"))
  .map(([n, piece, pad]) => pad + piece.repeat(n) + pad);

/** JSON text nested `depth` levels deep (arrays, objects or both). Built as text: no recursion. */
export const deepJsonText: Arbitrary<string> = fc
  .tuple(fc.integer({ min: 2, max: 20_000 }), fc.constantFrom("array", "object", "mixed"), fc.constantFrom("1", "null", '"x"', "{}", "[]"))
  .map(([depth, kind, leaf]) => {
    if (kind === "array") return "[".repeat(depth) + leaf + "]".repeat(depth);
    if (kind === "object") return '{"a":'.repeat(depth) + leaf + "}".repeat(depth);
    const open: string[] = [];
    let s = "";
    for (let i = 0; i < depth; i++) {
      if (i % 2) {
        s += '{"message":';
        open.push("}");
      } else {
        s += "[";
        open.push("]");
      }
    }
    return s + leaf + open.reverse().join("");
  });

/** Objects whose keys try prototype pollution, as JSON text. */
export const protoObjectText: Arbitrary<string> = fc.constantFrom(
  '{"__proto__":{"polluted":"yes","isAdmin":true}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
  '{"__proto__":{"__proto__":{"polluted":"yes"}}}',
  '{"__proto__":null}',
  '{"__proto__":"x","constructor":1,"prototype":[]}',
  '{"__proto__":{"value":"spouse","toString":"x"}}',
  '{"__proto__":{"length":1000000}}',
  '{"hasOwnProperty":"x","toString":1,"valueOf":null}',
);

/** JSON text of a value of some type: numbers at the edges, booleans, null, arrays, objects. */
export const wrongTypeText: Arbitrary<string> = fc.oneof(
  fc.constantFrom("null", "true", "false", "0", "-0", "1", "-1", "1e309", "-1e309", "1e-400", "12345678901234567890123456789", "0.1", "[]", "{}", "[null]", '[""]', '{"value":null}', '""', '" "'),
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => JSON.stringify(d)),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
);

/** Any JSON text for a field: mostly its valid values, otherwise hostile ones of every kind. */
export function fieldText(valid: Arbitrary<unknown>): Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: valid.map((v) => JSON.stringify(v)) },
    { weight: 3, arbitrary: wrongTypeText },
    { weight: 3, arbitrary: hostileString.map((s) => JSON.stringify(s)) },
    { weight: 1, arbitrary: boundaryString.map((s) => JSON.stringify(s)) },
    { weight: 1, arbitrary: hugeString(1_000, 40_000).map((s) => JSON.stringify(s)) },
    { weight: 1, arbitrary: deepJsonText },
    { weight: 1, arbitrary: protoObjectText },
  );
}

const extraKey: Arbitrary<string> = fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty"), hostileString);

/**
 * A JSON object as text. Three shapes: every field valid (each may be absent); valid but for ONE
 * field with a hostile value (so each field's wrong types reach its own check); every field
 * random. Sometimes extra keys (duplicates of real ones, "__proto__", "constructor", hostile).
 */
export function objectText(fields: Record<string, Arbitrary<unknown>>): Arbitrary<string> {
  const names = Object.keys(fields);
  const validText = (name: string) => fields[name]!.map((v) => JSON.stringify(v));
  const hostileText = (name: string) => fieldText(fields[name]!);
  const presentAll = (pick: (name: string, i: number) => Arbitrary<string>, freq = 5) =>
    fc.tuple(...names.map((name, i) => fc.option(pick(name, i), { nil: undefined, freq })));
  const values: Arbitrary<(string | undefined)[]> = fc.oneof(
    { weight: 5, arbitrary: presentAll(validText, 10) },
    {
      weight: 4,
      arbitrary: fc.nat({ max: Math.max(0, names.length - 1) }).chain((bad) =>
        fc.tuple(...names.map((name, i) => (i === bad ? hostileText(name) : fc.option(validText(name), { nil: undefined, freq: 5 })))),
      ),
    },
    { weight: 1, arbitrary: presentAll(hostileText) },
  );
  const extras = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...(names.length ? names : ["x"])), extraKey), fc.oneof(wrongTypeText, protoObjectText, hostileString.map((s) => JSON.stringify(s)))), { minLength: 1, maxLength: 3 });
  return fc.tuple(values, fc.option(extras, { nil: undefined, freq: 5 }), fc.boolean()).map(([vals, more, extrasFirst]) => {
    const own = names.flatMap((name, i) => (vals[i] === undefined ? [] : [`${JSON.stringify(name)}:${vals[i]}`]));
    const other = (more ?? []).map(([k, v]) => `${JSON.stringify(k)}:${v}`);
    return `{${(extrasFirst ? [...other, ...own] : [...own, ...other]).join(",")}}`;
  });
}

const MALFORMED: readonly string[] = [
  "", " ", "{", "}", "[", "{]", "nul", "tru", "undefined", "NaN", "Infinity", "-", "+1", ".5", "01", "1.", "{'message':'hola'}", "{message:\"hola\"}",
  '{"message":"hola",}', '{"message":"hola"', '{"message":"hola"}}', '{"message":"hola"}{"message":"x"}', '{"message" "hola"}',
  '{"message":"\\u12"}', '{"message":"\\x41"}', '{"message":"\u0000raw control"}', '{"message":"line\nbreak"}', '"\\ud800"', "/* c */ {}",
  '{"message":"hola"} // trailing', '[1,]', '{"a":1,,"b":2}', '\uFEFF{"message":"hola"}', ")]}'\n{}", "\u0000\u0000", "1".repeat(2000),
  '{"message":' + "9".repeat(400) + "}", '{"message":-}', '{"message":1e}', '{"":""}', '{"message":"\\"}', '"' + "\\".repeat(101),
];

/** Broken JSON: fixed classics plus random cuts, drops and insertions into otherwise good bodies. */
export function malformedText(good: Arbitrary<string>): Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...MALFORMED),
    fc.tuple(good, fc.nat(), fc.constantFrom("cut", "drop", "insert", "quotes", "garbage"), fc.constantFrom(",", "{", "}", "[", "]", '"', ":", "\\", "\u0000", "'", "\n")).map(([text, at, how, ch]) => {
      const i = text.length ? at % text.length : 0;
      switch (how) {
        case "cut":
          return text.slice(0, i);
        case "drop":
          return text.slice(0, i) + text.slice(i + 1);
        case "insert":
          return text.slice(0, i) + ch + text.slice(i);
        case "quotes":
          return text.replace(/"/g, "'");
        default:
          return text + ch + "garbage";
      }
    }),
    fc.string({ unit: "binary", maxLength: 200 }),
  );
}

/** Raw bytes that are not valid UTF-8 (or are UTF-16), sometimes wrapped around valid JSON. */
export const badBytes: Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.constantFrom(
    Uint8Array.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), // UTF-16LE "{}" with BOM
    Uint8Array.from([0xc0, 0xaf]), // overlong "/"
    Uint8Array.from([0xed, 0xa0, 0x80]), // UTF-8-encoded surrogate
    Uint8Array.from([0xf4, 0x90, 0x80, 0x80]), // above U+10FFFF
  ),
  fc.uint8Array({ minLength: 1, maxLength: 20 }).map((junk) => {
    const head = new TextEncoder().encode('{"message":"hola ');
    const tail = new TextEncoder().encode('","lang":"es"}');
    return Uint8Array.from([...head, ...junk.map((b) => b | 0x80), ...tail]);
  }),
);

/** A header value the platform accepts (Latin-1 without CR, LF, NUL), from nasties and random. */
export function headerSafe(value: string, max = URL_PART_MAX): string {
  let out = "";
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    out += code === 9 || (code >= 0x20 && code <= 0xff && code !== 0x7f) ? ch : encodePart(ch).replace(/%/g, "=");
    if (out.length >= max) break;
  }
  return out.slice(0, max).trim();
}

export const contentTypes: Arbitrary<string | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constant("application/json") },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      undefined,
      "application/json; charset=utf-8",
      "application/json; charset=utf-16",
      "application/json; charset=iso-8859-1",
      "APPLICATION/JSON",
      "text/plain",
      "text/html",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=----x",
      "multipart/form-data",
      "application/xml",
      "application/octet-stream",
      "application/json, text/plain",
      "application/vnd.api+json",
      ";;;",
      "*/*",
    ),
  },
  { weight: 1, arbitrary: hostileString.map((s) => headerSafe(s, 200)) },
);

export const acceptLanguages: Arbitrary<string | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.constantFrom("es", "en", "pt-BR", "fr-FR,fr;q=0.9", "ht", "zh-CN,zh;q=0.9,en;q=0.8", "it", "ja", "qu", "de", "*", "en-US,en;q=0.5") },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "",
      ";q=",
      "q=1",
      "en;q=abc",
      "en;q=-1",
      "en;q=1e400",
      "es;q=NaN,en;q=Infinity",
      ",,,,",
      "en;;;q=0.5",
      "__proto__",
      "constructor;q=1",
      "toString,valueOf",
      "zh-Hant-TW-x-private",
      "i-klingon",
      "EN",
      "En-Us",
    ),
  },
  { weight: 1, arbitrary: hostileString.map((s) => headerSafe(s, 500)) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 3_000 }).map((n) => Array.from({ length: n }, (_, i) => `x${i};q=0.${i % 10}`).join(",").slice(0, URL_PART_MAX)) },
);

/** encodeURIComponent that never throws (lone surrogates become U+FFFD first). */
export function encodePart(s: string): string {
  return encodeURIComponent(s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"));
}

/** A value for a URL part: valid ones, hostile encoded, hostile raw, or long. */
export function urlPart(valid: Arbitrary<string>): Arbitrary<string> {
  return fc.oneof(
    { weight: 12, arbitrary: valid.map((v) => v.split("/").map(encodePart).join("/")) },
    { weight: 2, arbitrary: hostileString.map(encodePart) },
    { weight: 2, arbitrary: hostileString },
    { weight: 1, arbitrary: fc.constantFrom("..", "%2e%2e", "..%2f..%2fpackage.json", "%2F", "%00", "%", "%zz", "%E0%A4%A", "a/b", "a?b=1", "a#b", ".", "~", "%C0%AE%C0%AE") },
    { weight: 1, arbitrary: hugeString(1_000, URL_PART_MAX).map(encodePart).map((s) => s.slice(0, URL_PART_MAX)) },
  );
}

/** A query string (without "?"): known keys valid, or one / all hostile; extra and polluting keys. */
export function queryString(known: Record<string, Arbitrary<string>>): Arbitrary<string> {
  const names = Object.keys(known);
  const valid = (name: string) => known[name]!.map(encodePart);
  const hostile = (name: string) => urlPart(known[name]!);
  const pairsFrom = (pick: (name: string, i: number) => Arbitrary<string>, present = 3) =>
    fc.tuple(...names.map((name, i) => fc.option(pick(name, i), { nil: undefined, freq: present }))).map((vals) => names.flatMap((name, i) => (vals[i] === undefined ? [] : [[name, vals[i]!] as [string, string]])));
  const knownPairs: Arbitrary<[string, string][]> = names.length
    ? fc.oneof(
        { weight: 4, arbitrary: pairsFrom(valid, 6) },
        { weight: 3, arbitrary: fc.nat({ max: names.length - 1 }).chain((bad) => pairsFrom((name, i) => (i === bad ? hostile(name) : valid(name)), 6)) },
        { weight: 1, arbitrary: pairsFrom(hostile) },
      )
    : fc.constant([]);
  const junkPairs = fc.array(
    fc.tuple(
      fc.oneof(fc.constantFrom("__proto__", "__proto__[polluted]", "constructor[prototype][polluted]", "constructor", "prototype", "lang", "lang[]", "", "toString", ...names), hostileString.map(encodePart)),
      fc.oneof(fc.constant(""), urlPart(fc.constantFrom("1", "yes", "es"))),
    ),
    { minLength: 1, maxLength: 4 },
  );
  return fc
    .tuple(knownPairs, fc.option(junkPairs, { nil: undefined, freq: 4 }), fc.option(fc.constantFrom("&&", "=", "&=&", "%", "a=%", "=&lang", "lang&lang=en&lang=zz", "lang=en%00", "lang=es&lang=en"), { nil: undefined, freq: 8 }), fc.boolean())
    .map(([pairs, junk, raw, bareKeys]) => {
      const parts = [...pairs, ...(junk ?? [])].map(([k, v]) => (v === "" && bareKeys ? k : `${k}=${v}`));
      if (raw) parts.push(raw);
      return parts.join("&").slice(0, URL_PART_MAX);
    });
}

/** Methods the Request constructor accepts (CONNECT, TRACE and TRACK are forbidden by fetch). */
export const METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "PROPFIND", "FOO", "get", "post"] as const;
