# Issue 23: another program on this computer took part in the sign-in or sign-out.
error-intruder = Yon lòt pwogram sou òdinatè sa a te eseye patisipe nan koneksyon an. Mwen rete l: pa gen okenn idantite ki parèt.
error-intruder-next = Eseye ankò: yon nouvo koneksyon ap kòmanse. Si sa rive ankò, sèvi ak yon lòt òdinatè epi di moun ki okipe òdinatè sa a.
notice-intruder = Yon lòt pwogram sou òdinatè sa a te eseye patisipe nan dekoneksyon an. Mwen rete l: fèmen navigatè a pou fini.
