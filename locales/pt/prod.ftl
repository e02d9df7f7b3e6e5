## Production (issue 20): the answer pasted from the service's registered https page, and the service's name
error-config-redirect-address = O endereço de retorno (--redirect-uri) não é válido.
error-config-redirect-address-next = Indique exatamente o endereço registado para este serviço: em integração, um endereço deste computador com uma porta fixa (http://localhost:8400/callback); em produção, uma página https do serviço, no seu próprio nome de domínio.
error-config-loopback-production = O FranceConnect em produção recusa endereços de retorno deste computador (localhost, 127.0.0.1): o navegador pararia no erro Y030007.
error-config-loopback-production-next = Registe no FranceConnect uma página https do serviço, no seu próprio nome de domínio, que mostre o seu endereço (fcguide relay-page dá essa página), e depois indique-a com --redirect-uri. Os endereços deste computador só funcionam em integração.
cli-bad-service-name = Nome de serviço inválido: { $word }. Indique o nome registado no FranceConnect, em texto simples, com 100 caracteres no máximo.
choice-paste = Colar o endereço da página do serviço
auth-paste-when = Depois de « Continuer sur { $service } », o navegador chega à página de { $service }, que mostra um endereço. Copie-o e cole-o aqui com a primeira opção.
paste-title = Colar o endereço da página do serviço
paste-body = Na página de { $service }, copie todo o endereço que ela mostra (começa por { $page }), cole-o aqui e carregue em Enter. Só Enter volta atrás.
paste-input = Endereço:
paste-problem-too-long = Este texto é demasiado longo para ser o endereço da página.
paste-problem-control = Este texto contém caracteres de controlo: não é um endereço.
paste-problem-not-an-address = Isto não é um endereço. Copie todo o endereço, desde o início.
paste-problem-other-page = Este não é o endereço da página do serviço. Copie o endereço da página onde o navegador chegou depois do FranceConnect.
paste-problem-no-answer = Este endereço não contém a resposta do FranceConnect. Termine primeiro a ligação no navegador e depois copie o endereço da página de chegada.
paste-problem-other-attempt = Este endereço vem de outra ligação (um separador antigo). Use o último separador aberto ou recomece.
help-paste = Em produção, o FranceConnect envia o navegador de volta para a página do serviço, não para este computador. Essa página mostra o seu endereço com um botão para o copiar. Cole-o aqui: eu verifico-o e uso-o uma só vez.
