// Numbers and quantities in English and Chinese (hand-written for PromptLoss, MIT).
// `phrase|value` where value is a number, or `several` for a vague quantity (never give "a few" a number).
export const EN_NUMBERS = String.raw`
one|1
two|2
three|3
four|4
five|5
six|6
seven|7
eight|8
nine|9
ten|10
eleven|11
twelve|12
thirteen|13
fourteen|14
fifteen|15
sixteen|16
seventeen|17
eighteen|18
nineteen|19
twenty|20
thirty|30
forty|40
fifty|50
hundred|100
a hundred|100
a dozen|12
dozen|12
half a dozen|6
a pair of|2
pair of|2
a couple of|2
couple of|2
both|2
twin|2
a trio of|3
trio of|3
a quartet of|4
a single|1
single|1
only one|1
just one|1
exactly one|1
lone|1
solitary|1
a few|several
few|several
several|several
many|several
multiple|several
some|several
numerous|several
a group of|several
group of|several
a bunch of|several
a handful of|several
a cluster of|several
a row of|several
a pile of|several
a flock of|several
a herd of|several
a crowd of|several
a set of|several
various|several
countless|several
dozens of|several
half a|0.5
half of a|0.5
`;

/** Chinese numerals (digits of a number). */
export const ZH_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
export const ZH_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 10000, 萬: 10000, 廿: 20 };

/**
 * Measure words (量词): `word|semantics`. pair = ×2, group = vague, container = the noun after it is the content
 * (一杯水 = a cup of water), plain = a count of the noun after it.
 */
export const ZH_MEASURES = String.raw`
个|plain
個|plain
只|plain
隻|plain
张|plain
張|plain
条|plain
條|plain
把|plain
块|plain
塊|plain
片|plain
棵|plain
朵|plain
位|plain
名|plain
头|plain
頭|plain
匹|plain
辆|plain
輛|plain
台|plain
臺|plain
本|plain
支|plain
枝|plain
根|plain
颗|plain
顆|plain
粒|plain
座|plain
间|plain
間|plain
扇|plain
面|plain
艘|plain
架|plain
盏|plain
盞|plain
件|plain
顶|plain
頂|plain
幅|plain
道|plain
层|plain
層|plain
尾|plain
枚|plain
栋|plain
棟|plain
口|plain
副|pair
双|pair
雙|pair
对|pair
對|pair
群|group
串|group
堆|group
束|group
排|group
些|group
簇|group
队|group
隊|group
杯|container
碗|container
瓶|container
盘|container
盤|container
盒|container
袋|container
罐|container
壶|container
壺|container
桶|container
篮|container
籃|container
箱|container
碟|container
锅|container
鍋|container
`;

/** Vague Chinese quantities that stand before a measure word: 几个, 数只, 一些. */
export const ZH_VAGUE = ['好几', '好幾', '若干', '许多', '許多', '很多', '一些', '几', '幾', '数', '數', '多'];
/** Words after a numeral that make it approximate: 二十多只, 十余个, 十来个. */
export const ZH_APPROX = ['多', '余', '餘', '来', '來'];
