# Plain mode (line by line) and the language picker by ear.

# Keys that work in plain mode (its help says only these).
plain-help-keys = Teclas: escreva o número de uma opção e depois Enter. Enter sozinho escolhe a opção proposta. 0 volta atrás. l muda a língua sem perder o seu progresso. b mostra uma segunda língua por baixo de cada texto; f troca as duas línguas. v lê os passos em voz alta ou para a voz. q para sair.
# Said when "s" shows the digits of the social security number, or hides them again.
plain-digits-shown = Agora os algarismos serão mostrados enquanto escreve.
plain-digits-hidden = Os algarismos voltam a estar escondidos.
# Said before the browser opens to end the FranceConnect session ("This is not me", sign out).
plain-logout-opens = O navegador abre-se agora para o desligar do FranceConnect.

# Each language's name in this language, first on its row of the picker (its own name follows).
language-in-ar = Árabe
language-in-bn = Bengali
language-in-en = Inglês
language-in-es = Espanhol
language-in-fa-af = Dari
language-in-ff-latn = Pular (fula)
language-in-fr = Francês
language-in-ht = Crioulo haitiano
language-in-ka = Georgiano
language-in-kmr = Curdo kurmanji
language-in-ln = Lingala
language-in-ps = Pashto
language-in-pt = Português
language-in-ru = Russo
language-in-so = Somali
language-in-sq = Albanês
language-in-ti = Tigrínia
language-in-tr = Turco
language-in-uk = Ucraniano
language-in-ur = Urdu
language-in-ta = Tâmil
language-in-zh-hans = Chinês (simplificado)
# The plain picker by ear: how to choose, the list itself under h.
plain-picker-how = Escreva as primeiras letras do nome da sua língua, em português ou na sua língua, e depois Enter. h: a lista das { $count } línguas, numeradas.
