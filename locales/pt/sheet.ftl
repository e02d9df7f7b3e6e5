## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = O site do Aidants Connect, para profissionais:

## Printable sheet
# `fcguide sheet`: a sheet to print and take home. The steps' own messages make
# most of it; these are the words around them. Words between « » are the real
# site's and stay in French in every language.

sheet-title = FranceConnect, passo a passo
sheet-intro = As páginas do FranceConnect estão só em francês. Aqui estão as palavras exatas delas, com a tradução. Nunca escreva aqui as suas palavras-passe.
sheet-bring-title = O que deve ter consigo
sheet-bring-card = O seu cartão Vitale ou o seu certificado de direitos do seguro de saúde (attestation de droits).
sheet-bring-account = O utilizador e a palavra-passe da sua conta num destes sites:
sheet-bring-email = Acesso ao seu endereço de e-mail: o site da sua conta pode escrever-lhe para lá.
sheet-steps-title = Os passos
sheet-step-start-title = No site do serviço
sheet-step-start = Procure este botão azul e clique nele:
sheet-step-login = Na página da conta escolhida, escreva pessoalmente o seu utilizador e a sua palavra-passe e depois clique em:
sheet-codes-title = Se o FranceConnect mostrar um erro
sheet-codes-intro = Tome nota do código escrito depois de «Erreur» e dê-o quando pedir ajuda. O que quer dizer:
sheet-help-title = Onde encontrar ajuda
sheet-help-cpam = A sua caixa do seguro de saúde (CPAM): se o seu número começa por 7 ou 8, ou se o seu processo está em curso.
sheet-help-contact = FranceConnect: o link «Contactez-nous» da página de erro. Dê o código do erro.
sheet-helper-title = Para quem ajuda
sheet-helper-password = Nunca escreva a palavra-passe da pessoa, nem para a ajudar: é ela que a escreve.
sheet-helper-aidants = Para agir em nome dela, um profissional formado usa o Aidants Connect, com um mandato assinado pela pessoa:
# Words of the real site (the choice of account), like the fr-words-* messages.
sheet-words-aidants = Ajuda outras pessoas como profissional? Use o Aidants Connect
