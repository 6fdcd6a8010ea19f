// PromptLoss bilingual concept lexicon: relations. Hand-curated data, MIT (see README.md in this folder).
// One entry per line: id|english forms|chinese forms|type|inverse   (type: spatial, action)
// Lists inside a field are comma-separated; blank lines and lines starting with # are comments.
export const RELATIONS = String.raw`
# Relations between two objects. English forms are whole phrases as written; the engine matches the longest phrase.
# note: "sitting on/standing on/lying on" are forms of "on" (the posture itself is a state in attributes.ts); "inside" is folded into "in".
# note: Chinese verb + 在 (坐在, 站在, 躺在) is left to the postposition that follows (上, 里, 旁边); the verb is a state.
left of|to the left of,on the left of,on the left side of,to the left side of,at the left of,on the left-hand side of,to the left-hand side of|左边,左侧,左面,左方,左手边,左邊,左側,左手邊|spatial|right of
right of|to the right of,on the right of,on the right side of,to the right side of,at the right of,on the right-hand side of,to the right-hand side of|右边,右侧,右面,右方,右手边,右邊,右側,右手邊|spatial|left of
above|over,higher than,hovering above,floating above,high above,directly above|上方,上空,之上,正上方|spatial|below
below|lower than,directly below,down below|下方,之下,正下方|spatial|above
on|on top of,atop,upon,onto,resting on,placed on,set on,sitting on,standing on,lying on,perched on,laid on,sits on,stands on,rests on,lies on,perches on,mounted on,balanced on|上,上面,上边,顶上,上邊,頂上|spatial|under
under|underneath,beneath,below the surface of|下,下面,下边,底下,下邊|spatial|on
in|inside,within,into,inside of|里,里面,里边,内,内部,中,之中,当中,裏,裡,裏面,裡面,裏邊,裡邊,內,內部,當中|spatial|containing
containing|contains,filled with,full of|装着,盛着,装有,里面有,内有,裝着,裝著,盛著,裝有,裏面有,裡面有,內有|spatial|in
behind|in back of,at the back of,to the rear of,at the rear of|后面,后方,后边,背后,身后,后头,後面,後方,後邊,背後,身後,後頭|spatial|in front of
in front of|ahead of,at the front of|前面,前方,前边,跟前,面前,前头,前邊,前頭|spatial|behind
next to|beside,alongside,adjacent to,right next to,close beside,at the side of,by the side of,side by side with,on the side of|旁边,边上,旁,身边,身旁,一旁,隔壁,挨着,紧挨着,并排,旁侧,旁邊,邊上,身邊,挨著,緊挨着,緊挨著,並排,旁側|spatial|next to
near|nearby,close to,near to,not far from,in the vicinity of,close by|附近,不远处,邻近,近旁,不遠處,鄰近|spatial|near
between|in between|之间,之間|spatial|
among|amongst,amid,amidst,in the midst of|丛中,叢中|spatial|
around|surrounding,encircling,circling,all around|周围,四周,环绕,围绕,围着,绕着,环绕着,周圍,環繞,圍繞,圍着,圍著,繞着,繞著,環繞着,環繞著|spatial|surrounded by
surrounded by|encircled by,ringed by,enclosed by|被包围,被环绕,被围绕,被围着,簇拥,被包圍,被環繞,被圍繞,被圍着,被圍著,簇擁|spatial|around
across|across from,opposite,opposite to,on the other side of,on the opposite side of|对面,对岸,另一边,另一侧,对侧,對面,對岸,另一邊,另一側,對側|spatial|across
through|passing through,going through|穿过,穿越,透过,穿透,穿梭,穿過,透過|spatial|
along||沿着,顺着,沿著,順着,順著|spatial|
leaning against|leaning on,propped against,propped up against,resting against,leans against|靠着,倚着,斜靠,靠在,倚靠,倚在,靠著,倚著|spatial|
hanging from|hanging on,hung on,hung from,suspended from,dangling from,hangs from,hangs on|挂在,悬挂在,吊在,悬在,挂于,掛在,懸掛在,懸在,掛於|spatial|
reflected in|mirrored in|倒映在,映在,倒映,映照在|spatial|
holding|holds,grasping,gripping,clutching,grabbing,holding up|拿着,握着,手持,手拿,手握,举着,捧着,攥着,抓着,手里拿着,手中拿着,拿著,握著,舉着,舉著,捧著,攥著,抓著,手裏拿着,手裡拿著,手中拿著|action|
carrying|carries,hauling,toting,lugging|背着,扛着,提着,拎着,驮着,携带,搬着,揹着,揹著,扛著,提著,拎著,馱着,馱著,攜帶,搬著|action|
riding|rides,riding on,on horseback|骑着,骑,骑在,騎着,騎著,騎,騎在|action|
driving|drives,behind the wheel of,piloting|驾驶,驾着,駕駛,駕着,駕著|action|
wearing|wears,dressed in,clad in,donning|穿着,戴着,身穿,穿,戴,头戴,身着,披着,穿著,戴著,頭戴,身著,披著|action|
eating|eats,munching,chewing,biting into,feeding on,nibbling on|吃,吃着,啃,啃着,品尝,咀嚼,享用,喫,喫着,吃著,啃著,品嚐|action|
drinking|drinks,sipping|喝,喝着,啜饮,饮用,喝著,啜飲,飲用|action|
looking at|looks at,gazing at,staring at,watching,observing,looking toward,peering at,glancing at,looking up at,looking down at|看着,注视,凝视,盯着,望着,看向,观察,仰望,眺望,注视着,凝视着,看著,注視,凝視,盯著,望著,觀察,注視着,注視著,凝視着,凝視著|action|
facing|faces,turned toward,oriented toward|面向,面对,朝向,朝着,对着,面對,朝著,對着,對著|action|
chasing|chases,running after,pursuing|追,追着,追逐,追赶,追著,追趕|action|
hugging|hugs,embracing,cuddling,snuggling with|拥抱,抱着,搂着,依偎,擁抱,抱著,摟着,摟著|action|
playing with|plays with,toying with|玩,玩耍,玩着,逗,嬉戏,玩著,嬉戲|action|
playing|plays,strumming,performing on|弹奏,弹着,演奏,吹奏,彈奏,彈着,彈著|action|
reading|reads|阅读,读,翻阅,閱讀,閲讀,讀,翻閱,翻閲|action|
throwing|throws,tossing|扔,抛,投掷,扔出,拋,投擲|action|
catching|catches|接住|action|
kicking|kicks|踢,踢着,踢著|action|
pushing|pushes|推,推着,推著|action|
pulling|pulls,dragging,towing|拉着,拖着,牵着,拽着,拉著,拖著,牽着,牽著,拽著|action|
feeding|feeds|喂,喂食,投喂,餵食,投餵|action|
petting|stroking,patting|抚摸,摸着,轻抚,撫摸,摸著,輕撫|action|
touching|touches|触碰,触摸,碰着,轻触,觸碰,觸摸,觸控,碰著,輕觸|action|
kissing|kisses|亲吻,吻,親吻|action|
climbing|climbs,scaling|爬,攀爬,攀登,爬上|action|
pointing at|pointing to,points at,points to|指着,指向,指著|action|
talking to|talking with,speaking with,chatting with|交谈,聊天,说话,交談,說話,説話|action|
following|follows|跟着,跟随,尾随,跟著,跟隨,尾隨|action|
cutting|cuts,slicing|切着,切割,切著|action|
cooking|cooks|烹饪,做饭,炒菜,烹飪,做飯|action|
watering|waters|浇水,浇灌,澆水,澆灌|action|
`;
