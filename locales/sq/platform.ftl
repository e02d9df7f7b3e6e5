## The platform's codes (issue 20): what each means and what to do; registration codes speak to the service's administrator

code-y010009 = Regjistri kombëtar e refuzoi kërkesën: nuk pranoi të dhënat e identitetit që dërgoi llogaria e zgjedhur. Nuk është një defekt.
code-y010009-next = Provoni përsëri një herë. Nëse vjen sërish i njëjti kod, zgjidhni një llogari tjetër, ose kontaktoni FranceConnect me këtë kod që të kontrollohen të dhënat tuaja.
code-navigation = Butoni Prapa i shfletuesit, ose ringarkimi i një faqeje, e ndërpreu lidhjen.
code-navigation-next = Mbyllni të gjitha skedat e FranceConnect, pastaj zgjidhni Provoni përsëri. Gjatë lidhjes, mos përdorni butonin Prapa të shfletuesit.
code-y180001 = Qasja juaj në FranceConnect është çaktivizuar.
code-y180001-next = Për ta riaktivizuar, kontaktoni FranceConnect me këtë kod. Ndërkohë, përdorni llogarinë e vetë faqes.
code-y100011 = E keni bllokuar këtë llogari në preferencat tuaja të FranceConnect.
code-y100011-next = Zgjidhni një llogari tjetër, ose lejojeni përsëri këtë në preferencat tuaja të FranceConnect, pastaj provoni përsëri.
code-idp-off = Kjo llogari nuk mund të përdoret tani për këtë shërbim: është e çaktivizuar, ose ky shërbim nuk e pranon.
code-idp-off-next = Zgjidhni një llogari tjetër.
code-y04ea6ef = FranceConnect nuk e njeh këtë shërbim (identifikuesi i tij, client id, është i panjohur). Është një gabim në regjistrimin e shërbimit, jo juaji.
code-y04ea6ef-next = Ju nuk mund të bëni asgjë: jepjani këtë kod shërbimit. Për administratorin e tij: kontrolloni client id dhe mjedisin (integrim ose production); një client id funksionon vetëm në mjedisin që e ka dhënë.
code-y04c013c = Adresa e kthimit e shërbimit nuk është e regjistruar në FranceConnect (port tjetër, emër tjetër, ose http në vend të https). Është një gabim në regjistrimin e shërbimit, jo juaji.
code-y04c013c-next = Ju nuk mund të bëni asgjë: jepjani këtë kod shërbimit. Për administratorin e tij: regjistroni saktësisht adresën e dhënë me --redirect-uri, ose jepni atë që është e regjistruar.
code-logout-refused = FranceConnect e refuzoi kërkesën e shërbimit për të mbyllur seancën (mungon prova e lidhjes, ose adresa e kthimit pas mbylljes së seancës nuk është e regjistruar).
code-logout-refused-next = Mbyllni shfletuesin për ta përfunduar seancën e FranceConnect. Për administratorin e shërbimit: regjistroni adresën e kthimit pas mbylljes së seancës.

## The practice provider, as the platform words its pages

practice-error-technical = Ndodhi një gabim teknik, mbyllni skedën e shfletuesit dhe lidhuni përsëri.
practice-error-session = Seanca juaj ka skaduar ose është e pavlefshme, mbyllni skedën e shfletuesit dhe lidhuni përsëri.
practice-error-communication = Ndodhi një gabim komunikimi me ofruesin e shërbimit. Ju lutemi provoni përsëri më vonë.
practice-cancel = Anulo
practice-idp-failed = Lidhja me { $idp } nuk ishte e mundur. Ju lutemi provoni përsëri ose zgjidhni një mënyrë tjetër lidhjeje.
practice-choose-error-doc-title = Gabim gjatë zgjedhjes së llogarisë

## Cancelling at the provider: the banner on the choice page, explained while waiting

choice-not-possible = Faqja thotë « La connexion à » … « n’a pas été possible »
notice-not-possible = Kjo faqe e FranceConnect do të thotë se lidhja me { $idp } nuk përfundoi: e anuluat te { $idp }, ose hyrja atje dështoi. Shërbimit nuk iu dërgua asgjë. Unë ende pres: në atë faqe, zgjidhni përsëri { $idp } për të provuar përsëri, ose një llogari tjetër.

## A real client's mistakes: the registration, the secret file by its path

error-client-rejected = Ofruesi refuzoi identifikuesin e shërbimit (client id) ose sekretin e tij.
error-client-rejected-next = Problemi është te regjistrimi i shërbimit, jo te llogaria juaj: të provuarit përsëri nuk ndryshon asgjë. Kontrolloni client id dhe sekretin që i janë dhënë këtij programi, dhe mjedisin (integrim ose production), ose kërkojini ato administratorit të shërbimit.
error-config-secret-file-link = Skedari i sekretit ({ $file }) është një lidhje simbolike: refuzoj ta ndjek.
error-config-secret-file-link-next = Vendoseni sekretin në një skedar të vërtetë në atë vend, jo në një lidhje, të lexueshëm vetëm nga ju (chmod 600).
