language-name = Português
language-name-en = Portuguese
language-direction = ltr
# "native" once a native speaker has reviewed this locale; "unreviewed" until then.
language-review = unreviewed
language-not-reviewed = ainda não revisto por um falante nativo
language-no-voice = sem voz para leitura em voz alta

## Around every step

progress = Passo { $step } de { $total }
practice-mark = Treino: um fornecedor de teste, não o verdadeiro FranceConnect
note-label = Importante:
help-label = Ajuda:
french-label = Em francês:
keys-tui = Setas ou número: escolher · Enter: confirmar · Esc: voltar · ?: ajuda · L: língua · B: duas línguas · F: trocar · Q: sair
keys-input = Enter: confirmar · Esc: voltar · F1: ajuda
keys-input-nir = Enter: verificar · Esc: voltar · F1: ajuda · F2: mostrar ou esconder os algarismos
keys-plain = Escreva um número e depois Enter. Só Enter: a opção proposta. Zero: voltar. h: ajuda. l: língua. q: sair.
keys-short = ?: ajuda · Q: sair
prompt = Escolha
prompt-default = Só Enter: { $choice }
still-waiting = Continuo à espera do regresso do navegador. Pode continuar no navegador ou escrever uma opção.
too-small = A janela é pequena demais. Aumente-a ou execute fcguide --plain.
connected-mark = [FranceConnect ✓] Ligado
help-keys = Teclas: Enter escolhe a opção proposta. Esc, Retrocesso ou zero voltam atrás. L muda a língua sem perder o seu progresso. B mostra uma segunda língua por baixo de cada texto; F troca as duas línguas. V lê os passos em voz alta ou para a voz. No modo linha a linha: h para a ajuda; b, f e v como estas teclas.
help-practice = Treino: aqui o fornecedor é um fornecedor de teste neste computador, não o verdadeiro FranceConnect. Nada é enviado ao Estado.
speech-on = Leitura em voz alta: ativada.
speech-off = Leitura em voz alta: desativada.
speech-unavailable = Não está instalado nenhum programa de leitura em voz alta (spd-say ou espeak-ng): o assistente continua sem voz.
more-below = ↓ Continua mais abaixo: tecla Page Down.
more-above = ↑ O início está mais acima: tecla Page Up.
more-choices = ↕ Há mais opções escondidas: teclas de setas.

## Words of the real site

fr-words-button = Identificar-se com FranceConnect
fr-words-choose = Escolha uma conta para se ligar:
fr-words-login = Ligar-se
fr-words-as = Vai ligar-se como:
fr-words-continue = Continuar em { $service }
fr-words-consent = Aceito que o FranceConnect transmita os meus dados ao serviço para me ligar
fr-words-error = Ocorreu um erro
fr-words-code = Erro Y010008
fr-words-what-to-do = O que fazer?
fr-words-back = Voltar a { $service }

## Step 1: language

language-title = Escolha a sua língua
language-body = O assistente fala a sua língua. Também mostra as palavras em francês que vai ver no site verdadeiro.
language-note = O FranceConnect precisa de um número de segurança social francês permanente. Vamos explicar porquê.
help-language = Escolha a língua que lê melhor. Pode mudá-la a qualquer momento com a tecla L. Também pode escrever o início do nome de uma língua para a encontrar.

## Step 2: welcome and prerequisite

welcome-title = O que é o FranceConnect?
welcome-what = O FranceConnect é gratuito: uma só conta para muitos serviços públicos online (impostos, saúde, desemprego…).
welcome-need = Precisa de um número de segurança social permanente: o FranceConnect verifica a sua identidade no registo nacional (RNIPP).
welcome-where = Este número tem 15 algarismos: está no seu cartão Vitale e no seu certificado de direitos (attestation de droits).
welcome-without = Ainda não tem número, ou tem um provisório (começa por 7 ou 8)? O FranceConnect ainda não vai funcionar: pergunte à sua CPAM. Entretanto, use a conta do site.
welcome-note = Sem número de segurança social permanente, a ligação falha. Um número provisório (que começa por 7 ou 8) não chega.
help-welcome = Continuar leva à escolha da conta. Antes pode verificar a forma do seu número: a verificação é feita só neste computador, nada é enviado nem guardado.
choice-continue = Continuar
choice-check-nir = Verificar o meu número de segurança social
choice-check-again = Verificar outro número
choice-back = Voltar
choice-quit = Sair

