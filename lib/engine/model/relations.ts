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
below|lower than,directly below|下方,之下,正下方|spatial|above
on|on top of,atop,upon,onto,resting on,sitting on,standing on,lying on|上,上面,上边,顶上,上邊,頂上|spatial|under
under|underneath,beneath,below the surface of|下,下面,下边,底下,下邊|spatial|on
in|inside,within,into,inside of|里,里面,里边,内,中,之中,当中,裡,裏,裡面,裏面,裡邊,裏邊,內,當中|spatial|containing
containing|contains,filled with,full of|装着,盛着,装有,里面有,内有,裝著,裝着,盛著,裝有,裡面有,裏面有,內有|spatial|in
behind|in back of,at the back of,to the rear of,at the rear of|后面,后方,后边,背后,身后,后头,後面,後方,後邊,背後,身後,後頭|spatial|in front of
in front of|ahead of,at the front of|前面,前方,前边,跟前,面前,前头,前邊,前頭|spatial|behind
next to|beside,alongside,adjacent to,right next to,close beside,at the side of,by the side of,side by side with,on the side of|旁边,边上,旁,身边,身旁,一旁,隔壁,挨着,紧挨着,并排,旁侧,旁邊,邊上,身邊,挨著,緊挨著,緊挨着,並排,旁側|spatial|next to
near|nearby,close to,near to,not far from,in the vicinity of,close by|附近,不远处,邻近,近旁,不遠處,鄰近|spatial|near
between|in between|之间,之間|spatial|
among|amongst,amid,amidst,in the midst of|丛中,叢中|spatial|
around|surrounding,encircling,circling|周围,四周,环绕,围绕,围着,绕着,环绕着,周圍,環繞,圍繞,圍著,圍着,繞著,繞着,環繞著,環繞着|spatial|surrounded by
surrounded by|encircled by,ringed by,enclosed by|被包围,被环绕,被围绕,被围着,簇拥,被包圍,被環繞,被圍繞,被圍著,被圍着,簇擁|spatial|around
across|across from,opposite,opposite to,on the other side of,on the opposite side of|对面,对岸,另一边,另一侧,对侧,對面,對岸,另一邊,另一側,對側|spatial|across
through||穿过,穿越,透过,穿透,穿梭,穿過,透過|spatial|
leaning against|leaning on,propped against,propped up against,resting against,leans against|靠着,倚着,斜靠,靠在,倚靠,倚在,靠著,倚著|spatial|
hanging from|hanging on,hung on,hung from,suspended from,dangling from,hangs from,hangs on|挂在,悬挂在,吊在,悬在,挂于,掛在,懸掛在,懸在,掛於|spatial|
holding|holds,grasping,gripping,clutching,grabbing,holding up|拿着,握着,手持,手拿,手握,举着,捧着,攥着,抓着,手里拿着,手中拿着,拿著,握著,舉著,舉着,捧著,攥著,抓著,手裡拿著,手裏拿着,手中拿著|action|
carrying|carries,hauling,toting,lugging|背着,扛着,提着,拎着,驮着,携带,搬着,揹著,揹着,扛著,提著,拎著,馱著,馱着,攜帶,搬著|action|
riding|rides,riding on,on horseback|骑着,骑,騎著,騎着,騎|action|
driving|drives,behind the wheel of,piloting|驾驶,驾着,駕駛,駕著,駕着|action|
wearing|wears,dressed in,clad in,donning|穿着,戴着,身穿,穿,戴,头戴,身着,披着,穿著,戴著,頭戴,身著,披著|action|
eating|eats,munching,chewing,biting into,feeding on,nibbling on|吃,吃着,啃,啃着,品尝,咀嚼,享用,吃著,啃著,品嚐|action|
drinking|sipping|喝,喝着,啜饮,饮用,喝著,啜飲,飲用|action|
looking at|looks at,gazing at,staring at,watching,observing,looking toward,peering at,glancing at,looking up at,looking down at|看着,注视,凝视,盯着,望着,看向,观察,仰望,眺望,注视着,凝视着,看著,注視,凝視,盯著,望著,觀察,注視著,注視着,凝視著,凝視着|action|
facing|turned toward,oriented toward|面向,面对,朝向,朝着,对着,面對,朝著,對著,對着|action|
chasing|chases,running after,pursuing|追,追着,追著|action|
hugging|hugs,embracing,cuddling,snuggling with|拥抱,抱着,搂着,依偎,擁抱,抱著,摟著,摟着|action|
playing with|plays with,toying with|玩,玩着,逗,嬉戏,玩著,嬉戲|action|
playing|plays,strumming,performing on|弹奏,弹着,演奏,吹奏,彈奏,彈著,彈着|action|
reading|reads|阅读,读,翻阅,閱讀,閲讀,讀,翻閱,翻閲|action|
throwing|throws,tossing|扔,抛,投掷,扔出,拋,投擲|action|
feeding|feeds|喂,喂食,投喂,餵食,投餵|action|
touching|touches|触碰,触摸,碰着,轻触,觸碰,觸摸,觸控,碰著,輕觸|action|
climbing|climbs,scaling|爬,攀爬,攀登,爬上|action|
pointing at|pointing to,points at,points to|指着,指向,指著|action|
`;
