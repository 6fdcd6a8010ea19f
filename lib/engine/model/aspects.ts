// PromptLoss bilingual concept lexicon: aspects. Hand-curated data, MIT (see README.md in this folder).
// One entry per line: id|english forms|chinese forms|ratio (canonical W:H or empty)
// Lists inside a field are comma-separated; blank lines and lines starting with # are comments.
export const ASPECTS = String.raw`
# Format and orientation words. Numeric ratios (16:9, 9:16, 3比4) are parsed by the engine's regex, not listed here.
# note: bare "portrait", "landscape", "vertical", "square" are not listed (genre, scenery, stripes, shape); poster and banner are ALSO objects (text carriers) in objects.ts, on purpose.
square|square format,square image,square aspect ratio,square aspect,square canvas,square composition,square frame,in square,square crop,square layout|正方形构图,方形构图,方图,正方形画幅,方形画幅,正方形比例,正方形尺寸,正方形構圖,方形構圖,方圖,正方形畫幅,方形畫幅|1:1
portrait|portrait orientation,portrait format,portrait mode,portrait aspect,portrait aspect ratio,portrait layout,in portrait,vertical format,vertical orientation,vertical image,vertical composition,vertical layout,vertical frame,tall image,tall format|竖版,竖图,竖构图,竖幅,竖向,纵向,竖画幅,竖屏,豎版,豎圖,豎構圖,豎幅,豎向,縱向,豎畫幅,豎屏|
landscape|landscape orientation,landscape format,landscape mode,landscape aspect,landscape aspect ratio,landscape layout,in landscape,horizontal format,horizontal orientation,horizontal image,horizontal composition,horizontal layout,horizontal frame|横版,横图,横构图,横向,横画幅,横屏,橫版,橫圖,橫構圖,橫向,橫畫幅,橫屏|
panorama|panoramic,panoramic view,panoramic shot,panoramic image,360-degree panorama,360 panorama|全景,全景图,宽幅全景,全景照片,全景圖,寬幅全景|
widescreen|wide-screen,widescreen format,wide format|宽屏,宽银幕,宽幅,寬屏,寬銀幕,寬幅|16:9
cinemascope|ultrawide format,ultra-wide format,anamorphic widescreen,ultrawide aspect|超宽屏,超宽画幅,超寬屏,超寬畫幅|21:9
phone wallpaper|mobile wallpaper,iphone wallpaper,lock screen,lockscreen,smartphone wallpaper,phone background,mobile background|手机壁纸,手机锁屏,锁屏壁纸,手机背景图,手機壁紙,手機桌布,手機鎖屏,鎖屏壁紙,鎖屏桌布,手機背景圖|9:16
instagram story|story format,instagram reel,reels,tiktok,vertical video,story post|抖音,竖屏视频,快手视频,短视频,豎屏視頻,豎屏影片,快手視頻,快手影片,短視頻,短影片|9:16
xiaohongshu cover|xiaohongshu,rednote|小红书,小紅書|3:4
desktop wallpaper|desktop background,computer wallpaper,pc wallpaper|电脑壁纸,桌面壁纸,電腦壁紙,電腦桌布,桌面壁紙,桌面桌布|16:9
youtube thumbnail|video thumbnail,thumbnail|视频封面,缩略图,視頻封面,影片封面,縮略圖,縮圖|16:9
presentation slide|powerpoint slide,slide deck|幻灯片,演示文稿,幻燈片,簡報|16:9
banner|header image,banner image,twitter header,youtube banner|网页横幅,横幅广告,网站横幅,网页头图,头图,網頁橫幅,橫幅廣告,網站橫幅,網頁頭圖,頭圖|
poster|movie poster,poster design,film poster|海报,电影海报,海报设计,宣传海报,海報,電影海報,海報設計,宣傳海報|
album cover|album art,record cover|专辑封面,唱片封面,專輯封面|1:1
`;
