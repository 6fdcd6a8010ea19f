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
material|wooden|wood,timber,wood-made,woodgrain|木,木制,木头,实木,木頭,實木
material|bamboo|bamboo-made,made of bamboo|竹,竹制,竹编,竹編
material|wicker|rattan,woven straw|藤编,藤制,柳编,草编,藤編,藤製,柳編,草編
material|metal|metallic,metal-made|金属,金属制,金屬
material|steel||钢铁,钢制,不锈钢,钢材,鋼鐵,鋼製,不鏽鋼,鋼材
material|iron||铁,铁制,铸铁,熟铁,鐵,鑄鐵,熟鐵
material|copper||铜,紫铜,铜制,銅,紫銅
material|bronze||青铜,青銅
material|brass||黄铜,黃銅
material|pure gold|solid gold,gold-plated|黄金,纯金,金质,金制,镀金,黃金,純金,金質,鍍金
material|sterling silver|pure silver,silver-plated|纯银,银质,银制,镀银,純銀,銀質,銀製,鍍銀
material|aluminum|aluminium|铝,铝制,铝合金,鋁,鋁合金
material|chrome|chromed,chrome-plated|铬,镀铬,鉻,鍍鉻
material|glass|glassy|玻璃,玻璃制
material|stained glass||彩色玻璃,彩绘玻璃,花窗玻璃,彩繪玻璃
material|crystal|crystalline|水晶,晶体,晶體
material|plastic||塑料,塑胶,塑膠
material|rubber||橡胶,橡膠
material|stone|stony|石,石制
material|marble||大理石,汉白玉,漢白玉
material|concrete|cement|混凝土,水泥
material|brick||砖,砖块,红砖,砖石,磚,磚塊,紅磚,磚石
material|ceramic|ceramics,earthenware|陶瓷,陶,陶制
material|porcelain|blue-and-white porcelain|瓷,白瓷,青花瓷
material|clay|terracotta|黏土,粘土,陶土,泥塑
material|paper|paper-made,made of paper|纸质,纸制,纸做,紙質,紙製,紙做
material|cardboard||纸板,硬纸板,瓦楞纸,紙板,硬紙板,瓦楞紙
material|leather||皮革,真皮,皮质,皮制,皮質,皮製
material|fabric|textile|布艺,布料,织物,面料,布制,布藝,織物
material|cotton||棉,纯棉,棉布,純棉
material|silk|silken,satin|丝绸,真丝,绸缎,缎面,丝质,絲綢,真絲,綢緞,緞面,絲質
material|wool|woolen,woollen|羊毛,毛线,毛呢,呢子,毛線
material|denim||牛仔布,丹宁,丹寧
material|velvet|velour|天鹅绒,丝绒,天鵝絨,絲絨
material|lace||蕾丝,蕾絲
material|ice||冰,冰雕,冰晶
material|jade||玉,玉石,翡翠
material|wax||蜡,蠟
# ---- state ----
state|bitten|with a bite,bite mark,bite taken out,bite missing,nibbled|咬过,被咬,咬痕,咬了一口,缺了一口,啃过,牙印,咬過,啃過
state|half-eaten|partially eaten|吃了一半,吃剩,啃了一半
state|rotten|rotting,decaying,decayed,moldy,mouldy,spoiled,putrid|腐烂,腐败,发霉,霉变,烂掉,烂透,腐爛,腐敗,發黴,黴變,爛掉,爛透
state|wet|water droplet,droplet,dewy,damp,covered in water,moist,soaked,drenched,dripping,dripping wet,rain-soaked|湿,水珠,带水珠,水滴,湿透,沾水,挂着水珠,潮湿,溼,濕,帶水珠,溼透,濕透,掛著水珠,掛着水珠,潮溼,潮濕
state|dry|dried,parched,dried-out|干燥,干枯,晒干,干瘪,风干,干涸,乾燥,乾枯,曬乾,乾癟,風乾,乾涸
state|broken|shattered,smashed,busted,damaged,in pieces|破碎,碎,碎裂,打碎,摔碎,破损,损坏,破裂,碎掉,破損,損壞
state|cracked|crackled,fissured|裂开,裂纹,裂缝,龟裂,开裂,裂痕,有裂痕,裂開,裂紋,裂縫,龜裂,開裂
state|melting|melted,molten|融化,熔化,消融,化开,化開
state|burning|on fire,ablaze,aflame,flaming|燃烧,着火,燃着,起火,熊熊燃烧,燃燒,著火,燃著,熊熊燃燒
state|frozen|icy,ice-covered,frosted,frosty|冰冻,冻住,结冰,冰封,冻结,结霜,冰凍,凍住,結冰,凍結,結霜
state|open|opened,ajar,wide open|打开,开着,敞开,张开,翻开,半开,打開,開啟,開著,開着,敞開,張開,翻開,半開
state|closed|shut|关着,关闭,闭合,合上,紧闭,合着,關著,關着,關閉,閉合,緊閉,合著
state|empty|vacant|空荡荡,空空,空着,空无一物,空空如也,空蕩蕩,空著,空無一物
state|full|filled,brimming,filled to the brim|装满,满满,盛满,灌满,满是,裝滿,滿滿,盛滿,灌滿,滿是
state|half-full|half-filled,half-empty|半满,半杯,装了一半,一半满,半滿,裝了一半,一半滿
state|falling|tumbling,mid-fall,toppling,dropping,plummeting|掉落,坠落,落下,下落,跌落,坠下,飘落,墜落,墜下,飄落
state|flying|in flight,soaring,airborne,mid-flight|飞,飞行,飞舞,翱翔,飞着,展翅,飛,飛行,飛舞,飛著,飛着
state|floating|hovering,levitating,suspended,drifting,weightless|漂浮,悬浮,浮在,飘浮,悬停,失重,浮空,飘在,懸浮,飄浮,懸停,飄在
state|sleeping|asleep,napping,dozing,slumbering|睡觉,睡着,熟睡,沉睡,打盹,酣睡,入睡,睡覺,睡著
state|awake||醒着,睁着眼,醒著,睜著眼,睜着眼
state|eyes closed|closed eyes,with closed eyes|闭着眼,闭眼,闭上眼睛,双目紧闭,閉著眼,閉着眼,閉眼,閉上眼睛,雙目緊閉
state|running|sprinting,jogging,dashing,galloping|奔跑,跑,飞奔,疾驰,狂奔,飛奔,疾馳
state|walking|strolling,striding|走,走路,行走,散步,漫步,踱步
state|jumping|leaping,hopping,mid-jump|跳,跳跃,跃起,蹦,腾空,一跃而起,跳躍,躍起,騰空,一躍而起
state|dancing||跳舞,舞蹈,起舞,翩翩起舞
state|swimming||游泳,游动,畅游,遊動,暢遊
state|sitting|seated|坐,坐着,端坐,坐下,坐著
state|standing|upright,standing up|站,站着,站立,伫立,矗立,挺立,站著,佇立
state|lying|lying down,reclining,lounging|躺,躺着,躺下,卧,趴,趴着,平躺,侧卧,躺著,臥,趴著,側臥,側卧
state|kneeling||跪,跪着,单膝跪地,跪坐,跪著,單膝跪地
state|squatting|crouching|蹲,蹲着,蹲下,蹲著
state|smiling|grinning,beaming,with a smile|微笑,笑,笑着,露出笑容,面带微笑,笑容,咧嘴笑,笑著,面帶微笑
state|laughing||大笑,哈哈大笑,欢笑,歡笑
state|crying|weeping,tearful,in tears,sobbing|哭,流泪,哭着,落泪,泪流满面,流淚,哭著,落淚,淚流滿面
state|angry|furious,enraged|生气,愤怒,发怒,恼怒,生氣,憤怒,發怒,惱怒
state|sad|sorrowful,unhappy,melancholy,gloomy|悲伤,难过,伤心,忧伤,沮丧,悲傷,難過,傷心,憂傷,沮喪
state|happy|joyful,cheerful,delighted,joyous|开心,高兴,快乐,欢乐,喜悦,愉快,開心,高興,快樂,歡樂,喜悅
state|surprised|shocked,astonished,amazed|惊讶,吃惊,震惊,惊奇,驚訝,吃驚,震驚,驚奇
state|scared|afraid,frightened,terrified|害怕,恐惧,惊恐,恐懼,驚恐
state|lit|lit up,illuminated,switched on,turned on|点亮,亮着,点燃,点着,點亮,亮著,點燃,點著,點着
state|unlit|switched off,turned off,extinguished|熄灭,没点亮,关着灯,熄滅,沒點亮,關著燈,關着燈
state|glowing|luminous,radiant,light-emitting|发光,发着光,散发光芒,荧光,夜光,發光,發著光,發着光,散發光芒,熒光
state|sparkling|glittering,twinkling,shimmering,glistening,sparkly|闪烁,闪闪发光,闪亮,亮晶晶,闪耀,璀璨,熠熠生辉,波光粼粼,灿烂,閃爍,閃閃發光,閃亮,閃耀,熠熠生輝,燦爛
state|dirty|grimy,muddy,stained,filthy,dusty|脏,肮脏,污渍,泥泞,满是灰尘,布满灰尘,髒,骯髒,汙漬,污漬,泥濘,滿是灰塵,佈滿灰塵
state|clean|spotless,tidy,pristine|干净,洁净,整洁,一尘不染,乾淨,潔淨,整潔,一塵不染
state|old|aged,antique,weathered,worn,worn-out,ancient,timeworn|旧,老旧,破旧,陈旧,古老,古旧,斑驳,风化,饱经风霜,舊,老舊,破舊,陳舊,古舊,斑駁,風化,飽經風霜
state|new||崭新,全新,新买,嶄新,新買
state|ripe||成熟,熟透
state|unripe||未成熟,青涩,青澀
state|sliced|chopped,diced,cut into slices|切片,切开,切好,切成片,切块,切碎,切開,切塊
state|halved|cut in half,split in half|切成两半,对半切,一分为二,切成兩半,對半切,一分為二
state|peeled|skinned|剥皮,去皮,剥开,剥了皮,剝皮,剝開,剝了皮
state|splashing|splashed,spraying|飞溅,溅起,四溅,泼洒,水花四溅,飛濺,濺起,四濺,潑灑,水花四濺
state|steaming|steamy,hot|冒着热气,冒热气,热气腾腾,冒着蒸汽,滚烫,冒著熱氣,冒着熱氣,冒熱氣,熱氣騰騰,冒著蒸汽,滾燙
state|cold|chilled,ice-cold|冰冷,冰凉,寒冷,冰涼
state|fresh|freshly picked|新鲜,鲜嫩,新鮮,鮮嫩
state|wilted|withered,drooping|枯萎,凋谢,凋零,蔫,枯死,凋謝
state|blooming|in bloom,blossoming,flowering|盛开,绽放,开花,怒放,盛開,綻放,開花
state|torn|ripped,tattered,shredded|撕破,撕裂,破烂,破洞,撕碎,褴褛,破爛,襤褸
state|folded|creased|折叠,叠好,折起,对折,摺疊,疊好,對摺
state|crumpled|wrinkled|皱巴巴,揉皱,褶皱,起皱,皺巴巴,揉皺,褶皺,起皺
state|upside-down|inverted,flipped|倒置,倒立,颠倒,倒过来,上下颠倒,倒挂,顛倒,倒過來,上下顛倒,倒掛
state|tilted|tilting,leaning,slanted,askew|倾斜,歪斜,斜着,歪着,傾斜,斜著,歪著
state|toppled|tipped over,knocked over,overturned,fallen over|倒下,翻倒,倾倒,打翻,倒在地上,傾倒
state|spilled|spilling,spilt|洒出,溢出,洒了,洒落,灑出,溢位,灑了,灑落
state|stacked|piled,piled up|堆叠,叠放,堆着,层叠,叠在一起,摞,堆疊,疊放,堆著,層疊,疊在一起
state|scattered|strewn,sprinkled|散落,散布,四散,撒满,零散,散佈,撒滿
state|hanging|dangling|悬挂,挂着,吊着,垂挂,懸掛,掛著,掛着,吊著,垂掛
state|tied|knotted|绑着,系着,捆着,打结,綁著,綁着,繫著,繫着,捆著,打結
state|wrapped|gift-wrapped|包裹,包着,包好,裹着,包著,裹著
state|covered|coated,blanketed|覆盖,盖着,铺满,布满,覆蓋,蓋著,蓋着,鋪滿,佈滿
state|snow-covered|snowy,covered in snow,snowcapped,snow-capped|积雪覆盖,白雪覆盖,被雪覆盖,覆雪,白雪皑皑,積雪覆蓋,白雪覆蓋,被雪覆蓋,白雪皚皚
state|rusty|rusted,corroded|生锈,锈迹斑斑,锈蚀,铁锈,锈迹,生鏽,鏽跡斑斑,鏽蝕,鐵鏽,鏽跡
state|overgrown|mossy,moss-covered,vine-covered|长满青苔,布满苔藓,杂草丛生,爬满藤蔓,長滿青苔,佈滿苔蘚,雜草叢生,爬滿藤蔓
state|abandoned|deserted,derelict|废弃,荒废,被遗弃,遗弃,廢棄,荒廢,被遺棄,遺棄
state|boiling||沸腾,滚开,沸騰,滾開
state|smoking|smoldering,smouldering|冒烟,冒着烟,冒煙,冒著煙,冒着煙
state|motionless|stationary,unmoving|静止,一动不动,纹丝不动,靜止,一動不動,紋絲不動
state|spinning|rotating,whirling|旋转,转动,飞转,旋轉,轉動,飛轉
state|blurry|blurred|模糊,朦胧,朦朧
state|bent|warped|弯折,折弯,彎折,折彎
state|crushed|squashed,flattened|压扁,压碎,碾碎,壓扁,壓碎
state|barefoot|barefooted|赤脚,光脚,光着脚,赤腳,光腳,光著腳,光着腳
state|injured|wounded,bleeding|受伤,流血,受傷
state|dead|lifeless|死去,死亡,已死
# ---- size ----
size|tiny|miniature,minuscule,teeny,itty-bitty,micro,mini|微小,迷你,小小,袖珍,微型,极小,很小,微缩,極小,微縮
size|small|little,petite,compact,smaller|小,小巧,较小,較小
size|large|big,sizable,sizeable,larger,bigger|大,较大,很大,較大
size|huge|giant,gigantic,enormous,massive,colossal,immense,oversized,humongous,mammoth-sized|巨大,巨型,庞大,硕大,超大,巨大无比,极大,庞然大物,龐大,碩大,巨大無比,極大,龐然大物
size|tall|towering,lofty|高,高大,高高
size|short|stubby,squat|矮,矮小,短,短小,矮胖,矮矮
size|long|lengthy,elongated|长长,修长,很长,细长,狭长,長長,修長,很長,細長,狹長
size|thin|slender,slim,skinny|纤细,细细,瘦,瘦长,苗条,纤瘦,薄薄,纖細,細細,瘦長,苗條,纖瘦
size|thick|chunky,bulky|厚,厚厚,厚实,粗壮,粗大,厚實,粗壯
size|wide|broad|宽,宽大,广阔,辽阔,寬,寬大,廣闊,遼闊
size|narrow||窄,狭窄,狹窄
size|fat|plump,chubby,rotund|胖,肥胖,圆滚滚,肥嘟嘟,圓滾滾
size|various sizes|different sizes,varying sizes,assorted sizes|大小不一,大小各异,大小不同,大小不等,大小各異
# ---- texture ----
texture|smooth|sleek,silky|光滑,平滑,顺滑,丝滑,光洁,順滑,絲滑,光潔
texture|rough|coarse,rugged,gritty|粗糙,粗粝,凹凸不平,粗糲
texture|fluffy|furry,fuzzy,shaggy,downy,hairy,puffy|毛茸茸,毛绒绒,毛绒,蓬松,绒绒,毛絨絨,毛絨,蓬鬆,絨絨
texture|glossy|shiny,polished,lustrous,gleaming,lacquered|光亮,有光泽,光泽,抛光,锃亮,油亮,亮面,亮闪闪,有光澤,光澤,拋光,鋥亮,亮閃閃
texture|matte|matt,non-reflective|哑光,磨砂,亚光,雾面,啞光,亞光,霧面
texture|soft|squishy,cushy|柔软,软绵绵,松软,软软,柔軟,軟綿綿,鬆軟,軟軟
texture|hard|rigid|坚硬,硬邦邦,堅硬
texture|transparent|see-through,crystal-clear|透明,晶莹剔透,剔透,通透,清澈,晶瑩剔透
texture|translucent|semi-transparent,semitransparent|半透明
texture|reflective|mirror-like,mirrored|反光,如镜,镜面般,如鏡,鏡面般
texture|knitted|knit,crocheted|针织,编织,钩织,針織,編織,鉤織,鈎織
texture|wooden grain|wood-grain|木纹,木紋
# ---- shape ----
shape|round|circular,rounded,disc-shaped,disk-shaped|圆,圆圆,浑圆,圓,圓圓,渾圓
shape|square|square-shaped,squared|方形,正方形,四方,方方正正
shape|rectangular|oblong,rectangle|长方形,矩形,长方,長方
shape|triangular|triangle-shaped,triangle|三角形,三角
shape|oval|elliptical,egg-shaped,ellipse|椭圆,蛋形,橢圓
shape|heart-shaped||心形,爱心形,心型,愛心形
shape|star-shaped||星形,五角星形,星星形状,星星形狀
shape|spherical|ball-shaped,globular|球形,球状,圆球形,球狀,圓球形
shape|cubic|cube-shaped,cuboid,boxy,blocky|立方形,方块状,方块形,方塊狀,方塊形
shape|cylindrical|cylinder-shaped|圆柱形,圆筒形,柱状,圓柱形,圓筒形,柱狀
shape|conical|cone-shaped|锥形,圆锥形,錐形,圓錐形
shape|pyramidal|pyramid-shaped|金字塔形,棱锥形,稜錐形
shape|hexagonal|hexagon|六边形,六角形,六邊形
shape|pentagonal|pentagon|五边形,五角形,五邊形
shape|octagonal|octagon|八边形,八角形,八邊形
shape|diamond-shaped|rhombic,rhombus|菱形
shape|crescent-shaped||月牙形,新月形
shape|curved|curving,arched,arc-shaped|弯曲,弧形,拱形,弯弯,曲线,彎曲,彎彎,曲線
shape|spiral|spiraling,spiralling,helical|螺旋
shape|wavy|undulating|波浪形,波浪状,波浪狀
shape|straight||笔直,直线,筆直,直線
shape|flat||扁,扁平
shape|pointed|pointy|尖尖,尖顶,尖锐,尖头,尖頂,尖銳,尖鋭,尖頭
shape|irregular|irregularly shaped|不规则,不規則
shape|geometric|geometrical|几何,幾何
# ---- pattern ----
pattern|striped|stripy,stripe,pinstriped,banded,zebra-striped|条纹,斑马纹,横条纹,竖条纹,條紋,斑馬紋,橫條紋,豎條紋
pattern|spotted|speckled,spotty|斑点,有斑点,斑斑点点,斑點,有斑點,斑斑點點
pattern|polka-dot|polka-dotted|波点,圆点,波尔卡圆点,波點,圓點,波爾卡圓點
pattern|checkered|checked,chequered,checkerboard,plaid,tartan,gingham|格子,棋盘格,方格,格纹,格子呢,苏格兰格,棋盤格,格紋,蘇格蘭格
pattern|floral|flowery,flower-patterned,floral-print|碎花,花卉图案,花朵图案,花卉圖案,花朵圖案
pattern|camouflage|camo|迷彩
pattern|leopard print||豹纹,豹紋
pattern|gradient|ombre,ombré|渐变,漸變
pattern|embroidered||刺绣,绣花,刺繡,繡花
pattern|tie-dye|tie-dyed|扎染
pattern|marbled||大理石纹,大理石紋
`;
