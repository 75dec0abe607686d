import type { Checklist, ChecklistItem } from "../chat/chat-contract.js";
import type { Translate } from "../i18n/create-i18n.js";
import type { Locale } from "../locales.js";
import { buildChecklist } from "./build-checklist.js";
import type { Answers, Flow, FlowCopy } from "./flow-types.js";

/** The shareable page for a checklist: the answers are in the URL and nowhere else. */
export function checklistUrl(flow: Flow, answers: Answers, lang: Locale): string {
  const params = new URLSearchParams({ lang });
  for (const q of flow.questions) if (answers[q.id]) params.set(q.id, answers[q.id]!);
  return `/checklist/${flow.id}?${params.toString()}`;
}

/** Selected catalogue items with their text in one language, ready for JSON, chat text or a page. */
export function composeChecklist(
  flow: Flow,
  copy: FlowCopy,
  answers: Answers,
  lang: Locale,
  t: Translate,
  contentVersion: string,
  today: Date = new Date(),
): Checklist {
  const items: ChecklistItem[] = buildChecklist(flow, answers, today).map(({ item, dueDate }) => {
    const text = copy.items[item.id]!;
    const fee = item.fee ? (item.feeAsOf ? `${item.fee} (${t("checklist.asOf")} ${item.feeAsOf})` : item.fee) : undefined;
    return {
      id: item.id,
      group: copy.groups[item.group] ?? item.group,
      title: text.title,
      detail: text.detail,
      ...(item.legalBasis ? { legalBasis: item.legalBasis } : {}),
      ...(text.where ? { where: text.where } : {}),
      ...(fee ? { fee } : {}),
      ...(dueDate ? { deadline: dueDate } : {}),
    };
  });
  return {
    flowId: flow.id,
    title: copy.title,
    intro: copy.intro,
    items,
    notes: copy.notes ?? [],
    validAsOf: flow.reviewed,
    contentVersion,
    printUrl: checklistUrl(flow, answers, lang),
  };
}

/** The checklist as chat text: grouped items, then the notes and the link to print or share. */
export function checklistText(checklist: Checklist, t: Translate): string {
  const lines = [checklist.title, checklist.intro];
  let group = "";
  for (const item of checklist.items) {
    if (item.group && item.group !== group) {
      group = item.group;
      lines.push("", `${group}:`);
    }
    const extras = [item.fee, item.deadline ? `${t("checklist.deadline")}: ${item.deadline}` : undefined, item.where].filter(Boolean);
    lines.push(`• ${item.title}: ${item.detail}${extras.length ? ` (${extras.join("; ")})` : ""}`);
  }
  for (const note of checklist.notes) lines.push("", `⚠️ ${note}`);
  lines.push("", `${t("checklist.printShare")}: ${checklist.printUrl}`, `${t("checklist.validAsOf")}: ${checklist.validAsOf}`);
  return lines.join("\n");
}
