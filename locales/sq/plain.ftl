# Plain mode (line by line) and the language picker by ear.

# Keys that work in plain mode (its help says only these).
plain-help-keys = Tastet: shkruani numrin e një zgjedhjeje, pastaj Enter. Vetëm Enter merr zgjedhjen e propozuar. 0 ju kthen mbrapa. l ndryshon gjuhën pa humbur atë që keni bërë. b tregon një gjuhë të dytë nën çdo tekst; f i ndërron dy gjuhët. v i lexon hapat me zë, ose e ndal zërin. q — dil.
# Said when "s" shows the digits of the social security number, or hides them again.
plain-digits-shown = Tani shifrat do të shfaqen ndërsa shkruani.
plain-digits-hidden = Shifrat janë përsëri të fshehura.
# Said before the browser opens to end the FranceConnect session ("This is not me", sign out).
plain-logout-opens = Shfletuesi hapet tani për t'ju shkëputur nga FranceConnect.

# Each language's name in this language, first on its row of the picker (its own name follows).
language-in-ar = Arabisht
language-in-bn = Bengalisht
language-in-en = Anglisht
language-in-es = Spanjisht
language-in-fa-af = Dari
language-in-ff-latn = Pular
language-in-fr = Frëngjisht
language-in-ht = Kreolisht haitiane
language-in-ka = Gjeorgjisht
language-in-kmr = Kurdisht kurmanxhi
language-in-ln = Lingala
language-in-ps = Pashto
language-in-pt = Portugalisht
language-in-ru = Rusisht
language-in-so = Somalisht
language-in-sq = Shqip
language-in-ti = Tigrinja
language-in-tr = Turqisht
language-in-uk = Ukrainisht
language-in-ur = Urdu
language-in-ta = Tamilisht
language-in-zh-hans = Kinezisht (e thjeshtuar)
# The plain picker by ear: how to choose, the list itself under h.
plain-picker-how = Shkruani shkronjat e para të emrit të gjuhës suaj, shqip ose në gjuhën tuaj, pastaj Enter. h: lista e { $count } gjuhëve, me numra.
