# Plain mode (line by line) and the language picker by ear.

# Keys that work in plain mode (its help says only these).
plain-help-keys = Bişkok: hejmara bijarekê binivîsin, paşê Enter. Tenê Enter bijara pêşniyarkirî hildibijêre. 0 vedigere. l zimên diguherîne, û hûn cihê xwe winda nakin. b di bin her nivîsê de zimanekî duyem nîşan dide; f cihê herdu zimanan diguherîne. v gavan bi deng dixwîne, an dengê radiwestîne. q rawestîne.
# Said when "s" shows the digits of the social security number, or hides them again.
plain-digits-shown = Niha dema hûn dinivîsin hejmar wê xuya bibin.
plain-digits-hidden = Hejmar dîsa veşartî ne.
# Said before the browser opens to end the FranceConnect session ("This is not me", sign out).
plain-logout-opens = Gerok niha vedibe da ku hûn ji FranceConnect derkevin.

# Each language's name in this language, first on its row of the picker (its own name follows).
language-in-ar = Erebî
language-in-bn = Bengalî
language-in-en = Îngilîzî
language-in-es = Spanî
language-in-fa-af = Derî
language-in-ff-latn = Pular
language-in-fr = Fransî
language-in-ht = Kreyolî ya Haîtîyê
language-in-ka = Gurcî
language-in-kmr = Kurmancî
language-in-ln = Lingala
language-in-ps = Peştû
language-in-pt = Portugalî
language-in-ru = Rûsî
language-in-so = Somalî
language-in-sq = Albanî
language-in-ti = Tigrînya
language-in-tr = Tirkî
language-in-uk = Ukraynî
language-in-ur = Urdû
language-in-ta = Tamîlî
language-in-zh-hans = Çînî (hêsankirî)
# The plain picker by ear: how to choose, the list itself under h.
plain-picker-how = Tîpên pêşîn ên navê zimanê xwe binivîsin, bi kurmancî an bi zimanê xwe, paşê Enter. h: lîsteya { $count } zimanan, bi hejmar.
