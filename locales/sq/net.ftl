# Issue 20: why the provider could not be reached, told apart, each with what to do.
error-net-name = Emri { $host } nuk gjendet në rrjet.
error-net-name-next = Kontrolloni adresën e ofruesit (gabim shkrimi?) dhe lidhjen me internetin, pastaj provoni përsëri.
error-net-refused = { $host } e refuzon lidhjen: asgjë nuk përgjigjet atje.
error-net-refused-next = Kontrolloni adresën dhe portën e saj. Nëse është e saktë, shërbimi mund të jetë i ndalur: provoni më vonë.
error-net-certificate = Ky kompjuter nuk e njeh certifikatën e { $host } si të besueshme.
error-net-certificate-next = Në punë, një proxy që kontrollon lidhjet shpesh ka autoritetin e vet të certifikimit: kërkojini shërbimit të informatikës ta instalojë në këtë kompjuter, ose jepni skedarin e tij në variablin SSL_CERT_FILE. Në një rrjet të panjohur, mos vazhdoni.
error-net-proxy = Proxy { $proxy } nuk e hapi lidhjen drejt { $host }.
error-net-proxy-next = Kontrolloni variablat HTTPS_PROXY, ALL_PROXY dhe NO_PROXY, ose pyesni shërbimin e informatikës cilin proxy të përdorni.
error-net-timeout = { $host } nuk u përgjigj në kohë.
error-net-timeout-next = Lidhja mund të jetë e ngadaltë ose e ndërprerë: kontrollojeni, pastaj provoni përsëri.

# Issue 20: the run's last line after the person logged out.
end-logged-out = Fundi i asistentit: jeni shkëputur nga FranceConnect.
