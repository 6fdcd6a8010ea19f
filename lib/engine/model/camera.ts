// PromptLoss bilingual concept lexicon: camera. Hand-curated data, MIT (see README.md in this folder).
// One entry per line: id|english forms|chinese forms
// Lists inside a field are comma-separated; blank lines and lines starting with # are comments.
export const CAMERA = String.raw`
# Shot size, viewpoint, lens and composition. "portrait" is deliberately absent (it is an aspect word).
close-up|closeup,close shot,close-up shot,tight shot,close-up view,close-up photo|特写,特写镜头,近距离,近拍,近距离拍摄,特寫,特寫鏡頭,近距離,近距離拍攝
extreme close-up|extreme closeup,ecu|大特写,极近特写,超特写,大特寫,極近特寫,超特寫
macro|macro shot,macro photography,macro lens,macro photo|微距,微距摄影,微距镜头,微距攝影,微距鏡頭
medium shot|mid shot,waist-up shot,waist up,half-body shot,half body,upper body shot,medium close-up,bust shot,from the waist up|中景,半身照,半身镜头,腰部以上,上半身照,半身鏡頭
wide shot|long shot,establishing shot,wide view,extreme wide shot,extreme long shot,wide establishing shot|全景镜头,大全景,大远景,远景镜头,全景鏡頭,大遠景,遠景鏡頭
full body shot|full body,full-length shot,full length,head to toe,full figure|全身照,全身像,全身镜头,全身鏡頭
top-down|from directly above,from directly overhead,viewed from overhead,seen from overhead,straight down,overhead view,overhead shot,bird's-eye view,birds-eye view,bird's-eye,from above,aerial view,aerial shot,aerial photography,drone shot,flat lay,flatlay,top view,seen from above|俯视,俯拍,鸟瞰,顶视,航拍,俯瞰,俯视图,顶视图,鸟瞰图,平铺拍摄,从上往下,俯視,鳥瞰,頂視,俯視圖,俯檢視,頂視圖,頂檢視,鳥瞰圖,平鋪拍攝,從上往下
high angle|high-angle shot,looking down|高角度,高机位,俯角,高機位
low angle|low-angle shot,worm's-eye view,worms-eye view,from below,looking up,upward angle,seen from below|仰视,仰拍,低角度,仰角,低机位,虫视,仰視,低機位,蟲視
eye-level|eye-level shot,at eye level,straight-on|平视,平拍,水平视角,视平线,平視,水平視角,視平線
side view|profile,profile view,in profile,from the side,side-on,side profile,lateral view|侧面,侧视,侧脸,侧身,侧视图,侧面视角,側面,側視,側臉,側身,側視圖,側檢視,側面視角
front view|frontal view,from the front,head-on,facing the camera,facing the viewer,front-facing|正面,正视,正面视角,正视图,正对镜头,正視,正面視角,正視圖,正檢視,正對鏡頭
back view|rear view,from behind,from the back,seen from behind,back to the camera,back to the viewer|背影,背面,后视,背对镜头,背面视角,後視,背對鏡頭,背面視角
fisheye|fish-eye,fisheye lens,fish-eye lens|鱼眼,鱼眼镜头,魚眼,魚眼鏡頭
telephoto|telephoto lens,long lens,zoom lens|长焦,长焦镜头,远摄,長焦,長焦鏡頭,遠攝
wide angle|wide-angle lens,ultra-wide,ultrawide,ultra-wide-angle|广角,广角镜头,超广角,廣角,廣角鏡頭,超廣角
shallow depth of field|shallow dof,bokeh,blurred background,background blur,blurry background,soft background,depth of field,defocused background|浅景深,虚化,背景虚化,焦外,焦外虚化,景深,淺景深,虛化,背景虛化,焦外虛化
tilt-shift|miniature effect|移轴,移轴摄影,微缩效果,移軸,移軸攝影,微縮效果
dutch angle|dutch tilt,canted angle,tilted angle,oblique angle|荷兰角,倾斜角度,倾斜构图,荷蘭角,傾斜角度,傾斜構圖
over-the-shoulder|ots shot|过肩,过肩镜头,過肩,過肩鏡頭
first-person|pov,point of view,first-person view|第一人称,第一视角,主观视角,第一人稱,第一視角,主觀視角
selfie||自拍
long exposure|light trails|长曝光,慢门,光轨,長曝光,慢門,光軌
motion blur|motion-blurred|动态模糊,运动模糊,動態模糊,運動模糊
symmetrical composition|symmetric composition,symmetry|对称构图,对称,對稱
rule of thirds|thirds composition|三分法,三分构图,三分構圖
`;
