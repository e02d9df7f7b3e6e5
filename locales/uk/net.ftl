# Issue 20: why the provider could not be reached, told apart, each with what to do.
error-net-name = Ім’я { $host } не знайдено в мережі.
error-net-name-next = Перевірте адресу постачальника (можливо, помилка в написанні?) і підключення до Інтернету, потім спробуйте ще раз.
error-net-refused = { $host } відмовляє у з’єднанні: там ніщо не відповідає.
error-net-refused-next = Перевірте адресу та її порт. Якщо вона правильна, служба, можливо, зупинена: спробуйте пізніше.
error-net-certificate = Цей комп’ютер не вважає сертифікат { $host } надійним.
error-net-certificate-next = На роботі проксі, що перевіряє з’єднання, часто має власний центр сертифікації: попросіть ІТ-службу встановити його на цей комп’ютер або вкажіть його файл у змінній SSL_CERT_FILE. У незнайомій мережі далі не продовжуйте.
error-net-proxy = Проксі { $proxy } не відкрив з’єднання з { $host }.
error-net-proxy-next = Перевірте змінні HTTPS_PROXY, ALL_PROXY і NO_PROXY або запитайте в ІТ-службі, який проксі використовувати.
error-net-timeout = { $host } не відповів вчасно.
error-net-timeout-next = З’єднання, можливо, повільне або перерване: перевірте його, потім спробуйте ще раз.

# Issue 20: the run's last line after the person logged out.
end-logged-out = Кінець роботи: ви вийшли з FranceConnect.
