## The platform's codes (issue 20): what each means and what to do; registration codes speak to the service's administrator

code-y010009 = O registo nacional rejeitou o pedido: recusou os dados de identidade enviados pela conta escolhida. Não é uma avaria.
code-y010009-next = Tente outra vez uma vez. Se o mesmo código voltar, escolha outra conta, ou contacte o FranceConnect com este código para verificarem os seus dados.
code-navigation = O botão Voltar do navegador, ou recarregar uma página, interrompeu a ligação.
code-navigation-next = Feche todos os separadores do FranceConnect e escolha Tentar outra vez. Durante a ligação, não use o botão Voltar do navegador.
code-y180001 = O seu acesso ao FranceConnect foi desativado.
code-y180001-next = Para o reativar, contacte o FranceConnect com este código. Entretanto, use a conta própria do site.
code-y100011 = Bloqueou esta conta nas suas preferências do FranceConnect.
code-y100011-next = Escolha outra conta, ou autorize de novo esta nas suas preferências do FranceConnect, e depois tente outra vez.
code-idp-off = Esta conta não pode ser usada agora para este serviço: está desativada, ou este serviço não a aceita.
code-idp-off-next = Escolha outra conta.
code-y04ea6ef = O FranceConnect não conhece este serviço (o seu identificador, o client id, é desconhecido). É um erro na inscrição do serviço, não seu.
code-y04ea6ef-next = Não pode fazer nada: dê este código ao serviço. Para o administrador: verifique o client id e o ambiente (integração ou produção); um client id só funciona no ambiente que o emitiu.
code-y04c013c = O endereço de retorno do serviço não está inscrito no FranceConnect (outra porta, outro nome, ou http em vez de https). É um erro na inscrição do serviço, não seu.
code-y04c013c-next = Não pode fazer nada: dê este código ao serviço. Para o administrador: inscreva exatamente o endereço dado com --redirect-uri, ou use o que está inscrito.
code-logout-refused = O FranceConnect recusou o pedido do serviço para terminar a sessão (falta a prova de ligação, ou o endereço de retorno após o fim da sessão não está inscrito).
code-logout-refused-next = Feche o navegador para terminar a sessão do FranceConnect. Para o administrador do serviço: inscreva o endereço de retorno após o fim da sessão.

## The practice provider, as the platform words its pages

practice-error-technical = Ocorreu um erro técnico, feche o separador do navegador e volte a iniciar a sessão.
practice-error-session = A sua sessão expirou ou é inválida, feche o separador do navegador e volte a iniciar a sessão.
practice-error-communication = Ocorreu um erro de comunicação com o fornecedor do serviço. Tente outra vez mais tarde.
practice-cancel = Cancelar
practice-idp-failed = A ligação com { $idp } não foi possível. Tente outra vez ou escolha outro meio de ligação.
practice-choose-error-doc-title = Erro ao escolher a conta

## Cancelling at the provider: the banner on the choice page, explained while waiting

choice-not-possible = A página diz «La connexion à» … «n’a pas été possible»
notice-not-possible = Esta página do FranceConnect quer dizer que a ligação com { $idp } não terminou: cancelou em { $idp }, ou o início de sessão falhou lá. Nada foi enviado ao serviço. Continuo à espera: nessa página, escolha de novo { $idp } para tentar outra vez, ou outra conta.

## A real client's mistakes: the registration, the secret file by its path

error-client-rejected = O fornecedor recusou o identificador do serviço (client id) ou o seu segredo.
error-client-rejected-next = O problema está na inscrição do serviço, não na sua conta: tentar outra vez não vai mudar nada. Verifique o client id e o segredo dados a este programa, e o ambiente (integração ou produção), ou peça-os ao administrador do serviço.
error-config-secret-file-link = O ficheiro do segredo ({ $file }) é uma ligação simbólica: recuso-me a segui-la.
error-config-secret-file-link-next = Ponha o segredo num ficheiro verdadeiro nesse lugar, não numa ligação, legível só por si (chmod 600).
