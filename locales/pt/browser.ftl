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
