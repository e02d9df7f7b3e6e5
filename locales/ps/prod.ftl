## Production (issue 20): the answer pasted from the service's registered https page, and the service's name
error-config-redirect-address = د راستنېدو پته (--redirect-uri) سمه نه ده.
error-config-redirect-address-next = هغه پته کټ مټ ورکړئ چې د دې خدمت لپاره ثبت شوې: د integration لپاره، پر دې کمپیوټر یوه پته له ثابت پورټ سره (http://localhost:8400/callback)؛ د production لپاره، د خدمت یوه https پاڼه، د هغه پر خپل ډومین نوم.
error-config-loopback-production = FranceConnect په production کې پر دې کمپیوټر د راستنېدو پتې (localhost, 127.0.0.1) ردوي: براوزر به د Y030007 پر تېروتنه ودرېږي.
error-config-loopback-production-next = په FranceConnect کې د خدمت یوه https پاڼه، د هغه پر خپل ډومین نوم، چې خپله پته ښيي، ثبت کړئ (fcguide relay-page دا پاڼه ورکوي)، بیا یې له --redirect-uri سره ورکړئ. د دې کمپیوټر پتې یوازې په integration کې کار کوي.
cli-bad-service-name = د خدمت نوم سم نه دی: { $word }. هغه نوم چې په FranceConnect کې ثبت شوی، په ساده متن، تر 100 تورو پورې ورکړئ.
choice-paste = د خدمت د پاڼې پته دلته ولګوئ
auth-paste-when = له « Continuer sur { $service } » وروسته، براوزر د { $service } پاڼې ته رسېږي چې یوه پته ښيي. هغه کاپي کړئ، بیا یې په لومړي انتخاب دلته ولګوئ.
paste-title = د خدمت د پاڼې پته دلته ولګوئ
paste-body = د { $service } پر پاڼه ټوله ښودل شوې پته کاپي کړئ (په { $page } پیلېږي)، دلته یې ولګوئ او Enter کېکاږئ. یوازې Enter شاته ځي.
paste-input = پته:
paste-problem-too-long = دا متن د پاڼې د پتې لپاره ډېر اوږد دی.
paste-problem-control = په دې متن کې کنټرولي توري شته: دا پته نه ده.
paste-problem-not-an-address = دا پته نه ده. ټوله پته له پیله کاپي کړئ.
paste-problem-other-page = دا د خدمت د پاڼې پته نه ده. د هغې پاڼې پته کاپي کړئ چې براوزر له FranceConnect وروسته ورته ورسېد.
paste-problem-no-answer = په دې پته کې د FranceConnect ځواب نشته. لومړی په براوزر کې ننوتل پای ته ورسوئ، بیا د هغې پاڼې پته کاپي کړئ چې ورته ورسېد.
paste-problem-other-attempt = دا پته له بل ننوتلو (یوې زړې ټب) څخه ده. هغه ټب وکاروئ چې وروستی پرانیستل شوی، یا له سره پیل وکړئ.
help-paste = په production کې، FranceConnect براوزر د خدمت پاڼې ته بېرته لېږي، نه دې کمپیوټر ته. هغه پاڼه خپله پته د کاپي کولو له تڼۍ سره ښيي. دلته یې ولګوئ: زه یې ګورم او یوازې یو ځل یې کاروم.
