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

## Step 4: authenticate in the browser

auth-title = Ligar-se no navegador
auth-failed-title = A ligação não foi concluída
auth-starting = Estou a preparar a ligação…
auth-opened = O navegador abriu. Depois, volte aqui.
auth-not-opened = O navegador não abriu. Abra este endereço num navegador deste computador:
auth-no-browser = Abra este endereço num navegador deste computador:
auth-no-display = Aqui não há navegador gráfico. Abra este endereço num navegador deste computador, por exemplo um navegador de texto:
auth-ssh = Está ligado a este computador à distância (SSH). Duas maneiras de continuar: abrir o endereço num navegador deste computador; ou, no seu próprio computador, escrever o comando abaixo e depois abrir o endereço no seu navegador.
auth-in-browser = No navegador: escolha { $idp }, escreva o seu utilizador e a sua palavra-passe e depois «Se connecter».
auth-timed-out = O tempo previsto passou, mas ainda pode terminar no navegador. Se precisar de mais tempo, escolha “Mais tempo”.
auth-checking = O navegador voltou. Estou a verificar a sua identidade…
auth-note = O FranceConnect vai procurar a sua identidade no registo nacional. Com um número provisório, não a vai encontrar.
auth-note-register = Causa mais frequente: ainda não há número de segurança social permanente. Pode verificar o seu número: escolha “Verificar o meu número de segurança social”.
help-auth = O navegador mostra as páginas do FranceConnect. Se nada abrir, copie o endereço mostrado. Pode pedir mais tempo sempre que precisar.
help-auth-failed = Cada opção diz o que faz. Tentar outra vez abre o navegador de novo. Para perceber uma página de erro do FranceConnect, escreva o código dela. Para escrever ao FranceConnect: o botão «Contactez-nous» da página de erro, ou o site aide.franceconnect.gouv.fr.
choice-reopen = Abrir o navegador outra vez
choice-more-time = Mais tempo ({ $minutes ->
        [one] mais { $minutes } minuto
       *[other] mais { $minutes } minutos
    })
notice-more-time = Está bem: { $minutes ->
        [one] mais { $minutes } minuto.
       *[other] mais { $minutes } minutos.
    }
notice-more-time-until = Está bem: { $minutes ->
        [one] mais { $minutes } minuto
       *[other] mais { $minutes } minutos
    }, até às { $time }.