## Number check

nir-title = Verificar o meu número de segurança social
nir-body = Escreva os 15 algarismos, incluindo os 2 algarismos de controlo do fim. O número fica neste computador: não é enviado, não é guardado e é apagado depois da verificação.
nir-input = Número de segurança social (15 algarismos). Só Enter: saltar.
nir-show-digits = s e depois Enter: mostrar os algarismos
nir-read-back = Escreveu: { $number }
nir-permanent = Este número tem a forma certa e é permanente. O FranceConnect pode funcionar.
nir-permanent-abroad = Este número tem a forma certa e é permanente (pessoa nascida fora de França). O FranceConnect pode funcionar.
nir-temporary = É um número provisório: começa por 7 ou 8. O FranceConnect não vai funcionar com este número. Peça o seu número permanente à CPAM.
nir-wrong-key = Os 2 algarismos de controlo (os 2 últimos) não correspondem ao resto do número. Verifique cada algarismo no seu cartão Vitale.
nir-missing-key = Faltam os 2 algarismos de controlo: acrescente os 2 últimos algarismos (estão no seu cartão Vitale, depois dos 13 primeiros).
nir-malformed = Isto não tem a forma de um número de segurança social. São precisos 15 caracteres; o primeiro é 1 ou 2 (7 ou 8 para um número provisório).
nir-note = O número permanente começa por 1 ou 2. É esse que o registo nacional conhece.
nir-note-temporary = Com um número provisório, o FranceConnect vai mostrar uma página «Une erreur s’est produite» com «Erreur Y010008». Não é culpa sua: é preciso esperar pelo número permanente.
help-nir = A verificação só olha para a forma do número e os seus 2 algarismos de controlo. Não diz se já está no registo.

## Step 3: choose an identity provider

idp-title = Escolher uma conta
idp-body = Tem de ter já uma conta num destes sites. Escolha uma.
idp-after-not-me = Disse que a identidade mostrada não era a sua. Foi apagada. Escolha outra conta ou peça ajuda.
idp-note = O que conta: a sua identidade tem de estar no registo nacional. Entra-se nele com um número de segurança social permanente.
help-idp = Escolha o site onde já tem utilizador e palavra-passe. Se não tiver nenhum, o mais simples é muitas vezes ameli.fr (seguro de saúde) ou impots.gouv.fr. Ajuda esta pessoa como profissional? Nunca escreva a palavra-passe dela no lugar dela: é ela que a escreve. Para agir em nome dela, existe o Aidants Connect.
idp-impots-who = Qualquer pessoa que declara os seus rendimentos em França. É preciso o número fiscal.
idp-ameli-who = Qualquer pessoa coberta pelo seguro de saúde francês. É preciso o número de segurança social.
idp-laposte-who = Adultos com um documento de identidade francês ou uma autorização de residência. É preciso um telemóvel.
idp-msa-who = Pessoas seguradas na mutualidade social agrícola (setor agrícola).
idp-france-identite-who = Pessoas com o novo cartão de identidade francês e um telemóvel compatível.
idp-yris-who = Adultos com um documento de identidade. É preciso um telemóvel.
idp-trustme-who = Adultos com um documento de identidade. É preciso um telemóvel e a aplicação TrustMe.

## Plain mode

plain-invalid = Não percebi. Escreva um número de 1 a { $max }, ou só Enter.
input-hidden = O que escreve não é mostrado.
choice-default = predefinida

