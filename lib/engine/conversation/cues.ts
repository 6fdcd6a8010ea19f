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
