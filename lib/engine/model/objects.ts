// PromptLoss bilingual concept lexicon: objects. Hand-curated data, MIT (see README.md in this folder).
// One entry per line: lemma|english synonyms|chinese forms|family
// Lists inside a field are comma-separated; blank lines and lines starting with # are comments.
export const OBJECTS = String.raw`
arc|curved line,arched line|弧线,弧線,弧形线,弧形線|
# ---- people and roles (family person) ----
person|human,human being,someone,somebody|人,人物|
man|guy,gentleman|男人,男子,男士,男性,大叔|person
woman|lady|女人,女子,女士,女性,妇女,妇人,婦女,婦人|person
boy|lad|男孩,小男孩,少年,男童|person
girl||女孩,小女孩,少女,姑娘,女童|person
child|kid,schoolchild|孩子,儿童,小孩,小朋友,孩童,兒童|person
baby|infant,newborn|婴儿,宝宝,婴孩,小宝宝,嬰兒,寶寶,嬰孩,小寶寶|person
elderly person|old person,senior citizen,elder|老人,老者,长者,老年人,長者|
old man|elderly man|老爷爷,老头,老汉,老爷子,老翁,老先生,老爺爺,老頭,老漢,老爺子|elderly person
old woman|elderly woman|老奶奶,老太太,老妇人,老婆婆,老妇,老婦人,老婦|elderly person
mother|mom,mum,mommy|母亲,妈妈,妈咪,母親,媽媽,媽咪|person
father|dad,daddy|父亲,爸爸,父親|person
friend||朋友,好友,伙伴,夥伴|person
couple|lovers|情侣,夫妻,夫妇,恋人,情侶,夫婦,戀人|person
bride||新娘|person
groom|bridegroom|新郎|person
family||一家人,家人,一家三口|
crowd|throng|人群,人潮,人山人海,人羣|
pedestrian|passerby|行人,路人|person
tourist|sightseer|游客,观光客,遊客,觀光客|person
traveler|traveller|旅行者,旅人,背包客|person
student|schoolchild|学生,小学生,中学生,大学生,學生,小學生,中學生,大學生|person
teacher|professor|老师,教师,教授,老師,教師|person
scientist|researcher|科学家,研究员,科學家,研究員|person
doctor|physician|医生,大夫,醫生|person
nurse||护士,護士|person
chef||厨师,大厨,廚師,大廚|person
waiter|waitress|服务员,侍者,服務員|person
guard|sentry|卫兵,守卫,警卫,保安,衛兵,衞兵,守衛,守衞,警衛,警衞|person
police officer|policeman,policewoman,cop|警察,警官,交警|person
firefighter|fireman|消防员,消防員|person
soldier|serviceman|士兵,军人,战士,軍人,戰士|person
warrior||勇士,武者|person
knight||骑士,騎士|person
samurai||武士|person
ninja||忍者|person
pirate||海盗,海盜|person
astronaut|spaceman,cosmonaut|宇航员,航天员,太空人,宇航員,航天員|person
pilot|aviator|飞行员,飛行員|person
farmer||农民,农夫,农妇,農民,農夫,農婦|person
fisherman|angler|渔夫,渔民,漁夫,漁民|person
gardener||园丁,花匠,園丁|person
worker|laborer,labourer|工人,劳动者,勞動者|person
businessman|businesswoman,merchant|商人,生意人,商务人士,商務人士|person
artist||艺术家,藝術家|person
painter||画家,畫家|person
photographer||摄影师,攝影師|person
musician||音乐家,乐手,音樂家,樂手|person
singer|vocalist|歌手,歌唱家|person
dancer|ballerina|舞者,舞蹈演员,芭蕾舞者,舞蹈演員|person
athlete|sportsman,sportswoman|运动员,運動員|person
player||球员,选手,球員,選手|person
rider|horseman,jockey|骑手,騎手|person
skier||滑雪者|person
surfer||冲浪者,衝浪者|person
skateboarder|skater|滑板手,滑板少年|person
monk||和尚,僧人,僧侣,僧侶|person
king||国王,國王|person
queen||女王,王后|person
prince||王子|person
princess||公主|person
emperor||皇帝|person
detective||侦探,偵探|person
clown|jester|小丑|person
wizard|sorcerer,mage|巫师,魔法师,巫師,魔法師|person
witch|sorceress|女巫|person
cowboy||牛仔|person
superhero||超级英雄,超級英雄|person
santa claus|santa,father christmas|圣诞老人,聖誕老人|person
# not person: fantasy beings
angel||天使|
fairy|pixie|仙女,小仙女|
elf||精灵,精靈|
mermaid|merman|美人鱼,人鱼,美人魚,人魚|
goddess||女神|
ghost|phantom|鬼,幽灵,幽靈|
zombie||僵尸,丧尸,殭屍,喪屍|
vampire||吸血鬼|
demon|devil|恶魔,魔鬼,惡魔|
monster||怪物,怪兽,怪獸|
alien|extraterrestrial|外星人,外星生物|
robot||机器人,機器人|
android||仿生人,人形机器人,人形機器人|robot
snowman||雪人|
skeleton||骷髅,骨架,骷髏|
# ---- body parts ----
body||身体,身躯,躯体,身子,身體,身軀,軀體|
head||头部,脑袋,頭部,腦袋|
face||脸,面部,脸庞,面孔,脸蛋,臉,臉龐,臉蛋|
hair||头发,羊角辫,发丝,秀发,长发,短发,卷发,毛发,頭髮,羊角辮,髮絲,秀髮,長髮,短髮,捲髮,毛髮|
eye||眼睛,双眼,眼眸,雙眼|
eyebrow|brow|眉毛,眉头,眉頭|
ear||耳朵|
nose||鼻子|
mouth||嘴,嘴巴|
lip||嘴唇,双唇,雙唇|
tooth||牙齿,牙齒|
neck||脖子,颈部,頸部|
shoulder||肩膀,肩头,双肩,肩頭,雙肩|
arm||手臂,胳膊,臂膀,双臂,雙臂|
elbow||手肘,肘部|
tentacle||触手,觸手|
gesture|hand gesture|手势,手勢|
mannequin|dummy|假人,人体模特,人體模特|
isaac newton|newton|牛顿,牛頓|person
hand|palm|手,双手,左手,右手,手掌,掌心,雙手|
finger||手指,指尖|
chest||胸部,胸口,胸膛|
belly|stomach,tummy,abdomen|肚子,腹部|
waist||腰|
leg||腿,双腿,雙腿|
knee||膝盖,膝蓋|
foot||脚,双脚,脚掌,腳,雙腳,腳掌|
skin||皮肤,皮膚|
beard||胡子,胡须,鬍子,鬍鬚|
heart||爱心,心脏,愛心,心臟|
tail||尾巴|
wing||翅膀,羽翼,双翼,雙翼|
paw||爪子,前爪|
horn||犄角,兽角,牛角,獸角|
feather|plume|羽毛|
fur|pelt|皮毛,毛皮|
# ---- restored (frequent in DSG pose prompts) ----
torso||躯干,上身,上半身,軀幹|
buttock|butt|臀部,屁股|
thigh||大腿|
ankle||脚踝,腳踝|
wrist||手腕|
hip||髋部,髖部|
chin||下巴|
cheek||脸颊,面颊,臉頰,面頰|
toe||脚趾,腳趾|
thumb||拇指,大拇指|
fist||拳头,拳頭|
skull||头骨,骷髅头,颅骨,頭骨,骷髏頭,顱骨|
bone||骨头,骨頭|
brain||大脑,大腦|
claw|talon|利爪|
beak||鸟喙,鳥喙|
tusk||象牙|
antler||鹿角|
toddler||幼儿,学步儿童,幼兒,學步兒童|person

# ---- animals ----
animal|creature|动物,小动物,生物,動物,小動物|
pet||宠物,寵物|
cat|kitty|猫,猫咪,家猫,喵星人,花猫,貓,貓咪,家貓,花貓|
kitten||小猫,幼猫,小猫咪,奶猫,小貓,幼貓,小貓咪,奶貓|cat
dog|doggy|狗,狗狗,小狗狗,犬|
puppy|pup|小狗,幼犬,狗崽|dog
sheepdog|shepherd dog|牧羊犬|dog
corgi||柯基,柯基犬|dog
shiba inu|shiba|柴犬|dog
golden retriever||金毛,金毛犬|dog
husky||哈士奇|dog
dachshund|wiener dog,sausage dog|腊肠犬,腊肠狗,臘腸犬,臘腸狗|dog
poodle||贵宾犬,貴賓犬|dog
chihuahua||吉娃娃|dog
pug||巴哥犬,哈巴狗|dog
horse|steed,stallion,mare,colt|马,骏马,马匹,馬,駿馬,馬匹|
pony||小马,矮马,小馬,矮馬|horse
zebra||斑马,斑馬|
donkey||驴,毛驴,驢,毛驢|
cow|cattle|牛,奶牛,母牛,黄牛,黃牛|
bull||公牛|cow
sheep||羊,绵羊,綿羊|
lamb||小羊,羊羔|sheep
goat||山羊|
pig|hog,swine,piglet,piggy|猪,豬,小猪,小豬|
chicken|hen|鸡,母鸡,雞,母雞|
rooster|cockerel|公鸡,公雞|chicken
duck||鸭,鴨|
duckling||小鸭,小鸭子,雏鸭,小鴨,小鴨子|duck
chick||小鸡,雏鸡,小雞,雛雞|chicken
foal||马驹,馬駒|horse
calf||小牛,牛犊,牛犢|cow
goose||鹅,大鹅,鵝,大鵝|
swan||天鹅,天鵝|
turkey||火鸡,火雞|
bird||鸟,小鸟,鸟儿,飞鸟,鳥,小鳥,鳥兒,飛鳥|
pigeon||鸽子,鴿子|bird
dove||白鸽,和平鸽,白鴿,和平鴿|bird
sparrow||麻雀|bird
eagle|hawk|鹰,老鹰,雄鹰,鷹,老鷹,雄鷹|bird
owl||猫头鹰,貓頭鷹|bird
parrot|macaw|鹦鹉,鸚鵡|bird
crow|raven|乌鸦,烏鴉|bird
seagull|gull|海鸥,海鷗|bird
crane||鹤,仙鹤,丹顶鹤,鶴,仙鶴,丹頂鶴|bird
peacock|peafowl|孔雀|bird
ostrich||鸵鸟,鴕鳥|bird
flamingo||火烈鸟,火烈鳥|bird
penguin||企鹅,企鵝|bird
bear||熊|
polar bear||北极熊,北極熊|bear
brown bear|grizzly bear,grizzly|棕熊|bear
panda|giant panda,panda bear|熊猫,大熊猫,熊貓,大熊貓|bear
koala||考拉,树袋熊,樹袋熊|
elephant||大象|
giraffe||长颈鹿,長頸鹿|
lion||狮子,雄狮,獅子,雄獅|
tiger||老虎|
leopard||豹,花豹|
cheetah||猎豹,獵豹|
wolf||狼|
fox||狐狸|
deer||鹿|
reindeer||驯鹿,馴鹿|deer
kangaroo||袋鼠|
monkey||猴子,猴,小猴|
gorilla||大猩猩|
rabbit|bunny|兔子,兔,小兔,白兔,小白兔|
squirrel||松鼠|
mouse||老鼠,小老鼠,鼠|
hamster||仓鼠,倉鼠|
hedgehog||刺猬,刺蝟|
camel||骆驼,駱駝|
llama|alpaca|羊驼,草泥马,羊駝,草泥馬|
snake|serpent|蛇|
lizard||蜥蜴|
crocodile|alligator|鳄鱼,鱷魚|
turtle|tortoise|乌龟,龟,烏龜,龜|
frog||青蛙,蛙|
dinosaur||恐龙,恐龍|
fish||鱼,鱼儿,魚,魚兒|
goldfish||金鱼,金魚|fish
koi|koi fish|锦鲤,錦鯉|fish
salmon||三文鱼,鲑鱼,三文魚,鮭魚|fish
shark||鲨鱼,鯊魚|
whale||鲸,鲸鱼,鯨,鯨魚|
dolphin||海豚|
seal||海豹|
jellyfish||水母|
octopus||章鱼,章魚|
crab||螃蟹,蟹|
lobster||龙虾,龍蝦|
shrimp|prawn|虾,小虾,对虾,蝦,小蝦,對蝦|
starfish|sea star|海星|
coral||珊瑚|
snail||蜗牛,蝸牛|
insect|bug|昆虫,虫子,小虫,昆蟲,蟲子,小蟲|
butterfly||蝴蝶|insect
bee|honeybee,bumblebee|蜜蜂|insect
ant||蚂蚁,螞蟻|insect
ladybug|ladybird|瓢虫,瓢蟲|insect
dragonfly||蜻蜓|insect
spider||蜘蛛|
dragon||龙,巨龙,飞龙,龍,巨龍,飛龍|
unicorn||独角兽,獨角獸|
phoenix||凤凰,鳳凰|
qilin|kirin|麒麟|
# ---- food ----
food||食物,食品,美食|
meal||饭菜,菜肴,一餐,飯菜,菜餚|
fruit||水果,果实,鲜果,果實,鮮果|
apple||苹果,蘋果|fruit
banana||香蕉|fruit
orange||橙子,橘子,桔子,柑橘|fruit
lemon||柠檬,檸檬|fruit
grape||葡萄|fruit
strawberry||草莓|fruit
cherry||樱桃,车厘子,櫻桃,車釐子|fruit
watermelon||西瓜|fruit
pineapple||菠萝,凤梨,菠蘿,鳳梨|fruit
mango||芒果|fruit
peach||桃子,水蜜桃|fruit
pear||梨|fruit
coconut||椰子|fruit
vegetable|veggie|蔬菜,青菜|
broccoli||西兰花,西蓝花,青花菜,西蘭花,西藍花|vegetable
carrot||胡萝卜,红萝卜,胡蘿蔔,紅蘿蔔|vegetable
tomato||西红柿,番茄,西紅柿|vegetable
potato||土豆,马铃薯,馬鈴薯|vegetable
onion||洋葱,洋蔥|vegetable
chili pepper|chili,chilli,hot pepper|辣椒|vegetable
cucumber||黄瓜,黃瓜|vegetable
pumpkin||南瓜|vegetable
corn|maize,corncob|玉米|vegetable
mushroom|fungus|蘑菇,菌菇,香菇|vegetable
cabbage||卷心菜,圆白菜,包菜,洋白菜,捲心菜,圓白菜|vegetable
olive||橄榄,橄欖|
bread|loaf|面包,麵包,麪包|
baozi|steamed bun|包子|
sandwich||三明治|
hamburger|burger,cheeseburger|汉堡,汉堡包,漢堡,漢堡包|
hot dog|hotdog|热狗,熱狗|
pizza||披萨,比萨,匹萨,披薩,比薩,匹薩|
donut|doughnut|甜甜圈|
cake||蛋糕|
birthday cake||生日蛋糕|cake
cookie|biscuit|饼干,曲奇,餅乾|
pancake|crepe|煎饼,薄饼,松饼,煎餅,薄餅,鬆餅|
dessert||甜点,甜品,甜點|
ice cream|gelato|冰淇淋,冰激凌,雪糕|
candy||糖果|
chocolate||巧克力|
cotton candy|candy floss|棉花糖|
egg||鸡蛋,蛋,雞蛋|
noodle||面条,拉面,挂面,麵條,麪條,拉麵,拉麪,掛麵,掛麪|
pasta|spaghetti|意大利面,意面,意大利麵,義大利麵,意大利麪,意麵,意麪|
rice||米饭,大米,白饭,稻米,米飯,白飯|
dumpling|jiaozi|饺子,水饺,餃子,水餃|
tangyuan|glutinous rice ball|汤圆,元宵,湯圓|
zongzi||粽子|
mooncake|moon cake|月饼,月餅|
sushi||寿司,壽司|
hot pot|hotpot|火锅,火鍋|
soup|broth|汤,浓汤,湯,濃湯|
salad||沙拉,色拉|
meat||肉|
steak||牛排|meat
sausage||香肠,腊肠,香腸,臘腸|meat
roast duck|peking duck|烤鸭,北京烤鸭,烤鴨,北京烤鴨|meat
french fries|french fry,fries|薯条,薯條|
cheese||奶酪,芝士,乳酪|
tanghulu|candied haws|糖葫芦,冰糖葫芦,糖葫蘆,冰糖葫蘆|
# ---- drinks ----
drink|beverage|饮料,饮品,飲料,飲品|
water||水,清水,纯净水,純淨水|
coffee|espresso,latte,cappuccino|咖啡|drink
tea||茶,茶水|drink
milk||牛奶|drink
milk tea||奶茶|drink
bubble tea|boba,boba tea,pearl milk tea|珍珠奶茶|drink
juice||果汁|drink
wine||葡萄酒,红酒,酒,紅酒|drink
beer||啤酒|drink
cocktail||鸡尾酒,雞尾酒|drink

# ---- plants ----
plant|greenery|植物,绿植,植株,綠植|
potted plant|houseplant,pot plant|盆栽,盆栽植物,盆花,盆景|plant
tree|treetop|树,树木,大树,小树,樹,樹木,大樹,小樹|
apple tree||苹果树,蘋果樹|tree
stump|tree stump|树桩,樹樁|
pine tree|pine|松树,青松,松樹|tree
maple tree|maple|枫树,楓樹|tree
willow|willow tree|柳树,垂柳,柳樹|tree
palm tree|coconut tree|棕榈树,椰子树,椰树,棕櫚樹,椰子樹,椰樹|tree
christmas tree|xmas tree|圣诞树,聖誕樹|tree
sapling|seedling,sprout|幼苗,树苗,小树苗,嫩芽,新芽,樹苗,小樹苗|plant
bamboo||竹子|plant
cactus||仙人掌|plant
flower|blossom|花,花朵,鲜花,花儿,鮮花,花兒|
rose||玫瑰,玫瑰花|flower
tulip||郁金香,鬱金香|flower
sunflower||向日葵|flower
lily||百合,百合花|flower
lotus|lotus flower|荷花,莲花,蓮花|flower
daisy||雏菊,雛菊|flower
cherry blossom|sakura|樱花,櫻花|flower
peony||牡丹,牡丹花|flower
plum blossom||梅花|flower
peach blossom||桃花|flower
lavender||薰衣草|flower
bouquet||花束,捧花|
petal||花瓣|
leaf|foliage|叶子,树叶,叶片,绿叶,葉子,樹葉,葉片,綠葉|
lotus leaf||荷叶,荷葉|leaf
branch|twig,bough|树枝,枝条,枝头,枝丫,樹枝,枝條,枝頭|
vine|creeper|藤蔓,藤条,藤條|
moss||苔藓,青苔,苔蘚|
bush|shrub|灌木,灌木丛,树丛,灌木叢,樹叢|
grass||草,草地,小草,青草,草丛,草叢|
# ---- sky, weather, space ----
sky||天空,蓝天,苍穹,藍天,蒼穹|
starry sky|night sky|星空,夜空|sky
sun||太阳,烈日,骄阳,太陽,驕陽|
moon|lunar surface|月亮,月球,明月,月面|
crescent moon|crescent|月牙,弯月,新月,彎月|moon
full moon||满月,圆月,滿月,圓月|moon
star||星星,星辰,繁星,恒星,恆星|
planet||星球,行星|
earth|planet earth|地球|planet
mars||火星|planet
saturn||土星|planet
galaxy||星系,星河|
milky way||银河,银河系,銀河,銀河系|galaxy
nebula||星云,星雲|
universe|cosmos|宇宙|
outer space|deep space|太空,外太空|
aurora|northern lights,aurora borealis|极光,極光|
sea of clouds|cloud sea|云海,雲海|
cloud||云,云朵,云彩,白云,乌云,云层,雲,雲朵,雲彩,白雲,烏雲,雲層|
rainbow||彩虹|
lightning|lightning bolt|闪电,閃電|
storm|thunderstorm|暴风雨,风暴,雷雨,暴風雨,風暴|
tornado|twister|龙卷风,龍捲風|
rain|rainfall,rainy|雨,雨水,细雨,大雨,小雨,下雨,下着雨,細雨,下著雨|
snow||雪,积雪,白雪,大雪,下雪,積雪|
snowflake||雪花|
fog|mist,haze|雾,雾气,薄雾,浓雾,云雾,霧,霧氣,薄霧,濃霧,雲霧|
smoke||烟,烟雾,浓烟,煙,煙霧,濃煙|
steam|vapor,vapour|蒸汽,水蒸气,水蒸氣|
fire||火,大火,烈火|
flame||火焰,火苗,火舌|fire
lava|magma|熔岩,岩浆,岩漿|
firework||烟花,焰火,烟火,煙花,煙火|
droplet|water droplet,waterdrop,drop of water,dewdrop|水滴,水珠,露珠,露水|
bubble||气泡,泡泡,氣泡|
splash||水花|
wave||海浪,浪花,波浪,浪潮|
shadow||影子,阴影,陰影|
reflection||倒影|
# ---- landscape ----
mountain|mount|山,高山,大山|
mountain range||山脉,群山,山峦,山脈,羣山,山巒|mountain
snowy mountain|snow mountain|雪山|mountain
hill||山丘,小山,丘陵,山坡|
volcano||火山|
valley||山谷,峡谷,峽谷|
canyon|gorge|大峡谷,大峽谷|valley
cliff||悬崖,峭壁,山崖,懸崖|
cave|cavern|山洞,洞穴|
stone|rock|石头,岩石,石块,石頭,石塊|
pebble|cobblestone|鹅卵石,卵石,小石子,鵝卵石|stone
sand||沙子,沙,细沙,沙粒,細沙|
desert||沙漠,荒漠|
beach|seashore,sandy shore|海滩,沙滩,海灘,沙灘|
coast|shore,seashore,coastline|海岸,海边,岸边,海邊,岸邊|
ocean|sea|海,大海,海洋,海水|
river||河,河流,小河,江河|
stream|creek,brook|小溪,溪流,溪水|river
lake||湖,湖面|
pond||池塘|
waterfall||瀑布|
island||岛,小岛,島,小島|
forest|woodland,woods|森林,树林,林间,樹林,林間|
jungle||丛林,叢林|forest
rainforest|rain forest|雨林,热带雨林,熱帶雨林|forest
bamboo forest|bamboo grove|竹林|forest
field||田野,原野,田地|
meadow||草甸|grass
lawn||草坪|grass
grassland|prairie|草原|
ground|floor,flooring|地面,地上,大地,地板,木地板|
mud||泥,泥巴|
scenery||风景,风光,景色,風景,風光|
# ---- places and buildings ----
building||建筑,建筑物,楼,大楼,楼房,建築,建築物,樓,大樓,樓房|
skyscraper|high-rise|摩天大楼,摩天楼,高楼,高楼大厦,摩天大樓,摩天樓,高樓,高樓大廈|building
tower||塔,高塔,塔楼,塔樓|
pagoda||宝塔,佛塔,寶塔|tower
lighthouse||灯塔,燈塔|tower
house||房子,房屋,屋子,住宅,民居|
cottage|cabin,hut|小屋,木屋,茅屋,小木屋|house
apartment||公寓|
castle||城堡,古堡|
palace||宫殿,皇宫,宮殿,皇宮|
temple||寺庙,庙,神庙,寺院,庙宇,寺廟,廟,神廟,廟宇|
church|chapel|教堂|
pavilion|gazebo|亭子,凉亭,亭台,涼亭,亭臺|
bridge||桥,大桥,小桥,橋,大橋,小橋|
road||路,道路,马路,公路,馬路|
street||街,街道,大街,街头,街頭|
alley|alleyway|小巷,巷子,胡同,衚衕|
sidewalk|pavement|人行道|
path|trail,pathway,footpath,walkway|小路,小径,小道,小徑|
railway|railroad,railway track,train track|铁路,铁轨,鐵路,鐵軌|
station||车站,站台,車站,站臺|
airport||机场,機場|
pier|dock,wharf,jetty|码头,碼頭|
fence||栅栏,篱笆,围栏,柵欄,籬笆,圍欄|
wall||墙,墙壁,墙面,牆,牆壁,牆面|
great wall|great wall of china|长城,万里长城,長城,萬里長城|
gate||大门,城门,院门,大門,城門,院門|
door|doorway|门,房门,木门,門,房門,木門|
window||窗户,窗|
windowsill|window sill,window ledge|窗台,窗臺|
roof||屋顶,房顶,屋頂,房頂|
balcony||阳台,陽臺,陽台|
staircase|stair,stairway|楼梯,台阶,阶梯,樓梯,臺階,台階,階梯|
column|pillar|柱子,立柱,石柱|
arch|archway|拱门,拱門|
fountain||喷泉,噴泉|
ruin||废墟,遗迹,廢墟,遺蹟|
city|metropolis|城市,都市|
town||小镇,城镇,小鎮,城鎮|
village|hamlet|村庄,村子,村落,村莊|
water town||水乡,江南水乡,水鄉,江南水鄉|town
market|marketplace,bazaar|市场,集市,菜市场,市場,菜市場|
shop|store|商店,店铺,小店,店鋪|
mall||商场,购物中心,商場,購物中心|
restaurant|diner|餐厅,饭店,餐馆,餐廳,飯店,餐館|
cafe|coffee shop,café,coffeehouse|咖啡馆,咖啡店,咖啡厅,咖啡館,咖啡廳|
teahouse|tea house|茶馆,茶楼,茶館,茶樓|
school||学校,學校|
library||图书馆,圖書館|
museum||博物馆,博物館|
laboratory|lab|实验室,實驗室|
swimming pool|pool|游泳池,泳池,水池|
court|tennis court,basketball court|球场,球場|
playground||操场,游乐场,操場,遊樂場|
zoo||动物园,動物園|
park||公园,公園|
garden||花园,园子,花園,園子|
courtyard|yard|庭院,院子|
farm|ranch|农场,牧场,農場,牧場|
tent||帐篷,帳篷|
campfire|bonfire|篝火,营火,營火|
space station||空间站,太空站,空間站|
stage||舞台,舞臺|
room||房间,房間|
kitchen||厨房,廚房|
bedroom||卧室,臥室|
living room|lounge|客厅,客廳|
bathroom|restroom,toilet room|浴室,卫生间,洗手间,衛生間,衞生間,洗手間|
carpet|rug|地毯|
# ---- landmarks and named places ----
eiffel tower||埃菲尔铁塔,艾菲尔铁塔,巴黎铁塔,埃菲爾鐵塔,艾菲爾鐵塔,巴黎鐵塔|tower
statue of liberty||自由女神像|sculpture
pyramid||金字塔|
leaning tower of pisa|tower of pisa|比萨斜塔,比薩斜塔|tower
forbidden city||故宫,紫禁城,故宮|palace
terracotta warrior|terracotta army|兵马俑,兵馬俑|sculpture
mona lisa||蒙娜丽莎,蒙娜麗莎|painting
paris||巴黎|
rome|ancient rome,roman,ancient roman|罗马,古罗马,羅馬,古羅馬|
egypt|ancient egypt,egyptian|埃及,古埃及|
china|chinese|中国,中國|
beijing|peking|北京|
shanghai||上海|

# ---- vehicles and street furniture ----
vehicle||交通工具,车辆,車輛|
car|automobile,auto,sedan,coupe|汽车,小汽车,轿车,车,私家车,汽車,小汽車,轎車,車,私家車|
taxi|cab|出租车,计程车,出租車,計程車|car
sports car||跑车,跑車|car
police car||警车,警車|car
race car|racecar,racing car|赛车,賽車|car
jeep|suv|吉普车,越野车,吉普車,越野車|car
bus||公交车,巴士,公共汽车,大巴,公车,公交車,公共汽車,公車|
school bus||校车,校車|bus
truck|lorry|卡车,货车,卡車,貨車|
fire truck|fire engine|消防车,消防車|truck
ambulance||救护车,救護車|
van|minivan|面包车,麵包車,麪包車|
tractor||拖拉机,拖拉機|
train|locomotive|火车,列车,火車,列車|
bicycle|bike|自行车,单车,脚踏车,自行車,腳踏車,單車|
motorcycle|motorbike|摩托车,摩托車|
skateboard||滑板|
airplane|plane,aeroplane,aircraft,airliner,jet|飞机,客机,飛機,客機|
helicopter||直升机,直升飞机,直升機,直升飛機|
rocket||火箭|
spaceship|spacecraft,starship|宇宙飞船,飞船,宇宙飛船,飛船|
ufo|flying saucer|飞碟,不明飞行物,飛碟,不明飛行物|
hot air balloon||热气球,熱氣球|
drone||无人机,無人機|
boat||船,小船,船只,船隻|
ship||轮船,大船,輪船|boat
sailboat|sailing boat|帆船|boat
dragon boat||龙舟,龍舟|boat
wheelchair||轮椅,輪椅|
tank||坦克|
wheel||车轮,轮子,車輪,輪子|
traffic light|traffic signal,stoplight|红绿灯,交通灯,信号灯,紅綠燈,交通燈,信號燈,訊號燈|
sign|signage|标牌,牌子,指示牌,告示牌,标志牌,標牌,標誌牌|
stop sign||停车标志,停止标志,停車標誌,停止標誌|sign
road sign|street sign,signpost|路牌,路标,指路牌,路標|sign
signboard|shop sign,storefront sign|招牌,牌匾,匾额,匾額|sign
neon sign||霓虹灯牌,霓虹招牌,灯牌,霓虹燈牌,燈牌|sign
billboard||广告牌,廣告牌|sign
parking meter||停车收费表,停车计时器,咪表,停車收費表,停車計時器|
fire hydrant|hydrant|消防栓|
street lamp|streetlight,street light,lamppost,lamp post|路灯,路燈|lamp
bench|park bench|长椅,长凳,長椅,長凳|
trash can|garbage can,dustbin,trashcan,wastebasket,garbage bin,rubbish bin,trash bin,litter bin|垃圾桶,垃圾箱|
# ---- furniture and home ----
furniture||家具,傢俱|
chair|seat|椅子,椅|
armchair||扶手椅|chair
stool||凳子,板凳,高脚凳,高腳凳|
couch|sofa,settee|沙发,沙發|
bed||床,床铺,牀,床鋪,牀鋪|
mattress||床垫,床墊,牀墊|
table||桌子,桌|
dining table||餐桌,饭桌,飯桌|table
desk||书桌,办公桌,课桌,書桌,辦公桌,課桌|table
coffee table||茶几|table
shelf||架子,搁板,置物架,擱板|
bookshelf|bookcase|书架,书柜,書架,書櫃|shelf
cabinet|cupboard|柜子,橱柜,櫃子,櫥櫃|
wardrobe|closet|衣柜,衣橱,衣櫃,衣櫥|
drawer||抽屉,抽屜|
counter|countertop|柜台,台面,櫃檯,櫃枱,檯面,枱面|
mirror||镜子,鏡子|
lamp||灯,燈|
desk lamp||台灯,护眼灯,檯燈,枱燈,護眼燈|lamp
chandelier||吊灯,枝形吊灯,吊燈,枝形吊燈|lamp
lantern||灯笼,红灯笼,提灯,纸灯笼,燈籠,紅燈籠,提燈,紙燈籠|
candle||蜡烛,烛台,蠟燭,燭臺,燭台|
fireplace|hearth|壁炉,壁爐|
curtain|drape|窗帘,帘子,窗簾,簾子|
pillow||枕头,枕頭|
blanket||毯子,毛毯|
towel||毛巾,浴巾|
vase||花瓶|
clock||钟,时钟,钟表,鐘,時鐘|
alarm clock||闹钟,鬧鐘|clock
watch|wristwatch|手表,腕表,手錶,腕錶|
hourglass|sand timer|沙漏|
painting||画作,挂画,畫作,掛畫|
poster||海报,海報|
scroll|hanging scroll|卷轴,画卷,卷軸,畫卷|
key||钥匙,鑰匙|
box||盒子,箱子,盒,纸箱,纸盒,紙箱,紙盒|
gift box||礼盒,禮盒|box
treasure chest|chest of treasure|宝箱,宝藏箱,寶箱,寶藏箱|box
basket||篮子,篮,筐,竹篮,籃,竹籃|
bucket|pail|桶,水桶|
jar||罐子,罐,玻璃罐|
cage||笼子,籠子|
bag||袋子,提包|
# ---- kitchen and tableware ----
plate|dish,platter|盘子,碟子,餐盘,盤子,餐盤|
bowl||碗|
cup||杯子,杯|
mug|coffee mug|马克杯,馬克杯|cup
glass|drinking glass|玻璃杯,水杯|cup
wine glass|goblet|红酒杯,葡萄酒杯,高脚杯,酒杯,紅酒杯,高腳杯|cup
teacup||茶杯|cup
teapot||茶壶,茶壺|
pot||锅,汤锅,鍋,湯鍋|
fork||叉子,餐叉|
knife||刀,小刀,菜刀,餐刀|
spoon||勺子,汤匙,调羹,勺,湯匙,調羹|
chopstick||筷子|
bottle||瓶子,瓶|
refrigerator|fridge,icebox|冰箱,电冰箱,電冰箱|
microwave|microwave oven|微波炉,微波爐|
oven||烤箱|
stove|cooktop,cooker|炉子,灶台,灶,炉灶,煤气灶,爐子,灶臺,爐灶,煤氣灶|
toaster||烤面包机,吐司机,烤麵包機,烤麪包機,吐司機|
sink||水槽,洗手池,洗碗池,洗手盆|
toilet||马桶,坐便器,馬桶|
hair drier|hair dryer,hairdryer,blow dryer|吹风机,电吹风,吹風機,電吹風|
toothbrush||牙刷|
fan|electric fan|风扇,电风扇,風扇,電風扇|
hand fan|folding fan|扇子,折扇,团扇,摺扇,團扇|
# ---- electronics ----
tv|television,tv set|电视,电视机,電視,電視機|
tv remote|remote control|遥控器,遙控器|
computer|pc|电脑,计算机,電腦,計算機|
laptop|laptop computer,notebook computer|笔记本电脑,筆記本電腦,筆記型電腦|computer
monitor|computer screen|显示器,顯示器|
screen||屏幕,荧幕,螢幕,熒幕|
computer keyboard|keyboard|键盘,鍵盤|
computer mouse||鼠标,鼠標,滑鼠|
cell phone|cellphone,mobile phone,phone,smartphone,iphone|手机,智能手机,手機,智能手機,智慧手機|
tablet|ipad|平板电脑,平板,平板電腦|
camera||相机,照相机,摄像机,单反,相機,照相機,攝像機,單反|
headphones|headphone,headset,earphone,earbud|耳机,耳機|
microphone|mic|麦克风,话筒,麥克風,話筒|
game controller|controller,gamepad,joystick|游戏手柄,手柄,遊戲手柄|
printer||打印机,打印機,印表機|
hologram|holographic projection|全息投影,全息影像|
# ---- books, office, school ----
book||书,书本,图书,書,書本,圖書|
notebook|notepad|笔记本,本子,筆記本|
paper||纸,纸张,紙,紙張|
newspaper||报纸,報紙|
map||地图,地圖|
globe||地球仪,地球儀|
pen||钢笔,圆珠笔,鋼筆,圓珠筆|
pencil||铅笔,鉛筆|
calligraphy brush|writing brush,ink brush|毛笔,毛筆|
paintbrush|brush|画笔,刷子,畫筆|
scissors|scissor|剪刀|
backpack|rucksack|背包,双肩包,雙肩包|bag
blackboard|chalkboard|黑板|
label|tag|标签,標籤|
sticker|decal|贴纸,貼紙|
logo|emblem|徽标,商标,标识,徽標,商標,標識|
banner||横幅,条幅,橫幅,條幅|
flag||旗,国旗,國旗|
couplet||对联,春联,對聯,春聯|
icon||图标,圖標,圖示|
emoji||表情符号,表情符號|
canvas||画布,畫布|

# ---- clothing and accessories ----
clothing|clothes,garment,apparel,attire,outfit,costume|衣服,服装,衣物,服饰,装束,套装,戏服,服裝,服飾,裝束,套裝,戲服|
shirt|blouse|衬衫,衬衣,襯衫,襯衣|
t-shirt|tshirt,tee,tee shirt|恤衫,恤,短袖|shirt
coat|overcoat|外套,大衣|
raincoat||雨衣|coat
jacket||夹克,夾克|
sweater|jumper,pullover,cardigan|毛衣,针织衫,开衫,針織衫,開衫|
hoodie|hoody,sweatshirt|连帽衫,卫衣,連帽衫,衛衣,衞衣|
suit||西装,西服,西裝|
dress|frock,sundress,summer dress|连衣裙,裙子,长裙,連衣裙,長裙|
gown|evening gown,ball gown,tutu|礼服,晚礼服,禮服,晚禮服|dress
wedding dress|wedding gown|婚纱,婚紗|dress
qipao|cheongsam|旗袍|dress
skirt||短裙,半身裙,百褶裙|
hanfu||汉服,漢服|
kimono||和服|
cloak|cape|斗篷,披风,披風|
uniform||制服|
spacesuit|space suit,astronaut suit|宇航服,航天服,太空服|
armor|armour|盔甲,铠甲,战甲,鎧甲,戰甲|
pants|pant,trousers,trouser|裤子,长裤,褲子,長褲|
jeans|jean|牛仔裤,牛仔褲|pants
shorts||短裤,短褲|
pajamas|pajama,pyjamas,pyjama|睡衣|
swimsuit|bathing suit,swimwear,swimming costume|泳衣,泳装,泳裝|
scarf|muffler|围巾,圍巾|
tie|necktie|领带,領帶|
hat||帽子,帽|
cap|baseball cap|鸭舌帽,棒球帽,鴨舌帽|hat
straw hat||草帽|hat
cowboy hat||牛仔帽|hat
bamboo hat|conical hat|斗笠|hat
helmet||头盔,頭盔|
crown||王冠,皇冠|
mask||面具|
face mask|surgical mask|口罩|
eyeglasses|eyeglass,spectacles|眼镜,眼鏡|
sunglasses|sunglass|墨镜,太阳镜,墨鏡,太陽鏡|
glove||手套|
baseball glove|baseball mitt,mitt|棒球手套|glove
shoe||鞋|
sneaker|running shoe,sports shoe|运动鞋,球鞋,運動鞋|shoe
boot||靴子,靴|shoe
high heel|stiletto|高跟鞋|shoe
sandal||凉鞋,涼鞋|shoe
slipper|flip-flop|拖鞋|shoe
belt||腰带,皮带,腰帶,皮帶|
handle|knob|把手,门把手,門把手|
handbag|purse|手提包,手袋,包包,女包|bag
suitcase|luggage|行李箱,手提箱,旅行箱|
wallet||钱包,錢包|
umbrella||雨伞,伞,雨傘,傘|
oil-paper umbrella|paper umbrella|油纸伞,油紙傘|umbrella
necklace||项链,項鍊|
earring||耳环,耳坠,耳環,耳墜|
ring||戒指|
bracelet|bangle|手镯,手链,手鐲,手鍊|
diamond||钻石,鑽石|
pearl||珍珠|
gemstone|gem,jewel|宝石,寶石|
ribbon||丝带,缎带,彩带,絲帶,緞帶,綵帶|
trophy||奖杯,獎盃|
# ---- tools, weapons, misc objects ----
hammer||锤子,铁锤,錘子,鐵錘|
axe|ax|斧头,斧子,斧頭|
ladder||梯子|
rope||绳子,绳索,繩子,繩索|
gear|cog|齿轮,齒輪|
throne||王座,宝座,寶座|
cloth||布匹,抹布|
board|plank,wooden board|木板,板子|
railing|handrail,banister|栏杆,扶手,欄杆|
character|cartoon character|角色,卡通角色,卡通人物|
paddle|oar|桨,船桨,槳,船槳|
magnifying glass||放大镜,放大鏡|
telescope||望远镜,望遠鏡|
binoculars|binocular|双筒望远镜,雙筒望遠鏡|
flashlight|torch light|手电筒,手电,手電|
sword||剑,宝剑,长剑,劍,寶劍,長劍|
gun|firearm|枪,枪支,槍,槍支|
pistol|handgun|手枪,手槍|gun
shield||盾,盾牌|
magic wand|wand|魔杖,魔法棒|
crystal ball||水晶球|
coin||硬币,金币,铜钱,硬幣,金幣,銅錢|
money|cash|钱,钞票,现金,錢,鈔票,現金|
gift||礼物,礼品,禮物,禮品|
balloon||气球,氣球|
kite||风筝,風箏|
frisbee|flying disc|飞盘,飛盤|
ball|sports ball|球|
soccer ball|football|足球|ball
basketball||篮球,籃球|ball
tennis ball||网球,網球|ball
baseball||棒球|ball
baseball bat||球棒,棒球棒|
tennis racket|tennis racquet,racket,racquet|网球拍,球拍,網球拍|
ski||滑雪板,双板,雙板|
snowboard||单板,滑雪单板,單板,滑雪單板|
surfboard||冲浪板,衝浪板|
chess|chess set|国际象棋,象棋,國際象棋|
chessboard|chess board|棋盘,棋盤|
chess piece|chessman|棋子|
rubik's cube|rubix cube,rubiks cube,magic cube|魔方|
building block|lego,lego brick,toy block|积木,乐高,積木,樂高|toy
toy||玩具|
doll||娃娃,玩偶,洋娃娃,人偶|toy
teddy bear|teddy|泰迪熊,玩具熊,毛绒熊,毛絨熊|toy
stuffed animal|plush,plushie,plush toy,stuffed toy|毛绒玩具,公仔,毛絨玩具|toy
swing||秋千,鞦韆|
# ---- music ----
musical instrument|instrument|乐器,樂器|
guitar||吉他|musical instrument
electric guitar||电吉他,電吉他|musical instrument
piano||钢琴,鋼琴|musical instrument
violin|fiddle|小提琴|musical instrument
drum||鼓,架子鼓|musical instrument
trumpet||小号,小號|musical instrument
saxophone|sax|萨克斯,萨克斯风,薩克斯,薩克斯風|musical instrument
flute||长笛,笛子,長笛|musical instrument
guzheng|zither|古筝,古箏|musical instrument
bell||铃铛,铃,钟声,鈴,鐘聲|
gramophone|phonograph,record player|留声机,留聲機|
# ---- art, culture, misc ----
sculpture|statue|雕塑,雕像,塑像,石像|
bust||半身像|sculpture
pottery|ceramic ware|陶器,陶罐,瓷器|
firecracker||鞭炮,爆竹|
red envelope|red packet|红包,紅包|
cigarette||香烟,烟卷,香菸,香煙,菸捲,煙捲|
object|item,thing|物体,物品,东西,物體,東西|
# ---- text carriers and text (render-text itself is checked by the engine from quotes) ----
text|lettering,writing,caption,inscription,typography,word,chinese character|文字,字样,文本,汉字,中文字,字樣,漢字|
letter||字母|text
watermark||水印|text
pole||电线杆,杆子,電線杆|
stick|rod|棍子,木棍,棒子|
log||原木,圆木,圓木|
engine|motor|发动机,引擎,發動機|
device|gadget|设备,装置,設備,裝置|
cone||圆锥,圆锥体,圓錐,圓錐體|
# ---- restored (DSG-1k heads) ----
symbol|sign symbol|符号,符號|
button||纽扣,扣子,按钮,紐扣,釦子,按鈕|
soil|dirt|泥土,土壤|
pipe|tube|管道,管子,水管|
figurine|action figure|手办,小雕像,手辦|toy
cube||立方体,方块,立方體,方塊|
sphere|orb|球体,圆球,球體,圓球|ball
machine|machinery|机器,機器|
faucet||水龙头,水龍頭|
scooter|moped|滑板车,踏板车,电动车,滑板車,踏板車,電動車|
cable|wire,cord|电线,电缆,数据线,线路,電線,電纜,數據線,資料線,線路|
captain||船长,舰长,机长,船長,艦長,機長|person
stem|stalk|茎,花茎,莖,花莖|
# ---- restored (frequent in benchmark prompts) ----
leather jacket||皮夹克,皮衣,皮夾克|jacket
picture frame|photo frame|相框,画框,畫框|
jewelry|jewellery|珠宝,首饰,珠寶,首飾|
container||容器|
cushion|throw pillow|靠垫,坐垫,抱枕,靠墊,坐墊|
plastic bag||塑料袋,塑膠袋|bag
nightstand|bedside table,night table|床头柜,床頭櫃,牀頭櫃|
train station|railway station|火车站,火車站|station
shower||淋浴,花洒,花灑|
bathtub|tub|浴缸|
soap||肥皂,香皂|
tray||托盘,托盤|
napkin|serviette|餐巾,餐巾纸,餐巾紙|
tablecloth||桌布|
cutting board|chopping board|砧板,菜板|
straw|drinking straw|吸管|
water bottle||矿泉水瓶,礦泉水瓶|bottle
smoothie||冰沙|drink
toast||吐司|bread
breakfast||早餐,早饭,早飯|meal
butter||黄油,黃油|
speech bubble||对话框,对话气泡,對話框,對話方塊,對話氣泡|
card||卡片|
robe|bathrobe|长袍,浴袍,長袍|
vest|waistcoat|背心,马甲,馬甲|
office||办公室,辦公室|
intersection|crossroads|十字路口,路口|
tunnel||隧道|
subway|metro|地铁,地鐵|
parking lot|car park|停车场,停車場|
clock tower||钟楼,鐘樓|tower
horizon||地平线,地平線|
puddle||水坑,水洼,水窪|
dune|sand dune|沙丘|desert
ceiling||天花板|
tile||瓷砖,瓷磚|
radio||收音机,收音機|
compass||指南针,罗盘,指南針,羅盤|
torch||火把,火炬|
paint||颜料,油漆,顏料|
ink||墨水,墨汁|
page||书页,纸页,書頁,紙頁|
passenger||乘客|person
tool||工具|
pendant|locket|吊坠,吊墜|
caterpillar||毛毛虫,毛毛蟲|insect
bean||豆子,豆类,豆類|vegetable
dice||骰子|
# ---- restored or added after a run over UniGenBench zh/en pairs (compounds that otherwise split into a wrong single character) ----
footprint|footmark|脚印,足迹,腳印,足跡|
hippo|hippopotamus|河马,河馬|
beaver||海狸,河狸|
tyrannosaurus|t-rex,trex,tyrannosaurus rex|霸王龙,霸王龍|dinosaur
chameleon||变色龙,變色龍|
hummingbird||蜂鸟,蜂鳥|bird
nest|bird's nest|鸟巢,鸟窝,鳥巢,鳥窩|
harbor|harbour,port|港口,海港|
iceberg||冰山|
headlight||车灯,前灯,車燈,前燈|
light bulb|bulb,lightbulb|灯泡,燈泡|
kettle||水壶,烧水壶,水壺,燒水壺|
perfume|fragrance|香水|
root||树根,根须,樹根,根鬚|
circuit board||电路板,電路板|
paper airplane|paper plane|纸飞机,紙飛機|toy
note|slip of paper|纸条,便签,紙條,便籤|
parchment|vellum|羊皮纸,羊皮卷,羊皮紙|
nautical chart|sea chart|航海图,航海圖|map
seabed|sea floor,ocean floor,seafloor,underwater|海底|
canal||运河,運河|
stalactite||钟乳石,鐘乳石|
study|study room|书房,書房|room
scholar||学者,书生,學者,書生|person
amazon|amazon rainforest|亚马逊,亚马逊雨林,亞馬遜,亞馬遜雨林|
# ---- everyday nouns the rewrites use (dog breeds, street furniture, food, landmarks) ----
terrier||梗犬|dog
beagle||比格犬,比格|dog
labrador|lab,labrador retriever|拉布拉多|dog
mailbox|postbox,letterbox,mail box|邮筒,信箱,邮箱,郵筒,郵箱|
succulent||多肉,多肉植物|plant
peak|summit,mountaintop|山峰,山顶,峰顶,山頂,峰頂|mountain
mountainside|mountain slope|山腰,山坡上|mountain
ferris wheel||摩天轮,摩天輪|
tv tower|television tower|电视塔,電視塔|tower
skyline|city skyline|天际线,天際線|
eraser||橡皮,橡皮擦|
storefront|shopfront|店面,门面,店铺,門面,店鋪|
frosting|icing|糖霜|
stadium|arena|体育场,體育場|
cathedral||大教堂|church
macaron|macaroon|马卡龙,馬卡龍|
yolk|egg yolk|蛋黄,蛋黃|
wonton||馄饨,餛飩|
egret|heron|白鹭,鹭,白鷺,鷺|bird
firefly||萤火虫,萤火,螢火蟲|
cola|coke,soda|可乐,可樂|
rooftop||楼顶,天台,樓頂|roof
bookstore|bookshop|书店,書店|
pepperoni||意大利香肠,意式香肠,意大利辣香肠,意大利香腸|meat
`;
