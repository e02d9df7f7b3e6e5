## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = د مسلکي کسانو لپاره د Aidants Connect ویب پاڼه:

## Printable sheet

sheet-title = FranceConnect، ګام په ګام
sheet-intro = د FranceConnect پاڼې یوازې په فرانسوي دي. دا یې دقیقې کلمې دي، د ژباړې سره. هېڅکله خپل پټنومونه دلته مه لیکئ.
sheet-bring-title = څه باید درسره وي
sheet-bring-card = ستاسو د Vitale کارت یا د روغتیا بیمې د حقونو سند (attestation de droits).
sheet-bring-account = په یوه له دې ویب پاڼو کې ستاسو د حساب کارن نوم او پټنوم:
sheet-bring-email = خپل برېښنالیک ته لاسرسی: ستاسو د حساب ویب پاڼه کېدای شي هلته درته ولیکي.
sheet-steps-title = ګامونه
sheet-step-start-title = د خدمت په ویب پاڼه کې
sheet-step-start = دا آبي تڼۍ ومومئ او کلیک پرې وکړئ:
sheet-step-login = د ټاکل شوي حساب په پاڼه کې، خپل کارن نوم او پټنوم پخپله ولیکئ، بیا کلیک وکړئ پر:
sheet-codes-title = که FranceConnect تېروتنه وښيي
sheet-codes-intro = هغه کوډ ولیکئ چې له « Erreur » وروسته دی، او کله چې مرسته غواړئ ورکړئ یې. مانا یې:
sheet-help-title = مرسته له کومه ترلاسه کړئ
sheet-help-cpam = ستاسو د روغتیا بیمې صندوق (CPAM): که ستاسو شمېره په 7 یا 8 پیلېږي، یا ستاسو دوسیه لا روانه ده.
sheet-help-contact = FranceConnect: د هغې د تېروتنې په پاڼه کې « Contactez-nous » (له موږ سره اړیکه ونیسئ) لینک. د تېروتنې کوډ ورکړئ.
sheet-helper-title = د مرسته کوونکي لپاره
sheet-helper-password = هېڅکله د هغه کس پټنوم مه لیکئ، حتی د مرستې لپاره: هغه یې پخپله لیکي.
sheet-helper-aidants = د هغه په نوم د کار کولو لپاره، یو روزل شوی مسلکي کس Aidants Connect کاروي، د هغه واکلیک سره چې هغه کس یې لاسلیکوي:
sheet-words-aidants = ایا تاسو مسلکي مرستندوی یاست؟ Aidants Connect وکاروئ
