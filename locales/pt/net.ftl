# Issue 20: why the provider could not be reached, told apart, each with what to do.
error-net-name = O nome { $host } não foi encontrado na rede.
error-net-name-next = Verifique o endereço do fornecedor (um erro de escrita?) e a ligação à Internet, e tente outra vez.
error-net-refused = { $host } recusa a ligação: nada responde ali.
error-net-refused-next = Verifique o endereço e a sua porta. Se estiver certo, o serviço pode estar parado: tente mais tarde.
error-net-certificate = Este computador não reconhece o certificado de { $host } como fiável.
error-net-certificate-next = No trabalho, um proxy que inspeciona as ligações tem muitas vezes a sua própria autoridade de certificação: peça ao serviço de informática que a instale neste computador, ou indique o seu ficheiro na variável SSL_CERT_FILE. Numa rede desconhecida, não continue.
error-net-proxy = O proxy { $proxy } não abriu a ligação para { $host }.
error-net-proxy-next = Verifique as variáveis HTTPS_PROXY, ALL_PROXY e NO_PROXY, ou pergunte ao serviço de informática que proxy usar.
error-net-timeout = { $host } não respondeu a tempo.
error-net-timeout-next = A ligação pode estar lenta ou cortada: verifique-a e tente outra vez.

# Issue 20: the run's last line after the person logged out.
end-logged-out = Fim do assistente: desligou-se do FranceConnect.
