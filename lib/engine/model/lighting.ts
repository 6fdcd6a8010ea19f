// PromptLoss bilingual concept lexicon: lighting. Hand-curated data, MIT (see README.md in this folder).
// One entry per line: id|english forms|chinese forms
// Lists inside a field are comma-separated; blank lines and lines starting with # are comments.
export const LIGHTING = String.raw`
# Light sources, qualities, directions-as-named-setups and times of day. Directions ("from the left") are parsed by the engine with positions.ts.
sunlight|sunshine,sunlit,sun rays,sunbeam,sun-drenched,sunny,sun-kissed,direct sunlight|阳光,日光,太阳光,阳光明媚,阳光照射,烈日当空,陽光,太陽光,陽光明媚,陽光照射,烈日當空
daylight|daytime,during the day,broad daylight,by day|白天,白昼,日间,大白天,白晝,日間
moonlight|moonlit,moonbeam,light of the moon|月光,月色,月光下,月光照耀
candlelight|candlelit,candle light,candle-lit|烛光,烛火,燭光,燭火
lamplight|lamp light,lamp-lit,artificial light,electric light|灯火,人造光,燈火
neon light|neon lighting,neon glow,neon,neon-lit|霓虹,霓虹灯,霓虹灯光,霓虹光,霓虹燈,霓虹燈光
firelight|fire light,glow of the fire,campfire light,firelit|火光,炉火,篝火光,爐火
studio lighting|studio light,softbox,softbox lighting|影棚灯光,棚拍,摄影棚灯光,影棚光,棚内灯光,影棚燈光,攝影棚燈光,棚內燈光
natural light|natural lighting|自然光,自然光线,自然采光,自然光線,自然採光
soft light|soft lighting,gentle light,soft glow,soft illumination,gentle lighting|柔光,柔和光线,柔和光,柔和灯光,光线柔和,柔和光線,柔和燈光,光線柔和
hard light|hard lighting,harsh light,harsh lighting,direct light,strong light|硬光,强光,强烈光线,刺眼光线,強光,強烈光線,刺眼光線
diffuse light|diffused light,diffuse lighting,diffused lighting,scattered light|漫射光,漫反射光,散射光,漫射
backlight|backlit,backlighting,back-lit,back light,back lighting,contre-jour,against the light|逆光,背光
rim light|rim lighting,rim-lit,edge light,edge lighting,kicker light,hair light|轮廓光,边缘光,勾边光,发丝光,輪廓光,邊緣光,勾邊光,髮絲光
side light|side lighting,side-lit,sidelight,sidelit,lit from the side,light from the side|侧光,侧面光,侧逆光,侧面光线,側光,側面光,側逆光,側面光線
top light|top lighting,overhead light,overhead lighting,light from above,lit from above|顶光,顶部光,头顶光,頂光,頂部光,頭頂光
front light|front lighting,frontal light,frontal lighting,lit from the front|顺光,正面光,順光
golden hour|magic hour|黄金时刻,黄金时段,魔幻时刻,黃金時刻,黃金時段,魔幻時刻
blue hour||蓝调时刻,蓝色时刻,藍調時刻,藍色時刻
sunset|sundown,setting sun,at sunset,afterglow,sun sets,sun setting|日落,夕阳,落日,晚霞,夕照,残阳,夕陽,殘陽
dusk|twilight,nightfall,evening,at dusk|黄昏,傍晚,暮色,薄暮,黃昏
sunrise|dawn,daybreak,first light,rising sun,at dawn|日出,黎明,破晓,朝阳,晨曦,拂晓,旭日,破曉,朝陽,拂曉
morning|morning light,morning sun|早晨,清晨,早上,晨光
midday|noon,high noon,midday sun,noon sun|正午,中午
afternoon|afternoon light,afternoon sun|下午,午后,午後
night|at night,nighttime,night-time,night scene,nocturnal,midnight|夜晚,夜景,夜里,晚上,夜间,深夜,夜色,黑夜,午夜,夜,入夜,夜裡,夜裏,夜間
dramatic lighting|dramatic light,theatrical lighting|戏剧性光线,戏剧化光影,戏剧光,戏剧性光影,戲劇性光線,戲劇化光影,戲劇光,戲劇性光影
cinematic lighting|cinematic light,film lighting,movie lighting|电影感光线,电影级灯光,电影光效,电影布光,电影级光影,電影感光線,電影級燈光,電影光效,電影布光,電影級光影
low-key|low-key lighting,dark and moody,moody lighting|暗调,低调光,低调照明,暗黑风格,暗調,低調光,低調照明,暗黑風格
high-key|high-key lighting|高调光,亮调,高调照明,高調光,亮調,高調照明
high contrast|strong contrast,chiaroscuro,stark contrast|高对比,强烈对比,明暗对比,光影对比,明暗对照,高對比,強烈對比,明暗對比,光影對比,明暗對照
volumetric light|volumetric lighting,god rays,crepuscular rays,light shafts,shafts of light,light beams,beams of light|体积光,丁达尔,耶稣光,光束,光柱,體積光,丁達爾,耶穌光
spotlight|spot light,spotlit,stage light,stage lighting,under a spotlight,searchlight|探照灯,聚光灯,追光,舞台灯光,舞台光,探照燈,聚光燈,舞臺燈光,舞台燈光,舞臺光
warm light|warm lighting,warm glow,warm tones,warm-toned,warm color temperature|暖光,暖色光,暖黄光,暖色调,暖调,暖色灯光,暖黃光,暖色調,暖調,暖色燈光
cool light|cool lighting,cold light,cool tones,cool-toned,bluish light,cool color temperature|冷蓝,冷藍,冷光,冷色光,冷色调,冷调,冷色灯光,冷色調,冷調,冷色燈光
ambient light|ambient lighting|环境光,氛围光,環境光,氛圍光
window light|light from the window,light through the window,window lighting|窗光,窗边光线,窗外光线,窗邊光線,窗外光線
overcast|cloudy,cloudy day,overcast sky,gray sky,grey sky|阴天,多云,阴沉,阴霾,陰天,多雲,陰沉,陰霾
hazy|foggy,misty,atmospheric haze,smoky atmosphere|雾蒙蒙,烟雾缭绕,雾气朦胧,云雾缭绕,雾气弥漫,霧濛濛,煙霧繚繞,霧氣朦朧,雲霧繚繞,霧氣瀰漫
dim|dimly lit,dim lighting,low light,darkly lit,dim light,poorly lit|昏暗,幽暗,光线昏暗,暗淡,微暗,黑暗,昏黄,光線昏暗,昏黃
bright|brightly lit,well-lit,bright lighting,bright light|明亮,光线充足,敞亮,亮堂,明媚,光線充足
silhouette|silhouetted|剪影
dappled light|dappled sunlight,dappled,dappled shade|斑驳光影,树影斑驳,光斑,斑駁光影,樹影斑駁
`;
