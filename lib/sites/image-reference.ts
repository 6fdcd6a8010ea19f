/**
 * "Make the second one brighter", 把第二张改亮一点, "the previous image": which earlier image of the conversation a
 * follow-up points at. Returns a 1-based position among the conversation's images, or 'previous'.
 */
import { extract } from '@/lib/engine';

const EN_ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const ZH_ORDINALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 };

export function referencedImage(text: string): number | 'previous' | null {
  const en = /\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th)\s+(one|image|picture|version|pic|option)\b/i.exec(text);
  // "the second one" is an image only when the message names no thing it could be one of ("the first one bitten"
  // after "three apples" is an apple).
  if (en && (en[2]!.toLowerCase() !== 'one' || !extract(text).some((c) => c.kind === 'object'))) {
    return EN_ORDINALS[en[1]!.toLowerCase()] ?? null;
  }
  const zh = /第\s*([一二两三四五1-5])\s*[张張个個幅]/.exec(text);
  if (zh) return ZH_ORDINALS[zh[1]!] ?? null;
  if (/\b(previous|last|earlier)\s+(one|image|picture|version)\b|上一张|上一張|前一张|前一張|刚才那张|剛才那張/i.test(text)) return 'previous';
  return null;
}
