# Issue 22: a linha de comandos, as definições guardadas, fcguide check e --debug.
cli2-unexpected-operand = Palavra inesperada: { $word }. As únicas palavras que não são opções são os comandos: sheet, check, config, practice-server, relay-page (também depois de --).
cli2-write-failed = Não foi possível escrever a saída: { $word }
cli2-help-more =
    Comandos e opções podem vir em qualquer ordem; -- termina as opções.
      fcguide check [opções]     verificar as definições antes de uma sessão (fornecedor,
                                 proxy, TLS, relógio, endereço de retorno, ficheiro secreto)
      fcguide config [opções]    mostrar cada definição em vigor e de onde vem
      --debug                    escrever um registo de endereços, estados e erros,
                                 sem dados pessoais: na saída de erros no modo linha
                                 a linha, senão em ~/.local/state/fcguide/debug.log
      COMANDO --help             a ajuda de um comando

    Definições guardadas: ~/.config/fcguide/config, uma linha chave = valor por definição
    (provider, issuer, client-id, redirect-uri, service-name, lang, second-lang,
    speak = yes|no, theme = high-contrast|default). As opções prevalecem.

    Ambiente: FCGUIDE_CLIENT_ID, FCGUIDE_CLIENT_SECRET, FCGUIDE_PLAIN,
    FCGUIDE_THEME, FCGUIDE_DEBUG, XDG_CONFIG_HOME, XDG_STATE_HOME, ALL_PROXY,
    HTTPS_PROXY, HTTP_PROXY, NO_PROXY, BROWSER, TERM, NO_COLOR, LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG. Ver: man fcguide
cli2-help-sheet =
    fcguide sheet: a folha de passos para imprimir, na saída padrão, com as
    palavras francesas do site ao lado da tradução, sem dados pessoais.

    Uso: fcguide sheet [--lang LÍNGUA] [--second-lang LÍNGUA|none] [--format html|text]
      --lang LÍNGUA            a língua da folha (por omissão: a do sistema)
      --second-lang LÍNGUA     impressa por baixo, mais pequena (por omissão: francês);
                               none: uma só língua
      --format html|text       html (por omissão): uma página para imprimir em A4;
                               text: linhas de 80 colunas no máximo
    Exemplo: fcguide sheet --lang uk > folha.html
cli2-help-practice-server =
    fcguide practice-server: o fornecedor de treino sozinho, neste computador
    (127.0.0.1), para o navegador de um formador ou outro programa. Mostra o seu
    issuer, o identificador de cliente, um segredo criado para esta vez e o
    endereço de retorno que aceita. Ctrl-C para-o.

    Uso: fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box] [--lang LÍNGUA]
      --port N             a porta (por omissão: uma livre)
      --redirect-uri URL   o único endereço de retorno que aceita
      --consent-box        mostrar a caixa a marcar antes de continuar, como alguns serviços
      --lang LÍNGUA        a língua do que mostra
cli2-help-check =
    fcguide check: verifica as definições antes de se sentar com uma pessoa, um
    veredicto por linha: as definições (identificador de cliente, endereço de retorno,
    segredo), o ficheiro secreto, o proxy, a ligação segura (TLS), o relógio deste
    computador face ao do fornecedor e a descrição do fornecedor (discovery).
    Nada de secreto é mostrado. Aceita as opções de uma sessão (--provider,
    --issuer, --client-id, --redirect-uri, --rules, --lang, --debug) e lê o
    ficheiro de definições. Código de saída: 0 pronto, 1 um problema.
cli2-help-config =
    fcguide config: mostra cada definição em vigor e de onde vem: uma opção,
    uma variável, uma linha do ficheiro ou o valor por omissão.
    O ficheiro: ~/.config/fcguide/config (ou $XDG_CONFIG_HOME/fcguide/config),
    uma definição por linha, chave = valor; uma linha começada por # é um comentário.
    Chaves: provider, issuer, client-id, redirect-uri, service-name, lang,
    second-lang, speak (yes ou no), theme (high-contrast ou default).
    O segredo nunca vai lá: use o ficheiro client_secret ao lado (chmod 600).
cli2-config-bad-line = { $file }:{ $line }: esta linha não é chave = valor. Corrija-a, ou comece-a com # para ser um comentário.
cli2-config-unknown-key = { $file }:{ $line }: definição desconhecida { $word }. As definições são: provider, issuer, client-id, redirect-uri, service-name, lang, second-lang, speak, theme.
cli2-config-bad-value = { $file }:{ $line }: este valor não serve para { $word }. Ver: fcguide config --help
cli2-config-secret = { $file }:{ $line }: o segredo nunca vai neste ficheiro. Apague esta linha e ponha o segredo sozinho em { $secret } (chmod 600), ou em FCGUIDE_CLIENT_SECRET.
cli2-config-twice = { $file }:{ $line }: esta definição já está na linha { $word }. Deixe só uma.
cli2-config-unreadable = { $file } não pode ser lido: deve ser um ficheiro de texto que possa ler, com menos de 64 KiB.
cli2-config-file = Ficheiro de definições: { $file }
cli2-config-no-file = Não há ficheiro de definições (seria lido em { $file }).
cli2-config-unset = (não definido)
cli2-origin-option = opção { $word }
cli2-origin-env = variável { $word }
cli2-origin-default = por omissão
cli2-check-title = Verificação das definições para { $word }
cli2-check-ok = OK
cli2-check-warning = Atenção
cli2-check-problem = Problema
cli2-check-practice = O fornecedor de treino integrado: nem identificador de cliente, nem segredo, nem endereço de retorno a definir.
cli2-check-setup-ok = Não falta nada nas definições.
cli2-check-secret-env = O segredo vem de FCGUIDE_CLIENT_SECRET.
cli2-check-secret-file = O ficheiro secreto é seu e está fechado aos outros: { $file }
cli2-check-secret-none = Não há segredo. Se o serviço tiver um, ponha-o sozinho em { $file } (chmod 600), ou em FCGUIDE_CLIENT_SECRET.
cli2-check-redirect-ok = O endereço de retorno segue as regras da plataforma: { $word }
cli2-check-redirect-free = Não há endereço de retorno a registar: uma porta livre deste computador é usada em cada ligação.
cli2-check-loopback = O fornecedor está neste computador: sem proxy, sem TLS, o mesmo relógio.
cli2-check-proxy-none = Sem proxy: o fornecedor é contactado diretamente.
cli2-check-proxy = Através do proxy { $word }.
cli2-check-proxy-socks = O proxy { $word } é um proxy SOCKS, que o fcguide não usa: o fornecedor é contactado diretamente.
cli2-check-tls-ok = Ligação segura (TLS) verificada com { $word }.
cli2-check-clock-ok = O relógio deste computador concorda com o do fornecedor ({ $seconds } s de diferença).
cli2-check-clock-off = O relógio deste computador tem { $seconds } s de diferença do do fornecedor: acerte a hora, ou a ligação será recusada.
cli2-check-clock-unknown = O fornecedor não deu a sua hora: o relógio não foi verificado.
cli2-check-discovery-ok = O fornecedor responde e descreve-se (discovery).
cli2-check-ready = Pronto: nada impede uma sessão.
cli2-check-not-ready = Não está pronto: corrija os problemas acima e volte a executar fcguide check.
cli2-debug-file = O registo desta sessão (sem dados pessoais) está em { $file }, legível só por si.
