// PromptLoss bilingual concept lexicon: plurals. Hand-curated data, MIT (see README.md in this folder).
// One entry per line: singular|plural (irregular or not recoverable by stripping s/es/ies; singular|singular = invariant)
// Lists inside a field are comma-separated; blank lines and lines starting with # are comments.
export const PLURALS = String.raw`
# ---- irregular ----
person|people
man|men
woman|women
child|children
schoolchild|schoolchildren
foot|feet
tooth|teeth
goose|geese
mouse|mice
ox|oxen
cactus|cacti
fungus|fungi
hippopotamus|hippopotami
antenna|antennae
oasis|oases
gentleman|gentlemen
fireman|firemen
policeman|policemen
policewoman|policewomen
businessman|businessmen
businesswoman|businesswomen
snowman|snowmen
fisherman|fishermen
spaceman|spacemen
horseman|horsemen
merman|mermen
sportsman|sportsmen
sportswoman|sportswomen
serviceman|servicemen
chessman|chessmen
seaman|seamen
passerby|passersby
# ---- -f / -fe -> -ves ----
leaf|leaves
knife|knives
wife|wives
life|lives
wolf|wolves
shelf|shelves
bookshelf|bookshelves
half|halves
calf|calves
loaf|loaves
scarf|scarves
hoof|hooves
elf|elves
dwarf|dwarves
thief|thieves
# ---- -o -> -oes ----
potato|potatoes
tomato|tomatoes
mango|mangoes
hero|heroes
volcano|volcanoes
mosquito|mosquitoes
buffalo|buffaloes
tornado|tornadoes
# ---- consonant + y -> -ies ----
# ---- -es after s, x, z, ch, sh ----
bus|buses
lens|lenses
gas|gases
canvas|canvases
iris|irises
lotus|lotuses
octopus|octopuses
platypus|platypuses
walrus|walruses
abacus|abacuses
circus|circuses
rhinoceros|rhinoceroses
tyrannosaurus|tyrannosauruses
# ---- singular ends in -e: plural is +s, so stripping -es or -ves/-ies/-oes would be wrong ----
axe|axes
necktie|neckties
bowtie|bowties
cookie|cookies
hoodie|hoodies
beanie|beanies
collie|collies
magpie|magpies
pixie|pixies
plushie|plushies
prairie|prairies
smoothie|smoothies
zombie|zombies
veggie|veggies
mustache|mustaches
nebula|nebulae
moustache|moustaches
# ---- plural ends in -is ----
ski|skis
tv|tvs
taxi|taxis
kiwi|kiwis
bikini|bikinis
emoji|emojis
# ---- invariant (singular|singular) ----
series|series
species|species
scissors|scissors
pants|pants
jeans|jeans
shorts|shorts
trousers|trousers
leggings|leggings
tights|tights
pajamas|pajamas
pyjamas|pyjamas
eyeglasses|eyeglasses
sunglasses|sunglasses
spectacles|spectacles
goggles|goggles
binoculars|binoculars
headphones|headphones
earphones|earphones
clothes|clothes
fries|fries
tongs|tongs
pliers|pliers
# ---- invariant words whose -s is not a plural ending (the suffix rule would turn them into another word) ----
news|news
woods|woods
# ---- handled by the engine's suffix rules anyway; kept as documentation of the common cases ----
sheep|sheep
fish|fish
deer|deer
glass|glasses
dress|dresses
`;
