## Step 4: authenticate in the browser

auth-title = Konekte nan navigatè a
auth-failed-title = Koneksyon an pa t reyisi
auth-starting = M ap prepare koneksyon an…
auth-opened = Navigatè a louvri. Retounen isit la apre.
auth-not-opened = Navigatè a pa t louvri. Louvri adrès sa a nan yon navigatè sou òdinatè sa a:
auth-no-browser = Louvri adrès sa a nan yon navigatè sou òdinatè sa a:
auth-no-display = Pa gen navigatè grafik isit la. Louvri adrès sa a nan yon navigatè sou òdinatè sa a, pa egzanp yon navigatè tèks:
auth-ssh = Ou konekte ak òdinatè sa a a distans (SSH). De fason pou kontinye: louvri adrès la nan yon navigatè sou òdinatè sa a; oswa, sou pwòp òdinatè pa ou, tape kòmand ki anba a, epi louvri adrès la nan navigatè ou.
auth-in-browser = Nan navigatè a: chwazi { $idp }, tape idantifyan ou ak modpas ou, epi « Se connecter ».
auth-timed-out = Tan ki te prevwa a pase, men ou ka fini nan navigatè a toujou. Si ou bezwen plis tan, chwazi “Plis tan”.
auth-checking = Navigatè a tounen. M ap verifye idantite ou…
auth-note = FranceConnect pral chèche idantite ou nan rejis nasyonal la. Avèk yon nimewo pwovizwa, li p ap jwenn li.
auth-note-register = Rezon ki pi souvan: ou poko gen yon nimewo sekirite sosyal pèmanan. Ou ka verifye nimewo ou: chwazi “Verifye nimewo sekirite sosyal mwen”.
help-auth = Navigatè a montre paj FranceConnect yo. Si anyen pa louvri, kopye adrès ki parèt la. Ou ka mande plis tan otan fwa ou bezwen.
help-auth-failed = Chak chwa di sa li fè. Eseye ankò louvri navigatè a ankò. Pou konprann yon paj erè FranceConnect, tape kòd li. Pou ekri FranceConnect: bouton « Contactez-nous » ki sou paj erè li, oswa sit aide.franceconnect.gouv.fr.
choice-reopen = Louvri navigatè a ankò
choice-more-time = Plis tan ({ $minutes ->
       *[other] { $minutes } minit anplis
    })
notice-more-time = Dakò: { $minutes ->
       *[other] { $minutes } minit anplis.
    }
notice-more-time-until = Dakò: { $minutes ->
       *[other] { $minutes } minit anplis
    }, jiska { $time }.
