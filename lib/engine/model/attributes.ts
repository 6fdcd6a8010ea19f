// PromptLoss bilingual concept lexicon: attributes. Hand-curated data, MIT (see README.md in this folder).
// One entry per line: type|id|english forms|chinese forms   (type: color, material, state, size, texture, shape, pattern)
// Lists inside a field are comma-separated; blank lines and lines starting with # are comments.
export const ATTRIBUTES = String.raw`
# ---- color ----
# note: light/dark/pale/deep/bright shades are forms of their base colour; compound hues go to the head hue (orange-red -> red, yellow-green -> green).
color|black|jet black,ebony,onyx,blackish|黑,黑色
color|white|snow white,whitish|白,白色,雪白
color|gray|grey,grayish,greyish,charcoal gray|灰色,灰白,浅灰,深灰,灰蒙蒙,烟灰色,炭灰色,淺灰,灰濛濛,菸灰色,煙灰色
color|red|crimson,scarlet,ruby,vermilion,maroon,burgundy,reddish,orange-red|红,红色,大红,酒红,火红,橙红,橘红,中国红,紅,紅色,大紅,酒紅,火紅,橙紅,橘紅,中國紅
color|orange|orangey,orangish,tangerine,amber,apricot|橙,橙色,橘色,橘黄,橙黄,琥珀色,杏色,橘黃,橙黃
color|yellow|yellowish|黄,黄色,鹅黄,柠檬黄,黃,黃色,鵝黃,檸檬黃
color|green|greenish,olive green,mint,yellow-green|绿,绿色,草绿,橄榄绿,黄绿色,荧光绿,綠,綠色,草綠,橄欖綠,黃綠色,熒光綠
color|blue|bluish,azure,cobalt,cobalt blue,sky blue,cerulean,ultramarine,indigo|蓝,蓝色,冰蓝,藍,藍色,冰藍
color|navy|navy blue|藏青,藏蓝,海军蓝,午夜蓝,藏藍,海軍藍,午夜藍
color|teal|turquoise,aquamarine,blue-green|蓝绿色,蓝绿,青绿,绿松石色,松石绿,孔雀蓝,湖蓝,碧青,藍綠,青綠,綠松石色,松石綠,孔雀藍,湖藍
color|cyan|aqua|青色,天青色,青蓝色,水蓝色,青藍色,水藍色
color|purple|violet,lilac,mauve,amethyst,purplish|紫,紫色,薰衣草紫,蓝紫色,葡萄紫,藍紫色
color|pink|pinkish,rosy,fuchsia,magenta,hot pink|粉色,粉红,粉嫩,玫红,洋红,品红,桃红,樱花粉,紫红,嫩粉,粉紅,玫紅,洋紅,品紅,桃紅,櫻花粉,紫紅
color|brown|brownish,coffee-colored,caramel,mahogany,hazel,reddish-brown|棕,棕色,褐色,咖啡色,栗色,巧克力色,焦糖色,茶色,土黄色,红棕色,土黃色,紅棕色
color|gold|golden,gold-colored,gilded,gilt|金色,金黄,金灿灿,鎏金,金光闪闪,金黃,金燦燦,金光閃閃
color|silver|silvery,silver-colored|银色,银白,银灰,银光闪闪,銀色,銀白,銀灰,銀光閃閃
color|beige|tan,khaki|米色,米黄,卡其色,驼色,沙色,米黃,駝色
color|cream|ivory,off-white|米白,奶白,象牙白,乳白,奶油色
color|multicolor|multicolored,multi-colored,colorful,rainbow-colored|彩色,五彩,五颜六色,七彩,多彩,五彩斑斓,缤纷,色彩斑斓,斑斓,五顏六色,五彩斑斕,繽紛,色彩斑斕,斑斕
color|black-and-white|monochrome,monochromatic,grayscale,greyscale|黑白,单色,單色
# ---- material ----
# note: gold/silver as colour words (gold, golden, silver) are colours; the materials take explicit forms (solid gold, 黄金, 纯银).
material|wooden|wood,timber|木,木制,木头,木頭
material|bamboo||竹,竹制,竹编,竹編
material|wicker|rattan|藤编,藤制,藤編,藤製
material|metal|metallic|金属,金屬
material|steel||钢铁,钢制,不锈钢,鋼鐵,鋼製,不鏽鋼
material|iron||铁,铁制,鐵
material|copper||铜,紫铜,铜制,銅,紫銅
material|bronze||青铜,青銅
material|brass||黄铜,黃銅
material|pure gold|solid gold,gold-plated|黄金,纯金,金质,金制,镀金,黃金,純金,金質,鍍金
material|sterling silver|pure silver,silver-plated|纯银,银质,银制,镀银,純銀,銀質,銀製,鍍銀
material|aluminum|aluminium|铝,铝制,鋁
material|chrome||铬,镀铬,鉻,鍍鉻
material|glass||玻璃,玻璃制
material|stained glass||彩色玻璃
material|crystal|crystalline|水晶,晶体,晶體
material|plastic||塑料,塑胶,塑膠
material|rubber||橡胶,橡膠
material|stone||石
material|marble||大理石,汉白玉,漢白玉
material|concrete|cement|混凝土,水泥
material|brick||砖,砖块,磚,磚塊
material|ceramic|ceramics|陶瓷,陶
material|porcelain|blue-and-white porcelain|瓷,青花瓷
material|clay|terracotta|黏土,粘土
material|paper|paper-made|纸质,纸制,紙質,紙製
material|cardboard||纸板,紙板
material|leather||皮革
material|fabric|textile|布艺,布料,布藝
material|cotton||棉,纯棉,棉布,純棉
material|silk|satin|丝绸,真丝,绸缎,絲綢,真絲,綢緞
material|wool|woolen|羊毛,毛线,毛線
material|denim||牛仔布
material|velvet||天鹅绒,丝绒,天鵝絨,絲絨
material|lace||蕾丝,蕾絲
material|ice||冰
material|jade||玉,玉石,翡翠
material|wax||蜡,蠟
# ---- state ----
state|bitten|with a bite,bite mark,bite taken out|咬过,被咬,咬痕,咬了一口,咬過
state|young|juvenile|幼年,年幼
state|half-eaten||吃了一半,吃剩
state|rotten|rotting,decaying,decayed,moldy,spoiled|腐烂,腐败,发霉,腐爛,腐敗,發黴
state|wet|water droplet,droplet,covered in water,soaked,drenched,dripping,dewy,damp,moist|湿,水珠,带水珠,水滴,湿透,潮湿,溼,濕,帶水珠,溼透,濕透,潮溼,潮濕
state|dry|dried|干燥,干枯,乾燥,乾枯
state|broken|shattered,smashed,damaged|破碎,碎,碎裂,打碎,破裂
state|cracked||裂开,裂纹,裂缝,开裂,裂痕,裂開,裂紋,裂縫,開裂
state|melting|melted,molten|融化,熔化,消融
state|burning|on fire,ablaze|燃烧,着火,起火,燃燒,著火
state|frozen|icy,ice-covered|冰冻,结冰,冻结,冰凍,結冰,凍結
state|open|opened,lying open,spread open|摊开,攤開,打开,开着,敞开,张开,翻开,半开,打開,開啟,開著,開着,敞開,張開,翻開,半開
state|closed|shut|关着,关闭,闭合,合上,關著,關着,關閉,閉合
state|empty||空荡荡,空无一物,空蕩蕩,空無一物
state|full|filled|装满,满满,盛满,裝滿,滿滿,盛滿
state|half-full|half-filled,half-empty|半满,半杯,半滿
state|falling|tumbling,toppling,mid-fall|掉落,坠落,落下,下落,飘落,墜落,飄落
state|flying|in flight,soaring|飞,飞行,飞舞,翱翔,飛,飛行,飛舞
state|floating|hovering,levitating,suspended|漂浮,悬浮,飘浮,悬停,懸浮,飄浮,懸停
state|sleeping|asleep,napping,naps,dozing,slumbering|睡觉,睡着,熟睡,沉睡,睡覺,睡著
state|awake||
state|eyes closed|closed eyes|闭着眼,闭眼,閉著眼,閉着眼,閉眼
state|running|sprinting,jogging|奔跑,跑,飞奔,飛奔
state|walking|strolling|走,走路,行走,散步,漫步
state|jumping|leaping|跳,跳跃,跃起,跳躍,躍起
state|dancing||跳舞,舞蹈,起舞
state|swimming||游泳,游动,遊動
state|sitting|seated|坐,坐着,坐下,坐著
state|standing|upright|站,站着,站立,矗立,站著
state|lying|lying down,reclining|躺,躺着,躺下,卧,趴,趴着,躺著,臥,趴著
state|kneeling||跪,跪着,单膝跪地,跪著,單膝跪地
state|squatting|crouching|蹲,蹲着,蹲下,蹲著
state|smiling|grinning|微笑,笑,笑着,笑容,笑著
state|laughing||大笑,哈哈大笑,欢笑,歡笑
state|crying|weeping,in tears,tears streaming,tearful,teary|哭,流泪,流淚
state|angry|furious|生气,愤怒,生氣,憤怒
state|sad|sorrowful,unhappy,melancholy,gloomy|悲伤,难过,伤心,悲傷,難過,傷心
state|happy|joyful,cheerful|开心,高兴,快乐,欢乐,開心,高興,快樂,歡樂
state|surprised|shocked,amazed|惊讶,吃惊,震惊,驚訝,吃驚,震驚
state|scared|afraid,frightened|害怕,恐惧,恐懼
state|lit|lit up,illuminated|点亮,亮着,点燃,點亮,亮著,點燃
state|unlit|extinguished|熄灭,熄滅
state|glowing|luminous|发光,荧光,發光,熒光
state|sparkling|glittering,twinkling,shimmering|闪烁,闪闪发光,闪耀,璀璨,波光粼粼,灿烂,閃爍,閃閃發光,閃耀,燦爛
state|dirty|muddy,stained,dusty|脏,肮脏,污渍,泥泞,髒,骯髒,汙漬,污漬,泥濘
state|clean|spotless,tidy|干净,整洁,乾淨,整潔
state|old|aged,antique,weathered,worn,ancient|旧,老旧,破旧,陈旧,古老,斑驳,风化,舊,老舊,破舊,陳舊,斑駁,風化
state|new||崭新,全新,嶄新
state|ripe||成熟
state|unripe||未成熟
state|sliced|chopped,diced,cut into slices|切片,切开,切碎,切開
state|halved|cut in half,split in half|切成两半,切成兩半
state|peeled|skinned|剥皮,去皮,剝皮
state|splashing|splashed,spraying|飞溅,溅起,四溅,飛濺,濺起,四濺
state|steaming|steamy,hot|冒着热气,热气腾腾,滚烫,冒著熱氣,冒着熱氣,熱氣騰騰,滾燙
state|cold|chilled,ice-cold|冰冷,寒冷
state|fresh||新鲜,新鮮
state|wilted|withered|枯萎,凋谢,凋謝
state|blooming|in bloom,blossoming,flowering|盛开,绽放,开花,盛開,綻放,開花
state|torn|ripped,tattered|撕破,撕裂,破烂,破爛
state|folded||折叠,对折,摺疊,對摺
state|crumpled|wrinkled|皱巴巴,褶皱,皺巴巴,褶皺
state|upside-down|inverted,flipped|倒置,倒立,颠倒,上下颠倒,顛倒,上下顛倒
state|tilted|tilting,leaning,slanted|倾斜,歪斜,斜着,傾斜,斜著
state|toppled|tipped over,knocked over,overturned|倒下,翻倒,倾倒,打翻,傾倒
state|spilled|spilling|洒出,溢出,洒落,灑出,溢位,灑落
state|stacked|piled,piled up|堆叠,叠放,堆着,堆疊,疊放,堆著
state|scattered|sprinkled|散落,散布,撒满,散佈,撒滿
state|hanging||悬挂,挂着,吊着,懸掛,掛著,掛着,吊著
state|tied|knotted|绑着,系着,綁著,綁着,繫著,繫着
state|wrapped||包裹,包着,包著
state|covered|coated|覆盖,盖着,铺满,布满,覆蓋,蓋著,蓋着,鋪滿,佈滿
state|snowy|snow-covered,covered in snow,snow-capped|积雪覆盖,白雪覆盖,白雪皑皑,積雪覆蓋,白雪覆蓋,白雪皚皚
state|rusty|rusted|生锈,锈迹斑斑,铁锈,生鏽,鏽跡斑斑,鐵鏽
state|overgrown|mossy,moss-covered|长满青苔,布满苔藓,長滿青苔,佈滿苔蘚
state|abandoned|deserted|废弃,荒废,被遗弃,廢棄,荒廢,被遺棄
state|boiling||沸腾,沸騰
state|smoking|smoldering|冒烟,冒煙
state|motionless|stationary|静止,一动不动,靜止,一動不動
state|spinning|rotating|旋转,转动,旋轉,轉動
state|blurry|blurred|模糊
state|bent||弯折,彎折
state|crushed|flattened|压扁,压碎,壓扁,壓碎
state|barefoot||赤脚,光脚,赤腳,光腳
state|injured|wounded,bleeding|受伤,流血,受傷
state|anthropomorphic|anthropomorphized,anthropomorphised,personified|拟人,擬人
state|clapping|applauding|鼓掌,拍手
state|dead||死去,死亡
# ---- size ----
size|tiny|miniature,micro,mini|微小,迷你,小小,袖珍,微型,微缩,微縮
size|small|petite,compact|小,小巧
size|little||
size|large|big,sizable|大
size|huge|giant,gigantic,enormous,massive,colossal,oversized,vast,immense|巨大,巨型,庞大,龐大
size|tall|towering|高,高大,高高
size|short||矮,矮小,短
size|long|elongated|长长,修长,细长,長長,修長,細長
size|thin|slender,slim,skinny|纤细,瘦,瘦长,苗条,纖細,瘦長,苗條
size|thick||厚,厚实,粗壮,厚實,粗壯
size|wide|broad|宽,广阔,寬,廣闊
size|narrow||窄,狭窄,狹窄
size|fat|plump,chubby,round-bellied,pot-bellied,portly,rotund,stout|胖,肥胖,圆滚滚,圓滾滾
size|various sizes|different sizes|大小不一,大小各异,大小各異
# ---- texture ----
texture|smooth|sleek,silky|光滑,平滑,顺滑,順滑
texture|rough|coarse,rugged|粗糙,凹凸不平
texture|fluffy|furry,fuzzy,shaggy,hairy,puffy|毛茸茸,毛绒绒,蓬松,毛絨絨,蓬鬆
texture|glossy|shiny,polished,gleaming|光亮,有光泽,光泽,抛光,有光澤,光澤,拋光
texture|matte||哑光,磨砂,啞光
texture|soft||柔软,软绵绵,柔軟,軟綿綿
texture|hard|rigid|坚硬,堅硬
texture|transparent|see-through,crystal-clear|透明,晶莹剔透,清澈,晶瑩剔透
texture|translucent|semi-transparent|半透明
texture|reflective|mirror-like,mirrored|反光
texture|knitted|knit|针织,编织,針織,編織
texture|wooden grain|wood-grain|木纹,木紋
# ---- shape ----
shape|round|circular,rounded|圆,圓
shape|square|square-shaped|方形,正方形
shape|rectangular|rectangle|长方形,矩形,長方形
shape|triangular|triangle-shaped,triangle|三角形,三角
shape|oval|elliptical,egg-shaped|椭圆,橢圓
shape|heart-shaped||心形
shape|star-shaped||星形
shape|spherical|ball-shaped|球形,球状,球狀
shape|cubic|cube-shaped|立方形,方块状,方塊狀
shape|cylindrical||圆柱形,柱状,圓柱形,柱狀
shape|conical|cone-shaped|锥形,圆锥形,錐形,圓錐形
shape|pyramidal|pyramid-shaped|金字塔形
shape|hexagonal|hexagon|六边形,六角形,六邊形
shape|pentagonal|pentagon|五边形,五角形,五邊形
shape|octagonal|octagon|八边形,八角形,八邊形
shape|diamond-shaped|rhombus|菱形
shape|crescent-shaped||月牙形,新月形
shape|curved|curving,arched,arc-shaped|弯曲,弧形,拱形,曲线,彎曲,曲線
shape|spiral|spiraling|螺旋
shape|wavy||波浪形
shape|straight||笔直,直线,筆直,直線
shape|horizontal|horizontally|水平
shape|vertical|vertically|竖直,垂直,豎直
shape|flat||扁,扁平
shape|pointed|pointy|尖尖,尖锐,尖銳,尖鋭
shape|irregular||不规则,不規則
shape|geometric||几何,幾何
# ---- pattern ----
pattern|striped|stripe|条纹,斑马纹,條紋,斑馬紋
pattern|spotted|speckled|斑点,斑點
pattern|polka-dot||波点,圆点,波點,圓點
pattern|checkered|checked,checkerboard,plaid,tartan|格子,棋盘格,方格,格纹,棋盤格,格紋
pattern|floral|flowery|碎花,花卉图案,花卉圖案
pattern|camouflage|camo|迷彩
pattern|leopard print||豹纹,豹紋
pattern|gradient|ombre|渐变,漸變
pattern|embroidered||刺绣,刺繡
pattern|tie-dye||扎染
pattern|patterned|pattern|花纹,纹样,纹路,花紋,紋樣,紋路
pattern|marbled||大理石纹,大理石紋
`;
