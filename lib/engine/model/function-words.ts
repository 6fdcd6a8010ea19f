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
`;

/** Nouns that name a part of the thing before them: an attribute on "its skin" belongs to the apple. */
export const PART_NOUNS = String.raw`
skin surface flesh peel rind stem side top bottom edge body face exterior interior texture finish coat coating
glaze shell crust base rim handle outline silhouette
表面 表皮 果皮 外皮 边缘 顶部 底部
`;
