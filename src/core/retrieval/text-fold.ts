/** Lower-case and strip diacritics, so "informacion" finds "información". */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}
