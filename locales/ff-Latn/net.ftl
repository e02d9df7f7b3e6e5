# Issue 20: why the provider could not be reached, told apart, each with what to do.
error-net-name = Innde { $host } yiyaaka e ceŋol ngol.
error-net-name-next = Ƴeewto ñiiɓirde rokkoowo oo (juumre winndannde?) e internet, nden eto kadi.
error-net-refused = { $host } ina salii ceŋagol: alaa ko jaabotoo toon.
error-net-refused-next = Ƴeewto ñiiɓirde ndee e port mayre. Si ina moƴƴi, golle ɗee pay ina ndarii: eto ɓaawo.
error-net-certificate = Ndee ordinateur hoolaaki seedantaagal { $host }.
error-net-certificate-next = E golle, proxy ƴeewotoo ceŋle ina jogii laamu seedantaagal mum: ƴam service informatique yo aaf ngal e ndee ordinateur, walla hokku fiilde mum e variable SSL_CERT_FILE. E ceŋol ngol a anndaa, wata a jokku.
error-net-proxy = Proxy { $proxy } udditaani ceŋagol e { $host }.
error-net-proxy-next = Ƴeewto variable HTTPS_PROXY, ALL_PROXY e NO_PROXY, walla landa service informatique proxy ko huutortee.
error-net-timeout = { $host } jaabaaki e saa'i.
error-net-timeout-next = Ceŋagol ngol ina waawi leelde walla taƴaama: ƴeewto, nden eto kadi.

# Issue 20: the run's last line after the person logged out.
end-logged-out = Ballotooɗo o timmii: a yaltii e FranceConnect.
