# Issue 20: why the provider could not be reached, told apart, each with what to do.
error-net-name = Navê { $host } di torê de nayê dîtin.
error-net-name-next = Navnîşana pêşkêşker (şaşiyeke nivîsînê?) û girêdana înternetê kontrol bikin, paşê dîsa biceribînin.
error-net-refused = { $host } girêdanê red dike: li wir tiştek bersiv nade.
error-net-refused-next = Navnîşan û porta wê kontrol bikin. Ger rast be, dibe ku xizmet rawestiyabe: paşê dîsa biceribînin.
error-net-certificate = Ev komputer sertîfîkaya { $host } wekî ewle qebûl nake.
error-net-certificate-next = Li kar, proxyyeke ku girêdanan kontrol dike gelek caran xwedî desthilata sertîfîkayê ya xwe ye: ji beşa înformatîkê bixwazin ku wê li ser vê komputerê saz bikin, an pelê wê di guhêrbara SSL_CERT_FILE de bidin. Li ser toreke nenas, berdewam nekin.
error-net-proxy = Proxy { $proxy } girêdana ber bi { $host } ve venekir.
error-net-proxy-next = Guhêrbarên HTTPS_PROXY, ALL_PROXY û NO_PROXY kontrol bikin, an ji beşa înformatîkê bipirsin ka kîjan proxy bê bikaranîn.
error-net-timeout = { $host } di wextê xwe de bersiv neda.
error-net-timeout-next = Dibe ku girêdan hêdî an qut be: kontrol bikin, paşê dîsa biceribînin.

# Issue 20: the run's last line after the person logged out.
end-logged-out = Alîkar bi dawî bû: hûn ji FranceConnect derketin.
