// English words that are never the head noun of an object (hand-written for PromptLoss, MIT). Used to tell an
// unknown noun ("a green sofa") from everything else when the lexicon does not know a word.
export const FUNCTION_WORDS = String.raw`
a an the this that these those some any each every either neither both all no not
and or but nor so yet if then than as at by for from in into of off on onto out over to up with within without
through across along around behind below beneath beside between beyond near under underneath upon toward towards
is are was were be been being am has have had having do does did doing can could will would shall should may might must
it its it's they them their theirs he him his she her hers we us our you your i me my mine
very really quite rather too also just only even still almost nearly slightly somewhat
one two three four five six seven eight nine ten many much more most few less least several
here there where when while which who whom whose what why how
image picture photo photograph shot scene view render rendering illustration drawing painting artwork composition
style look feel mood atmosphere vibe sense detail details lot kind sort type way something anything everything nothing
front back middle center centre corner side sides
`;

/** Nouns that name a part of the thing before them: an attribute on "its skin" belongs to the apple. */
export const PART_NOUNS = String.raw`
skin surface flesh peel rind stem side top bottom edge body face exterior interior texture finish coat coating
glaze shell crust base rim handle outline silhouette feather plumage fur mane wool
表面 表皮 果皮 外皮 边缘 顶部 底部 羽毛 皮毛 毛发 毛髮
`;

/**
 * Nouns that name a place in the frame or the room rather than a thing: "the stove along the right wall", "the table
 * in the middle of the room", 天空的右上方. A frame position said of them belongs to the thing placed there.
 */
export const PLACE_NOUNS = String.raw`
wall side corner edge room frame image picture scene composition canvas sky backdrop board page shelf
墙 墙面 墙壁 牆 牆面 房间 房間 画面 畫面 天空
`;

/**
 * Chinese words whose characters would otherwise be read as things: 画面具有 is not a mask (面具), 马尾辫 not a
 * horse, 令人/迷人 not a person, 灯光 is light rather than a lamp. The scan skips such a word when no longer lexicon
 * form starts at the same character (画面左侧 is still a position).
 */
export const ZH_FUNCTION_WORDS = String.raw`
画面 畫面 马尾 馬尾 马尾辫 馬尾辮 鼓起 手工 手法 诱人 誘人 动人 動人 迷人 令人 让人 讓人 使人 引人 宜人 惊人 驚人
人心 人间 人間 人工 人生 灯光 燈光 山水 大方 小心 马上 馬上 花生 口红 口紅 东方 東方 西方 北方 南方 上下 左右 心中 眼中
分别 分別 特别 特別 区别 區別 别致 別致 别墅 別墅 告别 告別 无论 無論 无数 無數 无限 無限 无比 無比 无尽 無盡 无边 無邊 毫无 毫無
`;

/** Clothing and things worn: "a girl in a red dress" wears it (relation "wearing", not "in"). */
export const WORN_NOUNS = String.raw`
clothing shirt t-shirt coat raincoat jacket sweater hoodie suit dress gown wedding dress qipao skirt hanfu kimono cloak
uniform spacesuit armor pants jeans shorts pajamas swimsuit scarf tie hat cap straw hat cowboy hat bamboo hat helmet
crown mask face mask eyeglasses sunglasses glove shoe sneaker boot high heel sandal slipper costume robe apron vest
`;

/** The young of an animal, for "baby X", X宝宝, "X cub": animal|young form (a form the lexicon lists as an object). */
export const YOUNG_FORMS = String.raw`
dog|puppy
cat|kitten
duck|duckling
chicken|chick
horse|foal
sheep|lamb
cow|calf
`;
