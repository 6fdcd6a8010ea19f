// Cue patterns of follow-up messages (hand-written for PromptLoss, MIT).

/** Words that make a message an edit of the previous image rather than a new request. */
export const EDIT_CUE = /\b(make|change|changed|turn|add|remove|replace|instead|same|also|again|more|less|fewer|now|but|keep|move|swap|switch|put|set|give|it|its|them|they|this|that|these|those|bigger|smaller|brighter|darker|only)\b|把|改|换|換|再|加|去掉|删|刪|移除|同样|同樣|还是|還是|也|让|讓|变成|變成|它|这张|這張|这个|這個|那个|那個|保持|其他不变|其他不變/i;

/** A message that says outright it starts over. */
export const FRESH_CUE = /\b(new (image|picture|one|drawing)|something (else|different)|start over|different (image|picture|scene)|now (draw|generate|create|make) (a|an)\b)|换个|換個|重新画|重新畫|另外画|另外畫|再画一张|再畫一張|新的图|新的圖/i;

/** "add two more", 再加两只: the count grows by the number instead of being replaced. */
export const ADD_MORE = /\b(add|plus)\b[^.,;]*\bmore\b|\bmore\b|再加|再来|再來|多加|增加/i;

/** "a dog instead of the cat", "replace the cat with a dog", 把猫换成狗. */
export const REPLACE_PATTERNS: { pattern: RegExp; newFirst: boolean }[] = [
  { pattern: /\b(?:an?|the)?\s*([\w -]{2,30}?)\s+instead of\s+(?:an?|the)?\s*([\w -]{2,30}?)(?=[,.;!?]|$)/i, newFirst: true },
  { pattern: /\breplace\s+(?:the\s+)?([\w -]{2,30}?)\s+with\s+(?:an?|the)?\s*([\w -]{2,30}?)(?=[,.;!?]|$)/i, newFirst: false },
  { pattern: /\b(?:change|turn|swap)\s+(?:the\s+)?([\w -]{2,30}?)\s+(?:in)?to\s+(?:an?|the)?\s*([\w -]{2,30}?)(?=[,.;!?]|$)/i, newFirst: false },
  { pattern: /把(.{1,12}?)(?:换成|換成|改成|变成|變成|替换成|替換成)(.{1,12}?)(?=[，。,.;；！!？?]|$)/, newFirst: false },
];

/** One instance picked out of several: "the middle one", "the left cupcake", 中间那个, 最左边那只. */
export const INSTANCE_CUE = /\b(?:the\s+)?(?:left|right|middle|center|centre|front|back|first|second|third|last|top|bottom)(?:most)?\s+(?:one|\w+)\b|\bone (?:on|in) the\b|(?:左|右|中间|中間|前|后|後|上|下)(?:边|邊|面)?(?:那|这|這)?[只隻个個位头頭棵朵]/i;

/** "make it a painting", "turn the picture into a drawing": the medium of the whole image, not a new thing in it. */
export const MEDIUM_CUE = /\b(?:make|turn|change|render|redo|do)\s+(?:it|this|that|the\s+(?:picture|image|scene|whole\s+thing|whole\s+image))\s+(?:into\s+|as\s+|to\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(painting|drawing|illustration|sketch|photo|photograph|cartoon)\b/i;

/** Bodies of water a follow-up's "the water" refers to ("put a canoe on the water" after "a cabin by a lake"). */
export const WATER_BODIES = new Set(['lake', 'sea', 'ocean', 'river', 'pond', 'stream', 'creek']);

/** "one fewer", "two fewer cats", 少一只, 减少两个, "remove one": the count shrinks by the number. */
export const FEWER_CUE = /\b(one|two|three|four|five|\d+)\s+(?:fewer|less)\b|\b(?:remove|take away|take out)\s+(one|two|three|\d+)\b(?!\s+of\s+the\s+\w+\s+(?:and|but))|(?:少|减少|減少|去掉|拿掉|删掉|刪掉)(一|两|兩|二|三|四|五|\d+)\s*[只个個隻头頭棵朵辆輛把张張条條座位]/i;

/** "add another", "one more", 再来一只, 再加一个, 多一只: one more of a thing already there. */
export const ONE_MORE = /\banother\b|\bone more\b|(?:再来|再來|再加|多加|多)一\s*[只个個隻头頭棵朵辆輛把张張条條座位]/i;

/** "make the sofa green": the value said right after the thing it changes (the text before the value). */
export const PREDICATIVE = /\b(?:make|paint|turn|colou?r|dye|keep|have)\s+(?:the|its|his|her|their|this|that)\s+([a-z][a-z' -]{0,30}?)\s+(?:all\s+|completely\s+|entirely\s+)?$/i;

export const SMALL_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, 一: 1, 两: 2, 兩: 2, 二: 2, 三: 3, 四: 4, 五: 5 };
