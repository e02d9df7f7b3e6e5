# Issue 20: why the provider could not be reached, told apart, each with what to do.
error-net-name = Nkombo { $host } emonani te na réseau.
error-net-name-next = Botala adresi ya mopesi (ekoki kozala libunga ya bokomi?) mpe internet, sima bomeka lisusu.
error-net-refused = { $host } eboyi boyokani: eloko moko te ezali koyanola kuna.
error-net-refused-next = Botala adresi mpe port na yango. Soki ezali malamu, ekoki kozala ete mosala etelemi: bomeka lisusu sima.
error-net-certificate = Ordinateur oyo endimi te ete certificat ya { $host } ekoki kotyelama motema.
error-net-certificate-next = Na mosala, proxy oyo ekotalaka boyokani mingi ezalaka na autorité ya certificat na yango moko: bosenga na service informatique batia yango na ordinateur oyo, to bopesa fisye na yango na variable SSL_CERT_FILE. Na réseau oyo boyebi te, bokende liboso te.
error-net-proxy = Proxy { $proxy } efungoli te boyokani na { $host }.
error-net-proxy-next = Botala ba variable HTTPS_PROXY, ALL_PROXY mpe NO_PROXY, to botuna service informatique proxy nini ya kosalela.
error-net-timeout = { $host } eyanoli te na ntango.
error-net-timeout-next = Boyokani ekoki kozala malembe to ekatani: botala yango, sima bomeka lisusu.

# Issue 20: the run's last line after the person logged out.
end-logged-out = Suka ya mosalisi: bobimi na FranceConnect.
