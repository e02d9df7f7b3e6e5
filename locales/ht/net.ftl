# Issue 20: why the provider could not be reached, told apart, each with what to do.
error-net-name = Non { $host } la pa jwenn sou rezo a.
error-net-name-next = Verifye adrès founisè a (yon erè lè w t ap tape?) ak koneksyon Entènèt la, epi eseye ankò.
error-net-refused = { $host } refize koneksyon an: anyen pa reponn la.
error-net-refused-next = Verifye adrès la ak pò li. Si li kòrèk, sèvis la ka kanpe: eseye ankò pita.
error-net-certificate = Òdinatè sa a pa fè sètifika { $host } konfyans.
error-net-certificate-next = Nan travay, yon proxy ki kontwole koneksyon yo souvan gen pwòp otorite sètifikasyon li: mande sèvis enfòmatik la enstale l sou òdinatè sa a, oswa bay fichye li nan varyab SSL_CERT_FILE. Sou yon rezo ou pa konnen, pa ale pi lwen.
error-net-proxy = Proxy { $proxy } pa t louvri koneksyon an ak { $host }.
error-net-proxy-next = Verifye varyab HTTPS_PROXY, ALL_PROXY ak NO_PROXY, oswa mande sèvis enfòmatik la ki proxy pou itilize.
error-net-timeout = { $host } pa t reponn alè.
error-net-timeout-next = Koneksyon an ka dousman oswa koupe: verifye l, epi eseye ankò.

# Issue 20: the run's last line after the person logged out.
end-logged-out = Asistan an fini: ou dekonekte nan FranceConnect.
