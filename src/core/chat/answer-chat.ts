import { errorSummary } from "../privacy/error-summary.js";
import type { Card } from "../cards/card-types.js";
import { composeAnswer } from "../answer/compose-answer.js";
import type { Citation } from "../answer/answer-types.js";
import type { Translate } from "../i18n/create-i18n.js";
import type { Knowledge } from "../knowledge-view.js";
import { detectLanguage, type KnownLanguage } from "../language/detect-language.js";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../locales.js";
import type { AnswerStatus, ChatStore, ConversationContext } from "../ports.js";
import { SCRUB_PLACEHOLDER, scrubPersonalData } from "../privacy/scrub.js";
import { detectUrgency, type UrgencyKind } from "../safety/urgency.js";
import { isPlainlyOutOfScope, mentionsDomain } from "../safety/scope.js";
import { isOnlyCourtesy, stripCourtesies } from "../language/courtesies.js";
import { CardRetriever, hitsOf } from "../retrieval/lunr-retriever.js";
import type { SearchHit } from "../retrieval/search-index.js";
import { DEFAULT_MATCH_OPTIONS, pickCards, type MatchOptions } from "./pick-cards.js";
import { UNSUPPORTED_LANGUAGE_NOTES } from "./unsupported-language-note.js";
import type { Ask, ChatReplyBody, Checklist } from "./chat-contract.js";
import { checklistTurn } from "./checklist-turn.js";
import { decodeConversationId, encodeConversationId } from "../checklist/flow-session.js";

export interface ChatInput {
  message: string;
  /** The value of an `ask` option the person picked (the message is then its label). */
  answer?: { value: string };
  /** Explicit choice (request field): always wins. */
  lang?: Locale;
  /** From Accept-Language, when it names a served locale: wins over detection. */
  headerLang?: Locale;
  conversationId?: string;
}

/** One reply, exactly as POST /api/chat sends it. */
export type ChatReply = ChatReplyBody;

export interface ChatDeps {
  knowledge: Knowledge;
  store: ChatStore;
  translate: (lang: Locale) => Translate;
  newId: () => string;
  now: () => Date;
  /** Logs a problem with no personal data in it. */
  warn?: (message: string) => void;
  match?: MatchOptions;
  /** How long the store may take before the answer goes on without it. */
  storeTimeoutMs?: number;
}

/** Indexes that may back a weak match in another language. */
const BACKING_LOCALES: Locale[] = ["es", "en"];
const BACKING_MIN_COVERAGE = 0.6;

function fallbackLocale(language: KnownLanguage, served: readonly Locale[]): Locale {
  // Romance-language speakers read Spanish best; everyone else gets English.
  const preferred: Locale = language === "de" || language === "ru" || language === "ar" || language === "ko" ? ("en" as Locale) : DEFAULT_LOCALE;
  return served.includes(preferred) ? preferred : served[0]!;
}

