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
