// Small closed word lists the passes key on (hand-written for PromptLoss, MIT). One form per line.

/** Words that open a negation scope: what follows within the clause must not appear. */
export const NEGATION_CUES = String.raw`
no
without
not
never
avoid
exclude
excluding
free of
devoid of
absent of
don't include
do not include
don't show
do not show
don't add
do not add
don't want
do not want
none
zero
no visible
remove
get rid of
take out
take away
erase
delete
删除
刪除
移除
拿掉
删掉
刪掉
不要
不需要
不能有
没有
沒有
无
無
不含
避免
禁止
去掉
去除
别
別
不出现
不要出现
勿
`;

/** Words that by themselves say "no people in the scene". */
export const NO_PEOPLE_CUES = String.raw`
deserted
unpeopled
uninhabited
empty of people
no one
nobody
无人
無人
空无一人
空無一人
`;

/** Verbs and phrases that introduce the text to render: "a sign that reads …", 写着“…”. */
export const TEXT_CUES = String.raw`
reads
reading
says
saying
spells
spelling
spelled
labeled
labelled
titled
lettered
inscribed
the word
the words
the text
the letters
the letter
the phrase
the caption
the slogan
with text
with the text
写着
寫著
写有
寫有
印着
印著
刻着
刻著
标着
標著
题着
題著
`;

/** "from" before a direction makes it the light's direction: sunlight from the left, 阳光从左侧射入. */
export const LIGHT_DIRECTION_CUES = String.raw`
from
从
從
`;

/** Copulas and possession that make an attribute a predicate of the clause's subject. */
export const PREDICATE_CUES = String.raw`
is
are
was
were
looks
appears
seems
has
have
with
showing
covered in
covered with
dotted with
呈现
呈現
带有
帶有
带着
帶著
有
是
显得
顯得
附着
附著
布满
佈滿
沾满
沾滿
`;

/** Words that point back to an earlier subject: "the left one", it, them, 它. */
export const ANAPHORS = String.raw`
one
ones
it
they
them
she
he
her
him
他们
她们
他們
她們
他
她
它们
它們
它
这只
這隻
那只
那隻
那个
那個
这个
這個
那位
`;

/** Contexts in which a colour belongs to no object: "in red and blue tones", 红蓝色调. */
export const PALETTE_CUES = String.raw`
tone
hue
palette
color scheme
colour scheme
shade
accent
色调
色調
色彩
配色
`;