notice-reopened = O navegador voltou a abrir na página de ligação.
notice-not-reopened = O navegador não abriu. Abra o endereço por si.
choice-cancel = Cancelar e voltar à escolha da conta
choice-retry = Tentar outra vez
choice-other-idp = Escolher outra conta
choice-read-code = Escrever o código da página de erro do FranceConnect
choice-code-again = Escrever outro código
code-title = O que dizia a página do FranceConnect?
code-body = Se a página dizia «Une erreur s’est produite», escreva o código que aparece depois de «Erreur» (por exemplo Y010008). Se não havia código, carregue só em Enter.
code-input = Código da página (por exemplo Y010008). Só Enter: sem código.
code-read = Código { $code }:
code-note = Este código ajuda o apoio do FranceConnect e a sua CPAM a perceber o que aconteceu. Tome nota dele. Para escrever ao FranceConnect: o botão «Contactez-nous» da página de erro, ou o site aide.franceconnect.gouv.fr.
help-code = O código está na página de erro do FranceConnect, depois da palavra «Erreur». Começa por Y, seguido de pelo menos 6 algarismos ou letras (por exemplo Y010008 ou Y04EA6EF). Nada do que escreve é enviado.
code-y010008 = O FranceConnect não encontrou a sua identidade no registo nacional (RNIPP). Não é culpa sua.
code-y010008-next = Causa mais frequente: ainda não tem número de segurança social permanente (tem um número provisório, que começa por 7 ou 8, ou o seu processo ainda está em curso). Pergunte à sua CPAM como está o seu número permanente. Entretanto, use a conta própria do site. Se o seu número já é permanente, contacte o FranceConnect com este código.
code-y010004 = O registo nacional encontrou uma identidade parecida com a da sua conta, mas não o suficiente.
code-y010004-next = Os seus dados de identidade são diferentes na sua conta e no registo (apelido, nomes próprios, data ou local de nascimento). Contacte o FranceConnect com este código para os corrigir.
code-y010006 = O registo nacional encontrou várias identidades possíveis para si.
code-y010006-next = É preciso corrigir os seus dados. Contacte o FranceConnect com este código.
code-y010007 = O registo nacional só encontrou a sua identidade com o seu nome de uso (por exemplo, o apelido do cônjuge).
code-y010007-next = É preciso corrigir os seus dados. Contacte o FranceConnect com este código.
code-register-technical = O registo nacional não conseguiu responder: é um problema técnico, não é culpa sua.
code-register-technical-next = Tente mais tarde. Se continuar, contacte o FranceConnect com este código.
code-y010015 = O registo nacional já não permite a ligação com esta identidade.
code-y010015-next = Contacte o FranceConnect com este código: a equipa vai analisar a sua situação consigo.
code-y030007 = O pedido enviado pelo serviço não estava correto. Não é culpa sua.
code-y030007-next = É um problema de configuração do serviço (ou deste assistente). Informe o serviço com este código.
code-y190001 = A sessão expirou ou já não é válida: a ligação demorou demasiado tempo, ou a página ficou aberta demasiado tempo.
code-y190001-next = Feche o separador do FranceConnect e comece de novo: escolha Tentar outra vez.
code-unknown = Não conheço este código.
code-unknown-next = Verifique-o na página (um Y seguido de pelo menos 6 algarismos ou letras). Se estiver certo, contacte o FranceConnect com este código.
code-none = A página não mostrava nenhum código: provavelmente voltou atrás antes de se ligar.
code-none-next = Pode tentar outra vez ou escolher outra conta.

## Step 5: confirm

confirm-title = Verifique a sua identidade
confirm-body = Verifique se esta identidade é a sua.
confirm-given = Nomes próprios: { $value }
confirm-family = Apelido de nascimento: { $value }
confirm-birthdate = Data de nascimento: { $value }
months = janeiro, fevereiro, março, abril, maio, junho, julho, agosto, setembro, outubro, novembro, dezembro
confirm-birthplace = Local de nascimento: código do município { $code }
confirm-born-abroad = Local de nascimento: fora de França (país { $country })
confirm-continue = No site verdadeiro, esta última página mostra os seus nomes e um botão azul. Os guias antigos chamam-lhe «Bienvenue».
confirm-consent = Alguns serviços pedem primeiro que assinale uma caixa.
confirm-wrong = Não é você? Escolha “Não sou eu”: a identidade é apagada.
confirm-note = Esta identidade vem do registo nacional, graças ao seu número de segurança social permanente.
help-confirm = Veja cada linha. Se estiver tudo certo, confirme. Nada é guardado neste computador. Há um dado errado? Contacte o organismo da conta que usou. O FranceConnect só lhe envia um e-mail se uma ligação parecer fora do habitual.
choice-confirm-yes = Sim, sou eu
choice-not-me = Não sou eu

## Step 6: done

done-title = Ligou-se com o FranceConnect
done-title-logged-out = Desligou-se do FranceConnect
done-connected = A ligação está confirmada.
done-logged-out = Desligou-se do FranceConnect.
done-services = Os serviços que aceitam o FranceConnect estão aqui:
done-help = Precisa de ajuda? Um balcão France Services perto de si pode ajudar.
done-note = Guarde o seu número de segurança social permanente: serve em cada ligação.
help-done = Terminar fecha o assistente. Desligar-se fecha também a sessão do FranceConnect no navegador. Precisa de ajuda? Um balcão France Services perto de si pode ajudar.
choice-finish = Terminar
choice-logout = Desligar-se do FranceConnect
end-connected = Fim do assistente: está ligado.
end-failed = Fim do assistente: a ligação não foi concluída.
end-cancelled = Fim do assistente.

