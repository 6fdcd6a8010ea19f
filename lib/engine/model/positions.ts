// PromptLoss bilingual concept lexicon: positions. Hand-curated data, MIT (see README.md in this folder).
// One entry per line: id|english forms|chinese forms
// Lists inside a field are comma-separated; blank lines and lines starting with # are comments.
export const POSITIONS = String.raw`
# Positions in the frame. Phrases are listed whole (the engine does not strip "on the/in the/at the").
# note: Chinese 左边/右边/前面/后面… also appear in relations.ts: "X的左边" is a relation, a bare "左边是X" a frame position; the engine decides by construction.
left|on the left,to the left,the left,left side,on the left side,the left side,left-hand side,on the left-hand side,leftmost,far left,on the far left,at the far left,at the left,in the left,left half,left part,left edge|左,左边,左侧,左面,左方,左手边,最左边,最左侧,最左,靠左,左半边,左半部分,画面左侧,画面左边,画面左方,左邊,左側,左手邊,最左邊,最左側,左半邊,畫面左側,畫面左邊,畫面左方
right|on the right,to the right,the right,right side,on the right side,the right side,right-hand side,on the right-hand side,rightmost,far right,on the far right,at the far right,at the right,in the right,right half,right part,right edge|右,右边,右侧,右面,右方,右手边,最右边,最右侧,最右,靠右,右半边,右半部分,画面右侧,画面右边,画面右方,右邊,右側,右手邊,最右邊,最右側,右半邊,畫面右側,畫面右邊,畫面右方
center|centre,middle,the middle,in the middle,in the center,in the centre,at the center,at the centre,central,centered,centred,centrally,dead center,center of the frame,middle of the frame,center of the image,middle of the image,center of the composition|中间,中央,正中,居中,中心,正中间,画面中央,画面中间,画面中心,画面正中,中部,中間,正中間,畫面中央,畫面中間,畫面中心,畫面正中
top|at the top,the top,top of the frame,top of the image,top of the picture,upper part,upper half,upper area,upper portion,top half,top portion,top section,top edge,along the top|顶部,顶端,最上方,最上面,最上端,画面上方,画面顶部,画面上部,上部,上半部,上半边,頂部,頂端,畫面上方,畫面頂部,畫面上部,上半邊
bottom|at the bottom,the bottom,bottom of the frame,bottom of the image,bottom of the picture,lower part,lower half,lower area,lower portion,bottom half,bottom portion,bottom section,bottom edge,along the bottom|底部,底端,最下方,最下面,最下端,画面下方,画面底部,画面下部,下部,下半部,下半边,畫面下方,畫面底部,畫面下部,下半邊
top-left|upper-left,top-left corner,upper-left corner|左上角,左上方,左上,左上侧,左上側
top-right|upper-right,top-right corner,upper-right corner|右上角,右上方,右上,右上侧,右上側
bottom-left|lower-left,bottom-left corner,lower-left corner|左下角,左下方,左下,左下侧,左下側
bottom-right|lower-right,bottom-right corner,lower-right corner|右下角,右下方,右下,右下侧,右下側
foreground|in the foreground,the foreground,at the front,in front,closest to the viewer,closest to the camera,nearest the camera,near the camera|前景,前景中,近处,近景,画面前方,最前面,最前方,近處,畫面前方
background|in the background,the background,far back,in the far background,distance,in the distance,the distance,backdrop,far away,far off,distant|背景,背景中,背景里,远处,远景,远方,后景,远远,背景上,背景裡,背景裏,遠處,遠景,遠方,後景,遠遠
edge|at the edge,on the edge,along the edge,border,margin,periphery,corner,in the corner,at the corner,in a corner|边缘,角落,边角,画面边缘,画面角落,一角,边沿,邊緣,邊角,畫面邊緣,畫面角落,邊沿
`;
