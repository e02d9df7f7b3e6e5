## Production (issue 20): the answer pasted from the service's registered https page, and the service's name
error-config-redirect-address = Adrès retou a (--redirect-uri) pa bon.
error-config-redirect-address-next = Bay egzakteman adrès ki anrejistre pou sèvis sa a: pou entegrasyon, yon adrès sou òdinatè sa a ak yon pò fiks (http://localhost:8400/callback); pou pwodiksyon (production), yon paj https sèvis la, sou pwòp non domèn li.
error-config-loopback-production = FranceConnect nan pwodiksyon (production) refize adrès retou ki sou òdinatè sa a (localhost, 127.0.0.1): navigatè a ta kanpe sou erè Y030007.
error-config-loopback-production-next = Anrejistre lakay FranceConnect yon paj https sèvis la, sou pwòp non domèn li, ki montre adrès li (fcguide relay-page bay paj sa a), epi bay li ak --redirect-uri. Adrès ki sou òdinatè sa a mache sèlman pou entegrasyon.
cli-bad-service-name = Non sèvis la pa bon: { $word }. Bay non ki anrejistre lakay FranceConnect, an tèks senp, 100 karaktè pou pi plis.
choice-paste = Kole adrès paj sèvis la
auth-paste-when = Apre « Continuer sur { $service } », navigatè a rive sou paj { $service }, ki montre yon adrès. Kopye l, epi kole l isit la ak premye chwa a.
paste-title = Kole adrès paj sèvis la
paste-body = Sou paj { $service }, kopye tout adrès li montre a (li kòmanse ak { $page }), kole l isit la epi peze Enter. Enter sèlman tounen dèyè.
paste-input = Adrès:
paste-problem-too-long = Tèks sa a twò long pou li ta adrès paj la.
paste-problem-control = Tèks sa a gen karaktè kontwòl: se pa yon adrès.
paste-problem-not-an-address = Sa a se pa yon adrès. Kopye tout adrès la, depi kòmansman.
paste-problem-other-page = Sa a se pa adrès paj sèvis la. Kopye adrès paj navigatè a rive sou li apre FranceConnect.
paste-problem-no-answer = Adrès sa a pa gen repons FranceConnect. Fini koneksyon an nan navigatè a anvan, epi kopye adrès paj kote li rive a.
paste-problem-other-attempt = Adrès sa a soti nan yon lòt koneksyon (yon ansyen onglè). Sèvi ak dènye onglè ki louvri a, oswa rekòmanse.
help-paste = Nan pwodiksyon, FranceConnect voye navigatè a tounen sou paj sèvis la, pa sou òdinatè sa a. Paj sa a montre adrès li ak yon bouton pou kopye l. Kole l isit la: m ap verifye l epi m ap sèvi avè l yon sèl fwa.