## Errors

error-code = Código a dar ao apoio: { $code }
error-check = Verificação falhada: { $check }
error-config-client-id = Não há identificador de serviço (client id) para este fornecedor.
error-config-client-id-next = Indique-o com --client-id ou a variável FCGUIDE_CLIENT_ID, ou use o fornecedor de treino.
error-config-secret = Falta o segredo do serviço.
error-config-secret-next = Ponha-o na variável FCGUIDE_CLIENT_SECRET ou no ficheiro de configuração (legível só por si).
error-config-secret-file-open = Outras pessoas podem ler o ficheiro do segredo ({ $file }): recuso-me a usá-lo.
error-config-secret-file-open-next = Torne-o legível só por si: chmod 600 { $file }
error-config-secret-file = Não é possível ler o ficheiro do segredo ({ $file }).
error-config-secret-file-next = Verifique o caminho e as permissões.
error-config-redirect-uri = O endereço de retorno (--redirect-uri) não é válido.
error-config-redirect-uri-next = Deve ter a forma http://localhost:PORT/caminho ou http://127.0.0.1:PORT/caminho, exatamente como foi registado.
error-config-redirect-required = Para o FranceConnect, é preciso o endereço de retorno registado para este serviço (--redirect-uri).
error-config-redirect-required-next = O FranceConnect só aceita o endereço exato que foi registado. Registe um endereço neste computador com uma porta fixa, por exemplo http://localhost:8400/callback, e depois indique-o com --redirect-uri.
error-config-issuer = O endereço do fornecedor não é válido.
error-config-issuer-next = Indique um endereço https completo ou escolha um fornecedor predefinido.
error-unreachable = O fornecedor não responde.
error-unreachable-next = Verifique a ligação à Internet e tente outra vez. Sem rede, use o fornecedor de treino.
error-discovery = O fornecedor deu uma configuração ilegível ou que não é a dele.
error-discovery-next = Verifique o endereço do fornecedor. Se estiver certo, tente mais tarde.
error-insecure = O endereço do fornecedor não é cifrado (http).
error-insecure-next = Use um endereço https. O http só é permitido neste computador (127.0.0.1).
error-identity-not-found = O FranceConnect não encontrou a sua identidade no registo nacional.
error-identity-not-found-next = Causa mais frequente: um número de segurança social provisório, ou ainda nenhum número permanente. Pergunte à sua CPAM. Se o seu número é permanente, contacte o FranceConnect com o código abaixo.
error-access-denied = A ligação não foi concluída: o FranceConnect não devolveu nenhuma identidade.
error-access-denied-next = Isto acontece quando voltou atrás, ou quando o FranceConnect mostrou uma página de erro («Une erreur s’est produite»). Se a página mostrava «Erreur» seguido de um código, escolha escrever esse código: eu explico-o.
error-invalid-idp-hint = Esta conta não pode ser escolhida daqui para este serviço.
error-invalid-idp-hint-next = Escolha outra conta ou tente outra vez: a escolha será feita no navegador.
error-invalid-request = O fornecedor recusou o pedido.
error-invalid-request-next = É um problema de configuração do serviço, não da sua conta. Tente mais tarde ou informe.
error-server-error = O fornecedor teve um problema técnico.
error-server-error-next = Feche o separador do navegador e tente outra vez. Se a página do FranceConnect mostrava «Erreur» seguido de um código, escolha escrever esse código: eu explico-o.
error-temporarily-unavailable = O fornecedor está indisponível de momento.
error-temporarily-unavailable-next = Tente outra vez dentro de alguns minutos. Se a página do FranceConnect mostrava «Erreur» seguido de um código, escolha escrever esse código: eu explico-o.
error-refused = O fornecedor recusou a ligação.
error-refused-next = Tente outra vez ou escolha outra conta.
error-callback-issuer = A resposta não vem do fornecedor esperado. Recusei-a.
error-callback-issuer-next = Feche os outros separadores de ligação e tente outra vez.
error-callback-issuer-missing = A resposta não diz de que fornecedor vem, embora este fornecedor o diga sempre. Recusei-a.
error-callback-issuer-missing-next = Feche os outros separadores de ligação e tente outra vez.
error-missing-code = O navegador voltou sem uma resposta utilizável.
error-missing-code-next = Tente outra vez.
error-port-in-use = A porta de retorno { $port } já está ocupada neste computador.
error-port-in-use-next = Feche o programa que a usa ou escolha outro endereço de retorno registado.
error-listener = Não consegui esperar pelo navegador neste computador.
error-listener-next = Tente outra vez. Se continuar, reinicie o computador.
error-timeout = O navegador não voltou a tempo.
error-timeout-next = Tente outra vez: vai começar uma nova ligação.
error-token-endpoint = O fornecedor não confirmou a ligação.
error-token-endpoint-next = Tente outra vez já: a resposta do navegador só vale alguns segundos.
error-id-token = A prova de identidade enviada pelo fornecedor não é válida. Recusei-a.
error-id-token-next = Nenhuma identidade é mostrada. Tente outra vez; se continuar, é preciso informar sobre o fornecedor.
error-userinfo = Os dados de identidade enviados pelo fornecedor não são válidos. Recusei-os.
error-userinfo-next = Nenhuma identidade é mostrada. Tente outra vez; se continuar, é preciso informar sobre o fornecedor.

