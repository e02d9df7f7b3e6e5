## The platform's codes (issue 20): what each means and what to do; registration codes speak to the service's administrator

code-y010009 = ملي ثبت غوښتنه رد کړه: هغه هویتي معلومات یې ونه منل چې ستاسو ټاکل شوي حساب لېږلي وو. دا کومه خرابي نه ده.
code-y010009-next = یو ځل بیا هڅه وکړئ. که همدا کوډ بیا راغی، بل حساب وټاکئ، یا د دې کوډ سره FranceConnect ته اړیکه ونیسئ چې ستاسو معلومات وګوري.
code-navigation = د براوزر د شاته تګ تڼۍ، یا د یوې پاڼې بیا پرانیستلو، وصل کېدل ودرول.
code-navigation-next = د FranceConnect ټول ټبونه وتړئ، بیا “بیا هڅه وکړئ” وټاکئ. د وصل کېدو پر مهال د براوزر د شاته تګ تڼۍ مه کاروئ.
code-y180001 = FranceConnect ته ستاسو لاسرسی غیرفعال شوی دی.
code-y180001-next = د بیا فعالولو لپاره، د دې کوډ سره FranceConnect ته اړیکه ونیسئ. تر هغه پورې، د سایټ خپل حساب وکاروئ.
code-y100011 = تاسو دا حساب د FranceConnect په خپلو غوره توبونو کې بند کړی دی.
code-y100011-next = بل حساب وټاکئ، یا دا حساب د FranceConnect په خپلو غوره توبونو کې بیا اجازه کړئ، بیا هڅه وکړئ.
code-idp-off = دا حساب اوس د دې خدمت لپاره نه شي کارېدای: غیرفعال دی، یا دا خدمت یې نه مني.
code-idp-off-next = بل حساب وټاکئ.
code-y04ea6ef = FranceConnect دا خدمت نه پېژني (د هغه پېژندنه، client id، نامعلومه ده). دا د خدمت د نوم لیکنې تېروتنه ده، ستاسو نه.
code-y04ea6ef-next = تاسو پکې هېڅ نه شئ کولای: دا کوډ خدمت ته ورکړئ. د هغه مدیر لپاره: client id او چاپېریال (integration یا production) وګورئ؛ یو client id یوازې په هغه چاپېریال کې کار کوي چې ورکړی یې دی.
code-y04c013c = د خدمت د راستنېدو پته په FranceConnect کې نه ده لیکل شوې (بل پورټ، بل نوم، یا د https پر ځای http). دا د خدمت د نوم لیکنې تېروتنه ده، ستاسو نه.
code-y04c013c-next = تاسو پکې هېڅ نه شئ کولای: دا کوډ خدمت ته ورکړئ. د هغه مدیر لپاره: په --redirect-uri کې ورکړل شوې پته په سمه توګه ولیکئ، یا لیکل شوې پته ورکړئ.
code-logout-refused = FranceConnect د ناستې د پای ته رسولو لپاره د خدمت غوښتنه رد کړه (د وصل کېدو ثبوت نشته، یا د ناستې له پای وروسته د راستنېدو پته نه ده لیکل شوې).
code-logout-refused-next = د FranceConnect د ناستې د پای ته رسولو لپاره براوزر وتړئ. د خدمت مدیر لپاره: د ناستې له پای وروسته د راستنېدو پته ولیکئ.

## The practice provider, as the platform words its pages

practice-error-technical = یوه تخنیکي تېروتنه وشوه، د خپل براوزر ټب وتړئ او بیا ننوځئ.
practice-error-session = ستاسو ناسته پای ته رسېدلې یا ناسمه ده، د خپل براوزر ټب وتړئ او بیا ننوځئ.
practice-error-communication = د خدمت له برابروونکي سره د اړیکې تېروتنه وشوه. مهرباني وکړئ وروسته بیا هڅه وکړئ.
practice-cancel = لغوه کول
practice-idp-failed = له { $idp } سره وصل کېدل ممکن نه شول. مهرباني وکړئ بیا هڅه وکړئ یا د وصل کېدو بله لاره وټاکئ.
practice-choose-error-doc-title = د حساب د ټاکلو پر مهال تېروتنه

## Cancelling at the provider: the banner on the choice page, explained while waiting

choice-not-possible = پاڼه وايي « La connexion à » … « n’a pas été possible »
notice-not-possible = د FranceConnect دا پاڼه پدې معنا ده چې له { $idp } سره وصل کېدل پای ته ونه رسېدل: تاسو په { $idp } کې لغوه کړل، یا هلته ننوتل ناکام شول. خدمت ته هېڅ نه دي لېږل شوي. زه لا هم انتظار کوم: په هغه پاڼه کې، د بیا هڅې لپاره { $idp } بیا وټاکئ، یا بل حساب.

## A real client's mistakes: the registration, the secret file by its path

error-client-rejected = برابروونکي د خدمت پېژندنه (client id) یا د هغه راز رد کړ.
error-client-rejected-next = ستونزه د خدمت په نوم لیکنه کې ده، نه ستاسو په حساب کې: بیا هڅه به هېڅ بدل نه کړي. هغه client id او راز چې دې پروګرام ته ورکړل شوي، او چاپېریال (integration یا production) وګورئ، یا یې د خدمت له مدیر څخه وغواړئ.
error-config-secret-file-link = د راز فایل ({ $file }) سمبولیک لینک دی: له تعقیبولو یې ډډه کوم.
error-config-secret-file-link-next = راز په همدې ځای کې په یو رښتیني فایل کې کېږدئ، نه په لینک کې، چې یوازې تاسو یې ولوستلای شئ (chmod 600).
