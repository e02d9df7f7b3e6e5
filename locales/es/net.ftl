# Issue 20: why the provider could not be reached, told apart, each with what to do.
error-net-name = No se encuentra el nombre { $host } en la red.
error-net-name-next = Compruebe la dirección del proveedor (¿un error al escribirla?) y la conexión a Internet, y vuelva a intentarlo.
error-net-refused = { $host } rechaza la conexión: allí no responde nada.
error-net-refused-next = Compruebe la dirección y su puerto. Si es correcta, puede que el servicio esté detenido: inténtelo más tarde.
error-net-certificate = Este ordenador no considera fiable el certificado de { $host }.
error-net-certificate-next = En el trabajo, un proxy que inspecciona las conexiones suele tener su propia autoridad de certificación: pida al servicio informático que la instale en este ordenador, o indique su archivo en la variable SSL_CERT_FILE. En una red desconocida, no siga adelante.
error-net-proxy = El proxy { $proxy } no abrió la conexión hacia { $host }.
error-net-proxy-next = Compruebe las variables HTTPS_PROXY, ALL_PROXY y NO_PROXY, o pregunte al servicio informático qué proxy usar.
error-net-timeout = { $host } no respondió a tiempo.
error-net-timeout-next = Puede que la conexión sea lenta o esté cortada: compruébela y vuelva a intentarlo.

# Issue 20: the run's last line after the person logged out.
end-logged-out = Fin del asistente: se ha desconectado de FranceConnect.