## Pages shown in the browser by this program

callback-title = fcguide
callback-done = Pronto. Pode fechar este separador e voltar ao terminal.
callback-failed = A ligação não foi concluída. Volte ao terminal: o assistente explica o que fazer.
callback-refused = Esta resposta não pertence à ligação em curso. Volte ao terminal.
logout-done = Desligou-se. Pode fechar este separador e voltar ao terminal.

## Practice provider pages

practice-banner = Treino: isto não é o verdadeiro FranceConnect. Nada é enviado ao Estado.
practice-choose-doc-title = Ligação - Escolha da conta
practice-connecting = Ligação em curso a { $service }
practice-choose-title = Escolha uma conta para se ligar:
practice-aidants = Ajuda outras pessoas como profissional? Use o Aidants Connect
practice-login-title = Ligação a { $idp }
practice-account = Conta de treino
practice-username = Utilizador
practice-password = Palavra-passe
practice-login-button = Ligar-se
practice-wrong-password = Utilizador ou palavra-passe incorretos.
practice-continue-doc-title = Ligação - Continuar no serviço { $service }
practice-as = Vai ligar-se como:
practice-continue = Continuar em { $service }
practice-consent = Aceito que o FranceConnect transmita os meus dados ao serviço para me ligar
practice-consent-missing = Assinale a caixa para aceitar a transferência dos dados
practice-error-doc-title = Erro de ligação
practice-back = Voltar a { $service }
practice-error-title = Ocorreu um erro
practice-error-code = Erro { $code }
practice-error-body = Ocorreu um erro, tente outra vez mais tarde
practice-help-page = Consulte a nossa página de ajuda do FranceConnect.
practice-what-to-do = O que fazer?
practice-contact = Contacte-nos
practice-logged-out = Desligou-se do FranceConnect.
practice-not-found = Página não encontrada
practice-account-typical = Adulto nascido em França
practice-account-several = Vários nomes próprios
practice-account-abroad = Pessoa nascida fora de França
practice-account-temporary = Número de segurança social provisório: a ligação vai falhar

## Plain mode

plain-invalid = Não percebi. Escreva um número de 1 a { $max }, ou só Enter.
input-hidden = O que escreve não é mostrado.
choice-default = predefinida

