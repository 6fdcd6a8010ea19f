// PromptLoss bilingual concept lexicon: styles. Hand-curated data, MIT (see README.md in this folder).
// One entry per line: id|english forms|chinese forms
// Lists inside a field are comma-separated; blank lines and lines starting with # are comments.
export const STYLES = String.raw`
# Visual styles, media, movements and named house styles.
photorealistic|photo-realistic,realistic photo,photograph,photography,photo,hyperrealistic,hyper-realistic,hyperrealism,photorealism,lifelike,realistic,true-to-life,photographic,photojournalism|写实,照片,摄影,写实摄影,超写实,逼真,真实感,实拍,纪实摄影,纪实,寫實,攝影,寫實攝影,超寫實,真實感,實拍,紀實攝影,紀實
watercolor|watercolour,watercolor painting,watercolour painting,aquarelle|水彩,水彩画,水彩风,水彩畫,水彩風
oil painting|oil on canvas,oil paint,impasto,oil-painted|油画,油彩,厚涂,油画风,油畫,厚塗,油畫風
gouache||水粉,水粉画,水粉畫
acrylic painting|acrylic,acrylics|丙烯,丙烯画,丙烯畫
ink wash painting|ink wash,ink painting,sumi-e,chinese ink painting,shuimo,chinese painting,ink and wash|水墨画,水墨,国画,中国画,水墨风,写意,泼墨,水墨畫,國畫,中國畫,水墨風,寫意,潑墨
gongbi|chinese fine-brush painting,meticulous brushwork|工笔,工笔画,工筆,工筆畫
calligraphy|brush calligraphy,chinese calligraphy,calligraphic|书法,毛笔字,书法字,毛笔书法,書法,毛筆字,書法字,毛筆書法
anime|anime-style,japanese animation|动漫,日漫,二次元,日系动漫,動漫,日系動漫
manga|manga-style|日本漫画,少女漫画,日本漫畫,少女漫畫
comic|comic book,comic strip,graphic novel|漫画,连环画,美漫,条漫,漫画风,漫畫,連環畫,條漫,漫畫風
cartoon|cartoonish,cartoony,toon,animated,animation,cartoon-style|卡通,卡通风,动画,动画片,卡通风格,卡通風,動畫,動畫片,卡通風格
chibi|super deformed|萌版
ghibli|studio ghibli,ghibli-style,miyazaki|吉卜力,宫崎骏,宮崎駿
pixar|pixar-style|皮克斯
disney|disney-style|迪士尼
pixel art|8-bit,16-bit,pixelated,pixel style,sprite art|像素,像素风,像素画,像素艺术,畫素,像素風,畫素風,像素畫,畫素畫,像素藝術,畫素藝術
3d render|3d rendering,3d,cgi,rendered,render,unreal engine,c4d,cinema 4d,3d-rendered|三维渲染,渲染,三维,立体渲染,渲染图,建模,三維渲染,三維,立體渲染,渲染圖
claymation|clay animation,clay style,plasticine,clay render,clay art|黏土风,黏土风格,粘土风格,黏土动画,橡皮泥,粘土风,黏土風,黏土風格,粘土風格,黏土動畫,粘土風
stop-motion||定格动画,定格動畫
blind box|designer toy,art toy,vinyl toy,pop mart|盲盒,潮玩,盲盒风格,潮玩风格,盲盒風格,潮玩風格
line art|line drawing,lineart,outline drawing,line work,linework|线稿,线描,白描,线条画,線稿,線描,線條畫
sketch|sketchy,rough sketch,sketchbook|素描,速写,草图,手稿,速寫,草圖
pencil drawing|pencil sketch,graphite,graphite drawing|铅笔画,铅笔素描,鉛筆畫,鉛筆素描
charcoal|charcoal drawing,charcoal sketch|炭笔,炭笔画,木炭画,炭画,炭笔素描,炭筆,炭筆畫,木炭畫,炭畫,炭筆素描
hand-drawn|handdrawn,hand-painted|手绘,手绘风,手工绘制,手繪,手繪風,手工繪製
illustration|illustrated,illustrative|插画,插图,插画风,插畫,插圖,插畫風
picture book|storybook,storybook illustration,picture book illustration,childrens book illustration,childrens book,children's book illustration,children's illustration,children's book|绘本,童书,童书插画,故事书插画,绘本插画,童書,童書插畫,故事書插畫,繪本插畫,儿童绘本,童话绘本,儿童插画,绘本风格,繪本,兒童繪本,童話繪本,兒童插畫,繪本風格
digital art|digital painting,digital illustration,cg illustration|数字艺术,数字绘画,数码绘画,板绘,數字藝術,數字繪畫,數碼繪畫,板繪
concept art|concept design,concept illustration|概念艺术,概念设计,概念图,原画,概念藝術,概念設計,概念圖,原畫
flat illustration|flat design,flat style,flat vector,flat art,flat graphic|扁平化,扁平设计,扁平設計,扁平插画,扁平风,扁平风格,扁平化设计,扁平插图,扁平插畫,扁平風,扁平風格,扁平化設計,扁平插圖
vector|vector art,vector illustration,vector graphic,vector graphics|矢量,矢量图,矢量插画,矢量风,向量,矢量圖,向量圖,矢量插畫,向量插畫,矢量風,向量風
low poly|lowpoly,polygonal|低多边形,低面,低聚,低多邊形
isometric|isometric view,isometric illustration,isometric art,isometric perspective,2.5d|等距,等轴测,等距视角,轴测,等轴测视角,等軸測,等距視角,軸測,等軸測視角
paper cut|papercut,paper cutting,chinese paper cutting,kirigami|剪纸,剪纸艺术,剪纸风,窗花,剪紙,剪紙藝術,剪紙風
origami|papercraft,paper craft,paper art|折纸,纸艺,摺紙,紙藝
woodcut|woodblock,wood engraving,linocut,block print,woodblock print|版画,木刻,木刻版画,版畫,木刻版畫
ukiyo-e|ukiyoe,japanese woodblock print|浮世绘,浮世繪
impressionist|impressionism,impressionistic|印象派,印象主义,印象主義
post-impressionist|post-impressionism,van gogh|后印象派,梵高,梵·高,後印象派
cubism|cubist,picasso|立体主义,立体派,毕加索,立體主義,立體派,畢加索
surrealism|surreal,surrealist,dali|超现实,超现实主义,超现实风格,达利,超現實,超現實主義,超現實風格,達利
abstract|abstract art,abstraction,abstract expressionism|抽象,抽象艺术,抽象画,抽象藝術,抽象畫
pop art|warhol|波普,波普艺术,波普风,波普藝術,波普風
art deco||装饰艺术,装饰风艺术,裝飾藝術,裝飾風藝術
art nouveau|mucha|新艺术运动,穆夏,新藝術運動
baroque||巴洛克
renaissance|renaissance painting,da vinci|文艺复兴,达芬奇,达·芬奇,文藝復興,達芬奇,達·芬奇
gothic|goth,gothic style|哥特,哥特风,哥特風
cyberpunk|cyber-punk,cyberpunk-style|赛博朋克,赛博,賽博朋克,賽博
steampunk||蒸汽朋克
sci-fi|science fiction,scifi,futuristic,futurism|科幻,未来感,未来主义,科幻风,未來感,未來主義,科幻風
fantasy|fantasy art,high fantasy|奇幻,魔幻,奇幻风,奇幻風
minimalist|minimalism,minimal,minimalistic|极简,极简主义,简约,极简风,極簡,極簡主義,簡約,極簡風
vintage|retro,old-fashioned,retro-style,vintage-style,nostalgic,throwback|复古,怀旧,老式,年代感,复古风,復古,懷舊,復古風
film photography|analog photography,film photo,shot on film,35mm film,film grain,analog film,kodachrome,kodak portra|胶片,胶片摄影,菲林,膠片,膠片攝影
polaroid|instant photo,instant film|拍立得,宝丽来,寶麗來
cinematic|film still,movie still,cinematic style,movie scene|电影感,电影质感,电影风格,电影剧照,大片感,电影画面,電影感,電影質感,電影風格,電影劇照,電影畫面
high detail|high resolution,4k,8k,uhd,ultra hd,hd,highly detailed,ultra-detailed,hyper-detailed,intricate details|高清,高分辨率,超高清,超清,细节丰富,高细节,高畫質,高解析度,超高畫質,細節豐富,高細節
graffiti|street art,spray paint,spray-painted|涂鸦,街头艺术,喷漆,塗鴉,街頭藝術,噴漆
diorama|miniature diorama|微缩景观,微缩模型,微缩场景,微縮景觀,微縮模型,微縮場景
video game art|video game,game art,game screenshot,game scene|游戏风,游戏画面,游戏原画,游戏场景,遊戲風,遊戲畫面,遊戲原畫,遊戲場景
chinese style|guofeng,chinese traditional style,oriental style|国风,中国风,古风,中式,国潮,國風,中國風,古風,國潮
japanese style|wafu|日式,和风,和風
holographic|hologram style|全息,镭射,幻彩,鐳射
`;