/** The reply's language; `detected` only when it was worked out from the message. */
function resolveLanguage(input: ChatInput, served: readonly Locale[]): { lang: Locale; detected?: KnownLanguage } {
  // A language the person chose (or their browser's) wins: no need to guess it.
  if (input.lang) return { lang: input.lang };
  if (input.headerLang) return { lang: input.headerLang };
  const detected = detectLanguage(input.message).language;
  if (isLocale(detected) && served.includes(detected)) return { lang: detected, detected };
  return { lang: fallbackLocale(detected, served), detected };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`store did not answer in ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

function urgentBlock(kinds: UrgencyKind[], t: Translate): string {
  const lines = [t("urgent.intro")];
  if (kinds.includes("trafficking") || kinds.includes("passport")) lines.push(`• ${t("urgent.trafficking")}`);
  if (kinds.includes("violence")) lines.push(`• ${t("urgent.violence")}`);
  if (kinds.includes("detention")) lines.push(`• ${t("urgent.detention")}`);
  lines.push(`• ${t("urgent.police")}`, `• ${t("urgent.abroad")}`);
  return lines.join("\n");
}

function leadCardsFor(flowCards: string[], picked: Card[], hits: SearchHit[], knowledge: Knowledge, lang: Locale): Card[] {
  const onSubject = picked.filter((c) => flowCards.includes(c.id));
  if (onSubject.length) return onSubject;
  const best = hits.find((h) => flowCards.includes(h.id));
  const card = best && knowledge.card(best.id, lang);
  return card ? [card] : [];
}

const defaultSuggestions = (t: Translate) => [t("suggestions.returnAct"), t("suggestions.familyResidence"), t("suggestions.consulate")];

/**
 * The cards to answer from, through the @langchain/core retriever over this language's index.
 * Cards are parallel across languages: a weak match here may be a clear one in Spanish or English
 * (names, acronyms, law numbers, borrowed words), whose card is then given in `lang`.
 */
async function retrieve(
  question: string,
  lang: Locale,
  context: string | undefined,
  onTopic: boolean,
  mayBack: boolean,
  deps: ChatDeps,
): Promise<{ hits: SearchHit[]; pickedHits: SearchHit[] }> {
  const { knowledge } = deps;
  const match = deps.match ?? DEFAULT_MATCH_OPTIONS;
  const retriever = new CardRetriever({ knowledge, lang, search: context ? { context } : {} });
  const hits = hitsOf(await retriever.invoke(question));
  const pickedHits = pickCards(hits, onTopic, match);
  if (pickedHits.length || !mayBack) return { hits, pickedHits };
  // Across languages only the shared words match: ask for more of them.
  const strict = { ...match, minCoverage: BACKING_MIN_COVERAGE, dominance: Infinity };
  for (const other of BACKING_LOCALES.filter((l) => l !== lang && knowledge.locales.includes(l))) {
    await knowledge.ensure(other);
    const backed = pickCards(knowledge.index(other).search(question), onTopic, strict);
    if (backed.length) return { hits, pickedHits: backed.slice(0, 1) };
  }
  return { hits, pickedHits };
}

/** A card's related cards: named relations first, then its topic; worked out once per card. */
const relatedByCard = new WeakMap<Card, Card[]>();
function relatedCards(main: Card, knowledge: Knowledge): Card[] {
  let related = relatedByCard.get(main);
  if (!related) {
    const byRelation = main.related.flatMap((id) => knowledge.card(id, main.lang) ?? []);
    const sameTopic = knowledge.cards(main.lang).filter((c) => c.topic === main.topic && c.id !== main.id);
    relatedByCard.set(main, (related = [...byRelation, ...sameTopic]));
  }
  return related;
}

/** One chat turn: language, urgency, scope, retrieval, composition, then a scrubbed record. */
export async function answerChat(input: ChatInput, deps: ChatDeps): Promise<ChatReply> {
  const { knowledge } = deps;
  const { lang, detected } = resolveLanguage(input, knowledge.locales);
  const t = deps.translate(lang);
  await knowledge.ensure(lang);
  const given = input.conversationId ? decodeConversationId(input.conversationId) : undefined;
  const baseId = given?.id ?? deps.newId();
  const messageId = deps.newId();
  const timeout = deps.storeTimeoutMs ?? 1500;

  // The previous question travels in the conversation id; ids from before it did are looked up.
  let context: Pick<ConversationContext, "lastQuestion"> | undefined = given?.lastQuestion ? { lastQuestion: given.lastQuestion } : undefined;
  if (given && !context) {
    try {
      context = await withTimeout(deps.store.getContext(given.id), timeout);
    } catch (e) {
      deps.warn?.(`conversation context unavailable: ${errorSummary(e)}`);
    }
  }

  const urgentKinds = detectUrgency(input.message);
  const urgent = urgentKinds.length > 0;
  let status: AnswerStatus;
  let answer: string;
  let sources: Citation[] = [];
  let suggestions: string[] = [];
  let cardId: string | undefined;

  // Retrieval reads the question without personal details or greetings: they are not the topic.
  const scrubbed = scrubPersonalData(input.message);
  const readable = scrubbed.replace(SCRUB_PLACEHOLDER, " ");
  const question = stripCourtesies(readable);
  // Nothing scrubbed (the usual case): the message's courtesies are already stripped.
  const onlyCourtesy = isOnlyCourtesy(input.message, readable === input.message ? question : undefined);
  const plainlyOutOfScope = isPlainlyOutOfScope(input.message);
  const onTopic = (mentionsDomain(input.message) || mentionsDomain(context?.lastQuestion ?? "")) && !plainlyOutOfScope;
  const { hits, pickedHits } =
    !urgent && plainlyOutOfScope
      ? { hits: [], pickedHits: [] }
      : await retrieve(question, lang, context?.lastQuestion, onTopic, !onlyCourtesy, deps);
  const picked = pickedHits.map((h) => knowledge.card(h.id, lang)).filter((c): c is Card => !!c);

  const turn = urgent
    ? undefined
    : checklistTurn({
        message: input.message,
        ...(input.answer ? { answerValue: input.answer.value } : {}),
        ...(given?.session ? { session: given.session } : {}),
        lang,
        ...(picked[0] ? { cardId: picked[0].id } : {}),
        knowledge,
        t,
        today: deps.now(),
      });
  const session = turn?.session;
  let ask: Ask | undefined;
  let checklist: Checklist | undefined;

  if (turn && !turn.aside) {
    ask = turn.ask;
    checklist = turn.checklist;
    // Lead with what retrieval found about this flow's subject (not an unrelated card).
    const leadCards = turn.started ? leadCardsFor(turn.flow.cards, picked, hits, knowledge, lang) : [];
    const lead = leadCards.length ? composeAnswer(leadCards, t) : undefined;
    answer = lead ? `${lead.answer}\n\n${turn.text}` : turn.text;
    sources = lead?.sources ?? [];
    cardId = picked[0]?.id;
    status = ask ? "clarification" : "answered";
  } else if (!urgent && onlyCourtesy) {
    status = "answered";
    answer = t("welcome");
    suggestions = defaultSuggestions(t);
  } else if (picked.length) {
    const composed = composeAnswer(picked, t, relatedCards(picked[0]!, knowledge));
    answer = composed.answer;
    sources = composed.sources;
    suggestions = composed.suggestions;
    cardId = picked[0]!.id;
    status = "answered";
  } else {
    status = onTopic ? "no_match" : "out_of_scope";
    answer = onTopic ? `${t("noMatch")}\n\n${t("channels")}` : `${t("outOfScope")}\n\n${t("channels")}`;
    suggestions = hits
      .slice(0, 3)
      .flatMap((h) => knowledge.card(h.id, lang)?.title ?? []);
    if (!suggestions.length) suggestions = defaultSuggestions(t);
  }
  if (turn?.aside) {
    ask = turn.ask;
    answer = `${answer}\n\n${turn.text}`;
  }
  if (urgent) {
    answer = `${urgentBlock(urgentKinds, t)}\n\n${picked.length ? answer : t("channels")}`;
    status = "urgent";
  }

  let note: string | undefined;
  if (detected && detected !== lang && !knowledge.locales.includes(detected as Locale)) {
    note = UNSUPPORTED_LANGUAGE_NOTES[detected];
    if (note) answer = `${note}\n\n${answer}`;
  }

  try {
    // A write-behind store only queues the turn: no promise, no timer.
    const saving = deps.store.saveTurn({
      conversationId: baseId,
      messageId,
      lang,
      question: scrubbed,
      status,
      ...(cardId ? { cardId } : {}),
      urgent,
      ...(turn ? { flow: { id: turn.flow.id, step: turn.ask ? turn.ask.questionId : "done", started: turn.started } } : {}),
      createdAt: deps.now(),
    });
    if (saving) await withTimeout(saving, timeout);
  } catch (e) {
    deps.warn?.(`could not store the turn: ${errorSummary(e)}`);
  }

  return {
    conversationId: encodeConversationId(baseId, { ...(session ? { session } : {}), lastQuestion: question }),
    messageId,
    lang,
    answer,
    sources,
    suggestions,
    urgent,
    status,
    ...(note ? { note } : {}),
    ...(ask ? { ask } : {}),
    ...(checklist ? { checklist } : {}),
  };
}