## Command line

cli-see-help = Veja: fcguide --help
cli-missing-value = Falta um valor depois de { $word }.
cli-unknown-option = Opção desconhecida: { $word }
cli-bad-port = Porta inválida: { $word }
cli-bad-wait = Duração inválida (em minutos, de 1 a 1440): { $word }
cli-not-text = Um argumento não é texto legível: { $word }
cli-switch-value = Esta opção não leva nenhum valor: { $word }
cli-bad-rules = --rules aceita “franceconnect” (as regras da plataforma) ou “oidc” (OpenID Connect padrão): { $word }
cli-no-secret-option = O segredo nunca é dado na linha de comandos ({ $word }): outros utilizadores poderiam lê-lo. Use a variável FCGUIDE_CLIENT_SECRET ou o ficheiro ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = Fornecedor desconhecido: { $word }. Escolha practice, franceconnect-sandbox, franceconnect-integration ou franceconnect, ou indique --issuer.
cli-provider-and-issuer = Escolha --provider ou --issuer, não os dois ({ $word }).
cli-unknown-language = Língua não disponível: { $word }. Veja: fcguide --list-languages
cli-practice-port = A porta { $word } já está ocupada. Escolha outra com --port, ou não use --port.
cli-practice-started = Fornecedor de treino iniciado (só neste computador). Ctrl-C para-o.
cli-bad-bidi = --bidi aceita “program” (o assistente ordena o texto da direita para a esquerda) ou “terminal” (o terminal faz isso): { $word }
cli-bad-format = --format aceita “html” (uma página para imprimir) ou “text” (texto simples): { $word }
cli-help =
    fcguide: ligar-se com o FranceConnect, passo a passo, na sua língua.

    Utilização:
      fcguide [opções]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang LÍNGUA] [--second-lang LÍNGUA|none]
    {"                ["}--format html|text]

    Opções:
      --plain               modo linha a linha (leitores de ecrã, terminais simples)
      --lang LÍNGUA         língua (fr, uk, en, pt…); veja --list-languages
      --provider NOME       practice (predefinido), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          outro fornecedor OpenID Connect
      --client-id ID        identificador do serviço (ou FCGUIDE_CLIENT_ID)
      --redirect-uri URL    endereço de retorno registado (http://localhost:PORT/caminho),
                            obrigatório com o FranceConnect
      --rules NOME          franceconnect (regras da plataforma, predefinido nos
                            seus ambientes) ou oidc (predefinido com --issuer)
      --scopes "…"          os dados pedidos (predefinição: identidade pivô e e-mail)
      --idp-hint ID         identificador de um fornecedor de identidade dado pela
                            plataforma para este serviço (enviado como idp_hint)
      --no-browser          não abrir o navegador: mostrar o endereço
      --wait MINUTOS        espera do navegador antes de perguntar (5 por predefinição, 1 a 1440)
      --bidi terminal       deixar o terminal ordenar o texto da direita para a esquerda
      --high-contrast       tema de alto contraste
      --second-lang LÍNGUA  a segunda língua da vista bilingue (predefinição: francês)
      --speak               ler os passos em voz alta (spd-say ou espeak-ng)
      --list-languages      línguas disponíveis
      --help, --version

    O segredo do serviço vem de FCGUIDE_CLIENT_SECRET ou do ficheiro
    ~/.config/fcguide/client_secret (legível só por si), nunca da linha de comandos.
    fcguide sheet escreve a folha dos passos para imprimir (html, predefinido) ou em texto simples.
    Códigos de saída: 0 ligado, 1 falha, 2 erro de utilização, 3 cancelado.
more-below = ↓ Continua mais abaixo: tecla Page Down.
more-above = ↑ O início está mais acima: tecla Page Up.
more-choices = ↕ Há mais opções escondidas: teclas de setas.

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
