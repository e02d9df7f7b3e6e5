# Issue 20: why the provider could not be reached, told apart, each with what to do.
error-net-name = Имя { $host } не найдено в сети.
error-net-name-next = Проверьте адрес поставщика (может быть, опечатка?) и подключение к Интернету, затем попробуйте снова.
error-net-refused = { $host } отказывает в соединении: там ничто не отвечает.
error-net-refused-next = Проверьте адрес и его порт. Если он верный, служба, возможно, остановлена: попробуйте позже.
error-net-certificate = Этот компьютер не считает сертификат { $host } надёжным.
error-net-certificate-next = На работе прокси, проверяющий соединения, часто имеет собственный центр сертификации: попросите ИТ-отдел установить его на этот компьютер или укажите его файл в переменной SSL_CERT_FILE. В незнакомой сети дальше не продолжайте.
error-net-proxy = Прокси { $proxy } не открыл соединение с { $host }.
error-net-proxy-next = Проверьте переменные HTTPS_PROXY, ALL_PROXY и NO_PROXY или спросите в ИТ-отделе, какой прокси использовать.
error-net-timeout = { $host } не ответил вовремя.
error-net-timeout-next = Соединение, возможно, медленное или прервано: проверьте его, затем попробуйте снова.

# Issue 20: the run's last line after the person logged out.
end-logged-out = Работа помощника завершена: вы вышли из FranceConnect.