notice-reopened = Navigatè a louvri ankò sou paj koneksyon an.
notice-not-reopened = Navigatè a pa t louvri. Louvri adrès la ou menm.
choice-cancel = Anile epi retounen nan chwa kont lan
choice-retry = Eseye ankò
choice-other-idp = Chwazi yon lòt kont
choice-read-code = Tape kòd paj erè FranceConnect la
choice-code-again = Tape yon lòt kòd
code-title = Kisa paj FranceConnect la te di?
code-body = Si paj la te di « Une erreur s’est produite », tape kòd ki ekri apre « Erreur » (pa egzanp Y010008). Si pa t gen kòd, peze Enter sèlman.
code-input = Kòd paj la (pa egzanp Y010008). Enter sèlman: pa gen kòd.
code-read = Kòd { $code }:
code-note = Kòd sa a ede sèvis èd FranceConnect ak CPAM ou konprann sa ki te pase. Ekri l yon kote. Pou ekri FranceConnect: bouton « Contactez-nous » ki sou paj erè li, oswa sit aide.franceconnect.gouv.fr.
help-code = Kòd la sou paj erè FranceConnect la, apre mo « Erreur ». Li kòmanse ak Y, epi omwen 6 chif oswa lèt apre l (egzanp Y010008 oswa Y04EA6EF). Anyen ou tape pa voye okenn kote.
code-y010008 = FranceConnect pa t jwenn idantite ou nan rejis nasyonal la (RNIPP). Se pa fòt ou.
code-y010008-next = Rezon ki pi souvan: ou poko gen yon nimewo sekirite sosyal pèmanan (yon nimewo pwovizwa, ki kòmanse ak 7 oswa 8, oswa yon dosye ki poko fini). Mande CPAM ou ki kote nimewo pèmanan ou ye. Pandan w ap tann, sèvi ak kont sit la li menm. Si nimewo ou deja pèmanan, kontakte FranceConnect ak kòd sa a.
code-y010004 = Rejis nasyonal la jwenn yon idantite ki sanble ak sa ki nan kont ou a, men li pa sanble ase.
code-y010004-next = Enfòmasyon idantite ou yo pa menm nan kont ou ak nan rejis la (non, prenon, dat oswa kote ou fèt). Kontakte FranceConnect ak kòd sa a pou yo korije yo.
code-y010006 = Rejis nasyonal la jwenn plizyè idantite ki ka pou ou.
code-y010006-next = Fòk yo korije enfòmasyon ou yo. Kontakte FranceConnect ak kòd sa a.
code-y010007 = Rejis nasyonal la jwenn ou sèlman ak non ou itilize chak jou (pa egzanp non mari ou oswa non madanm ou).
code-y010007-next = Fòk yo korije enfòmasyon ou yo. Kontakte FranceConnect ak kòd sa a.
code-register-technical = Rejis nasyonal la pa t ka reponn: se yon pwoblèm teknik, se pa fòt ou.
code-register-technical-next = Eseye ankò pita. Si sa kontinye, kontakte FranceConnect ak kòd sa a.
code-y010015 = Rejis nasyonal la pa pèmèt koneksyon ak idantite sa a ankò.
code-y010015-next = Kontakte FranceConnect ak kòd sa a: ekip la ap gade sitiyasyon ou avè ou.
code-y030007 = Demann sèvis la te voye a pa t kòrèk. Se pa fòt ou.
code-y030007-next = Se yon pwoblèm nan reglaj sèvis la (oswa nan asistan sa a). Siyale l bay sèvis la ak kòd sa a.
code-y190001 = Sesyon an fini oswa li pa valab ankò: koneksyon an te pran twòp tan, oswa paj la te rete louvri twò lontan.
code-y190001-next = Fèmen onglè FranceConnect la, epi rekòmanse: chwazi Eseye ankò.
code-unknown = Mwen pa konnen kòd sa a.
code-unknown-next = Verifye l sou paj la (Y epi omwen 6 chif oswa lèt). Si li bon, kontakte FranceConnect ak kòd sa a.
code-none = Paj la pa t montre okenn kòd: petèt ou te retounen dèyè anvan ou konekte.
code-none-next = Ou ka eseye ankò, oswa chwazi yon lòt kont.

## Step 5: confirm

confirm-title = Verifye idantite ou
confirm-body = Gade byen si idantite sa a se pou ou.
confirm-given = Prenon: { $value }
confirm-family = Non lè ou fèt: { $value }
confirm-birthdate = Dat ou fèt: { $value }
months = janvye, fevriye, mas, avril, me, jen, jiyè, out, septanm, oktòb, novanm, desanm
confirm-birthplace = Kote ou fèt: kòd komin { $code }
confirm-born-abroad = Kote ou fèt: andeyò Lafrans (peyi { $country })
confirm-continue = Sou vrè sit la, dènye paj sa a montre non ou yo ak yon bouton ble. Ansyen gid yo rele l « Bienvenue ».
confirm-consent = Gen kèk sèvis ki mande ou make yon ti kare anvan.
confirm-wrong = Se pa ou? Chwazi “Se pa mwen”: idantite a efase.
confirm-note = Idantite sa a soti nan rejis nasyonal la, gras a nimewo sekirite sosyal pèmanan ou.
help-confirm = Gade chak liy. Si tout bagay kòrèk, valide. Anyen pa anrejistre sou òdinatè sa a. Gen yon enfòmasyon ki pa bon? Kontakte òganis kont ou te itilize a. FranceConnect voye yon imèl ba ou sèlman si yon koneksyon sanble pa nòmal.
choice-confirm-yes = Wi, se mwen
choice-not-me = Se pa mwen

## Step 6: done

done-title = Ou konekte ak FranceConnect
done-title-logged-out = Ou dekonekte nan FranceConnect
done-connected = Koneksyon an konfime.
done-logged-out = Ou dekonekte nan FranceConnect.
done-services = Sèvis ki aksepte FranceConnect yo nan lis sa a:
done-help = Ou bezwen èd? Yon biwo France Services toupre lakay ou ka ede ou.
done-note = Kenbe nimewo sekirite sosyal pèmanan ou: ou bezwen l chak fwa ou konekte.
help-done = Fini fèmen asistan an. Dekonekte fèmen sesyon FranceConnect lan nan navigatè a tou. Ou bezwen èd? Yon biwo France Services toupre lakay ou ka ede ou.
choice-finish = Fini
choice-logout = Dekonekte nan FranceConnect
end-connected = Asistan an fini: ou konekte.
end-failed = Asistan an fini: koneksyon an pa t reyisi.
end-cancelled = Asistan an fini.
