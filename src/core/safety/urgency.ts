import { foldText } from "../retrieval/text-fold.js";

export type UrgencyKind = "trafficking" | "violence" | "detention" | "passport";

// Patterns run on folded text (lower case, no accents). One list per kind, all languages together:
// a person in danger may write in any language, and a false alarm costs less than a missed one.
const RULES: Record<UrgencyKind, RegExp[]> = {
  trafficking: [
    /\btrata\b|\btrafico de personas|\btratante|explotacion (laboral|sexual)|trabajo forzoso|esclav/,
    /\btraffick|forced (labou?r|work|prostitution)|modern slavery|sex work against/,
    /\btrafico (de|humano)|trabalho (forcado|escravo)|explorac/,
    /\btraite\b|travail force|exploitation|esclavage/,
    /\btrafik moun|travay fose|esklav/,
    /\btratta\b|lavoro forzato|sfruttamento/,
    /人口贩卖|拐卖|强迫劳动|强迫卖淫|人身売買|強制労働|runa qhatuy|runa rantikuy|mana lluqsichi|lluqsichiwanchu|wichqa/,
    /(no|ne|pa|nao) (me |m )?(dejan|deja|laissent|laisse|kite|let|deixam|lasciano) (pas |m )?(salir|irme|partir|sortir|soti|ale|leave|go|sair|andare)/,
    /\b(won'?t|will not|don'?t|doesn'?t) let (me|her|him|them) (leave|go)|locked (me |her |him )?(in|up)|kidnap|secuestr|sequestr|kidnape/,
  ],
  passport: [
    /(quit|retien|retuv|retenid|confisc|guard|tienen|quedaron|quedo)\w* (con )?(mi|el|su|sus|los|mis) (pasaporte|documentos|papeles)/,
    /(took|taken|take|kept|keep|keeps|holding|holds|confiscated|seized|withh[oe]ld\w*|stole|has) (my|her|his|their|our|the) (passport|papers|documents)/,
    /(pegaram|retem|retiveram|tomaram|confiscaram|ficaram com|guardam) (o |meu |seu |os )?(passaporte|documentos)/,
    /(gardent|garde|pris|confisque|retiennent|retient)\w* (mon|son|ses|mes|le|les) (passeport|papiers)/,
    /(pran|kenbe|sezi) (paspo|papye)/,
    /(trattenuto|preso|sequestrato|tengono) (il |mio |suo )?(passaporto|documenti)/,
    /(扣|收|拿|没收|扣留)(了)?(我的|她的|他的)?护照|护照被(扣|收|拿|没收)|パスポートを(取り上げ|取られ|預かっ|返して)/,
    /pasaport\w*\s+(\w+\s+)?(qichu|hapi|hap'i|waqaycha)/,
  ],
  violence: [
    /violencia|me (pega|golpea|maltrata|amenaza|viola)|golpe(a|o|aron)|maltrat|abuso sexual|violacion|violaron|acoso sexual/,
    /violen(ce|t)|(hits|beats|beat|hit|abuses|abused|threatens|threatened|raped) (me|her|him)|\brape\b|domestic abuse|sexual(ly)? (abuse|assault|harass)/,
    /violencia|me (bate|agride|ameaca)|estupr|abuso/,
    /violence|me (frappe|bat)|viol\b|agression/,
    /vyolans|bat mwen|kale mwen|vyole|abi seksyel/,
    /violenza|mi picchia|stupro|abuso/,
    /家暴|家庭暴力|打我|殴打|性侵|强奸|暴力|殴られ|暴力を受け|レイプ|性的暴行|maqawan|maqawanku|maqaykuwan|maqan/,
  ],
  detention: [
    /(esta|estoy|fue|lo|la|han|ha sido|quedo|quedaron|tienen) (preso|presa|detenid|arrestad|encarcelad)|\b(preso|presa|encarcelad)\b|\bcarcel\b|\bprision\b|detenid[oa]s?\b|\barrestad/,
    /\b(arrested|detained|in jail|in prison|jailed|imprisoned|in custody|under arrest)\b/,
    /\b(preso|presa|detido|detida|na cadeia|prisao|prisioneiro)\b/,
    /\b(arrete|arretee|detenu|detenue|en prison|incarcere)\b/,
    /\b(arete|nan prizon|nan kacho|fèmen|kache nan prizon)\b/,
    /\b(arrestato|arrestata|in carcere|detenuto|detenuta|in prigione)\b/,
    /(逮捕|拘留|被抓|监狱|坐牢|逮捕され|拘束|刑務所|留置)/,
  ],
};

// Each kind's patterns as one alternation: one scan of the message per kind instead of one per
// pattern (same matches: a message matches the whole when it matches any part).
const COMBINED = (Object.keys(RULES) as UrgencyKind[]).map((kind) => [kind, new RegExp(RULES[kind].map((re) => `(?:${re.source})`).join("|"))] as const);

/** The kinds of danger a message speaks of; empty when none. */
export function detectUrgency(message: string): UrgencyKind[] {
  const text = foldText(message);
  return COMBINED.filter(([, re]) => re.test(text)).map(([kind]) => kind);
}
