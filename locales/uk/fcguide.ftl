language-name = Українська
language-name-en = Ukrainian
language-direction = ltr

## Around every step

progress = Крок { $step } з { $total }
practice-mark = Тренування: навчальний постачальник, а не справжній FranceConnect
note-label = Важливо:
help-label = Довідка:
french-label = На сайті, французькою:
keys-tui = Стрілки або цифра: вибрати · Enter: підтвердити · Esc: назад · ?: довідка · L: мова · B: дві мови · Q: вийти
keys-plain = Введіть номер варіанта і натисніть Enter. Лише Enter: варіант за замовчуванням. «<»: назад, «?»: довідка, «l»: мова, «b»: дві мови, «q»: вийти.
keys-short = ?: довідка · Q: вийти
prompt = Ваш вибір
prompt-default = Лише Enter: { $choice }
still-waiting = Я все ще чекаю на повернення з браузера. Продовжуйте в браузері або введіть вибір.
too-small = Вікно замале. Збільште його або запустіть fcguide --plain.
connected-mark = [FranceConnect ✓] Підключено
help-keys = Клавіші: Enter обирає варіант за замовчуванням. Esc або Backspace повертає назад. L змінює мову, не втрачаючи ваш поступ. B показує другу мову під кожним абзацом.

## Words of the real site

fr-words-button = Пройти ідентифікацію через FranceConnect
fr-words-choose = Я обираю обліковий запис, щоб підключитися до { $service }
fr-words-login = Підключитися
fr-words-welcome = Ласкаво просимо
fr-words-continue = Продовжити на { $service }

## Step 1: language

language-title = Оберіть свою мову
language-body = Помічник говорить вашою мовою. Він також показує французькі слова, які ви побачите на справжньому сайті.
language-note = Для FranceConnect потрібен постійний номер соціального страхування у Франції. Ми це пояснимо.
help-language = Оберіть мову, якою ви читаєте найкраще. Її можна змінити будь-коли клавішею L. Також можна ввести початок назви мови, щоб її знайти.

## Step 2: welcome and prerequisite

welcome-title = Що таке FranceConnect?
welcome-what = FranceConnect безкоштовний. З одним обліковим записом ви входите до багатьох державних онлайн-сервісів: податки, здоров’я, допомога по безробіттю, паспорт…
welcome-need = Потрібен постійний номер соціального страхування у Франції. FranceConnect перевіряє вашу особу в національному реєстрі осіб (RNIPP).
welcome-where = Цей номер має 15 цифр. Він є на вашій carte Vitale і в довідці про права (attestation de droits) від Assurance maladie.
welcome-without = Номера ще немає або він лише тимчасовий? Тоді FranceConnect поки не працюватиме. Запитайте у своїй касі медичного страхування (CPAM), як просувається ваша справа. Тим часом користуйтеся власним обліковим записом сайту.
welcome-note = Без постійного номера соціального страхування підключення не вдасться. Тимчасового номера (починається з 7 або 8) недостатньо.
help-welcome = «Продовжити» веде до вибору облікового запису. Спершу можна перевірити форму свого номера: нічого не надсилається і не зберігається.
choice-continue = Продовжити
choice-check-nir = Перевірити мій номер соціального страхування (лише на цьому комп’ютері)
choice-check-again = Перевірити інший номер
choice-back = Назад
choice-quit = Вийти

## Number check

nir-title = Перевірити мій номер соціального страхування
nir-body = Введіть 15 цифр разом із ключем. Номер залишається на цьому комп’ютері: його не надсилають, не зберігають і стирають після перевірки.
nir-input = Номер соціального страхування (15 цифр). Лише Enter: пропустити.
nir-permanent = Цей номер правильний і постійний. FranceConnect може працювати.
nir-permanent-abroad = Цей номер правильний і постійний (особа, народжена поза Францією). FranceConnect може працювати.
nir-temporary = Це тимчасовий номер: він починається з 7 або 8. FranceConnect з ним не працюватиме. Запитайте свій постійний номер у CPAM.
nir-wrong-key = Ключ (останні 2 цифри) не відповідає решті номера. Перевірте кожну цифру на carte Vitale.
nir-malformed = Це не схоже на номер соціального страхування. Потрібно 15 знаків; перша цифра 1 або 2 (7 або 8 для тимчасового номера).
nir-note = Постійний номер починається з 1 або 2. Саме його знає національний реєстр.
nir-note-temporary = З тимчасовим номером FranceConnect відповість «особу не знайдено». Це не ваша провина: треба дочекатися постійного номера.
help-nir = Перевірка дивиться лише на форму номера та його ключ. Вона не каже, чи реєстр уже знає вас.

## Step 3: choose an identity provider

idp-title = Оберіть обліковий запис
idp-body = У вас уже має бути обліковий запис на одному з цих сайтів. Їх може бути кілька: оберіть один.
idp-after-not-me = Ви сказали, що показана особа — не ви. Її забуто. Оберіть інший обліковий запис або попросіть допомоги.
idp-note = Кожен із цих облікових записів пов’язаний із вашим постійним номером соціального страхування.
help-idp = Оберіть сайт, де у вас уже є логін і пароль. Якщо немає жодного, найпростіше зазвичай ameli.fr (медичне страхування) або impots.gouv.fr (податки).
idp-impots-who = Кожен, хто декларує доходи у Франції. Потрібен податковий номер.
idp-ameli-who = Кожен, хто має медичне страхування у Франції. Потрібен номер соціального страхування.
idp-laposte-who = Повнолітні з французьким документом, що посвідчує особу, або посвідкою на проживання. Потрібен мобільний телефон.
idp-msa-who = Особи, застраховані в сільськогосподарській соціальній касі (MSA).
idp-france-identite-who = Особи з новою французькою ID-карткою та сумісним телефоном.
idp-yris-who = Повнолітні з документом, що посвідчує особу. Потрібен мобільний телефон.

## Step 4: authenticate in the browser

auth-title = Підключіться в браузері
auth-failed-title = Підключення не вдалося
auth-starting = Готую підключення…
auth-opened = Браузер відкрився на FranceConnect. Продовжуйте в браузері, потім поверніться сюди.
auth-not-opened = Браузер не відкрився. Відкрийте цю адресу в браузері на цьому комп’ютері:
auth-in-browser = У браузері: оберіть { $idp }, введіть логін і пароль, потім натисніть «Se connecter».
auth-timed-out = Час очікування минув. Якщо ви ще підключаєтеся, оберіть «більше часу».
auth-checking = Браузер повернувся. Перевіряю вашу особу в постачальника…
auth-note = FranceConnect шукатиме вашу особу в національному реєстрі. З тимчасовим номером її не буде знайдено.
auth-note-register = Найчастіша причина: ще немає постійного номера соціального страхування. Перевірте свій номер на кроці 2.
help-auth = Браузер показує сторінки FranceConnect. Якщо нічого не відкрилося, скопіюйте показану адресу. Більше часу можна просити скільки завгодно разів.
choice-reopen = Знову відкрити браузер
choice-more-time = Більше часу (ще { $minutes } { $minutes ->
        [one] хвилина
        [few] хвилини
        [many] хвилин
       *[other] хвилини
    })
choice-cancel = Скасувати й повернутися до вибору облікового запису
choice-retry = Спробувати ще раз
choice-other-idp = Обрати інший обліковий запис

## Step 5: confirm

confirm-title = Ласкаво просимо: перевірте свої дані
confirm-body = FranceConnect перевірив цю особу. Переконайтеся, що це саме ви.
confirm-given = Імена: { $value }
confirm-family = Прізвище при народженні: { $value }
confirm-birthdate = Дата народження: { $value }
confirm-birthplace = Місце народження: комуна { $code }
confirm-born-abroad = Місце народження: поза Францією (країна { $country })
confirm-continue = На справжньому сайті потім натисніть синю кнопку «Continuer sur { $service }», щоб повернутися до сервісу.
confirm-email = Після підключення ви можете отримати лист безпеки електронною поштою: це нормально.
confirm-wrong = Це не ви або щось неправильно? Оберіть «Це не я» і зверніться до організації облікового запису, яким ви скористалися.
confirm-note = Ці дані походять із національного реєстру завдяки вашому постійному номеру соціального страхування.
help-confirm = Прочитайте кожен рядок. Якщо все правильно, підтвердіть. На цьому комп’ютері нічого не зберігається.
choice-confirm-yes = Так, це я
choice-not-me = Це не я

## Step 6: done

done-title = Ви підключені через FranceConnect
done-connected = Підключення підтверджено.
done-logged-out = Ви вийшли з FranceConnect.
done-services = Сервіси, що приймають FranceConnect, перелічено тут:
done-help = Потрібна допомога? Вам допоможуть у найближчому центрі France Services.
done-note = Бережіть свій постійний номер соціального страхування: він потрібен для кожного підключення.
help-done = «Завершити» закриває помічника. «Вийти з FranceConnect» також закриває сеанс FranceConnect у браузері.
choice-finish = Завершити
choice-logout = Вийти з FranceConnect

## Errors

error-code = Код для служби підтримки: { $code }
error-check = Перевірка не пройдена: { $check }
error-config-client-id = Для цього постачальника не вказано ідентифікатор сервісу (client id).
error-config-client-id-next = Вкажіть його через --client-id або змінну FCGUIDE_CLIENT_ID, або скористайтеся навчальним постачальником.
error-config-secret = Бракує секрету сервісу.
error-config-secret-next = Покладіть його у змінну FCGUIDE_CLIENT_SECRET або у файл налаштувань (доступний для читання лише вам).
error-config-secret-file-open = Файл із секретом можуть читати інші люди: я відмовляюся його використовувати.
error-config-secret-file-open-next = Зробіть його доступним лише вам: chmod 600 і назва файлу.
error-config-secret-file = Файл із секретом неможливо прочитати.
error-config-secret-file-next = Перевірте його шлях і права доступу.
error-config-redirect-uri = Адреса повернення (--redirect-uri) недійсна.
error-config-redirect-uri-next = Вона має бути у вигляді http://localhost:PORT/шлях або http://127.0.0.1:PORT/шлях, точно як зареєстровано.
error-config-issuer = Адреса постачальника недійсна.
error-config-issuer-next = Вкажіть повну адресу https або оберіть готового постачальника.
error-unreachable = Постачальник не відповідає.
error-unreachable-next = Перевірте підключення до Інтернету і спробуйте ще раз. Без мережі скористайтеся навчальним постачальником.
error-discovery = Постачальник надав налаштування, які неможливо прочитати або які не належать йому.
error-discovery-next = Перевірте адресу постачальника. Якщо вона правильна, спробуйте пізніше.
error-insecure = Адреса постачальника не зашифрована (http).
error-insecure-next = Використовуйте адресу https. Звичайний http дозволено лише на цьому комп’ютері (127.0.0.1).
error-identity-not-found = FranceConnect не знайшов вашу особу в національному реєстрі.
error-identity-not-found-next = Найчастіша причина: тимчасовий номер соціального страхування або ще немає постійного номера. Зверніться до CPAM. Якщо ваш номер постійний, зверніться до FranceConnect із кодом нижче.
error-access-denied = Підключення скасовано або відхилено.
error-access-denied-next = Спробуйте ще раз або оберіть інший обліковий запис.
error-invalid-idp-hint = Цей обліковий запис не можна обрати звідси для цього сервісу.
error-invalid-idp-hint-next = Оберіть інший обліковий запис або спробуйте ще раз: тоді вибір буде в браузері.
error-invalid-request = Постачальник відхилив запит.
error-invalid-request-next = Це проблема налаштувань сервісу, а не вашого облікового запису. Спробуйте пізніше або повідомте про неї.
error-server-error = У постачальника технічна проблема.
error-server-error-next = Закрийте вкладку браузера і спробуйте ще раз.
error-temporarily-unavailable = Постачальник тимчасово недоступний.
error-temporarily-unavailable-next = Спробуйте через кілька хвилин.
error-refused = Постачальник відхилив підключення.
error-refused-next = Спробуйте ще раз або оберіть інший обліковий запис.
error-callback-issuer = Відповідь надійшла не від очікуваного постачальника. Я її відхилив.
error-callback-issuer-next = Закрийте інші вкладки підключення і спробуйте ще раз.
error-missing-code = Браузер повернувся без придатної відповіді.
error-missing-code-next = Спробуйте ще раз.
error-port-in-use = Порт повернення { $port } вже зайнятий на цьому комп’ютері.
error-port-in-use-next = Закрийте програму, яка його використовує, або оберіть іншу зареєстровану адресу повернення.
error-listener = Я не зміг дочекатися браузера на цьому комп’ютері.
error-listener-next = Спробуйте ще раз. Якщо повториться, перезавантажте комп’ютер.
error-timeout = Браузер не повернувся вчасно.
error-timeout-next = Спробуйте ще раз: почнеться нове підключення.
error-token-endpoint = Постачальник не підтвердив підключення.
error-token-endpoint-next = Спробуйте ще раз одразу: відповідь браузера дійсна лише кілька секунд.
error-id-token = Доказ особи від постачальника недійсний. Я його відхилив.
error-id-token-next = Жодних даних особи не показано. Спробуйте ще раз; якщо повториться, про постачальника треба повідомити.
error-userinfo = Дані особи від постачальника недійсні. Я їх відхилив.
error-userinfo-next = Жодних даних особи не показано. Спробуйте ще раз; якщо повториться, про постачальника треба повідомити.

## Pages shown in the browser by this program

callback-title = fcguide
callback-done = Готово. Можете закрити цю вкладку й повернутися до термінала.
callback-refused = Ця відповідь не належить до поточного підключення. Поверніться до термінала.
logout-done = Ви вийшли. Можете закрити цю вкладку й повернутися до термінала.

## Practice provider pages

practice-banner = Тренування: це не справжній FranceConnect. Нічого не надсилається державі.
practice-choose-title = Я обираю обліковий запис, щоб підключитися до { $service }
practice-login-title = Вхід до { $idp }
practice-account = Навчальний обліковий запис
practice-username = Логін
practice-password = Пароль
practice-login-button = Підключитися
practice-welcome = Ласкаво просимо, { $name }
practice-continue = Продовжити на { $service }
practice-register-title = Особу не знайдено
practice-register-body = Проблема з вашими даними особи не дає завершити підключення.
practice-back = Повернутися на { $service }
practice-error-title = Помилка
practice-logged-out = Ви вийшли з FranceConnect.
practice-account-typical = Доросла особа, народжена у Франції
practice-account-several = Кілька імен
practice-account-abroad = Особа, народжена за кордоном
practice-account-temporary = Тимчасовий номер соціального страхування: підключення не вдасться

## Plain mode

plain-invalid = Я не зрозумів. Введіть число від 1 до { $max } або натисніть лише Enter.
input-hidden = Те, що ви вводите, не показується.
choice-default = за замовчуванням

## Command line

cli-see-help = Див.: fcguide --help
cli-missing-value = Бракує значення після { $word }.
cli-unknown-option = Невідомий параметр: { $word }
cli-bad-port = Недійсний порт: { $word }
cli-bad-wait = Недійсний час (у хвилинах, щонайменше 1): { $word }
cli-no-secret-option = Секрет ніколи не передається в командному рядку ({ $word }): інші користувачі можуть його прочитати. Використовуйте змінну FCGUIDE_CLIENT_SECRET або файл ~/.config/fcguide/client_secret (chmod 600).
cli-unknown-provider = Невідомий постачальник: { $word }. Оберіть practice, franceconnect-sandbox, franceconnect-integration або franceconnect, або вкажіть --issuer.
cli-provider-and-issuer = Оберіть або --provider, або --issuer, а не обидва ({ $word }).
cli-unknown-language = Мова недоступна: { $word }. Див.: fcguide --list-languages
cli-practice-port = Порт { $word } уже зайнятий. Оберіть інший через --port або не вказуйте --port.
cli-practice-started = Навчального постачальника запущено (лише на цьому комп’ютері). Ctrl-C зупиняє його.
cli-bad-bidi = --bidi приймає «program» (помічник упорядковує текст справа наліво) або «terminal» (це робить термінал): { $word }
cli-help =
    fcguide: підключення через FranceConnect крок за кроком вашою мовою.

    Використання:
      fcguide [параметри]
      fcguide practice-server [--port N]

    Параметри:
      --plain               построковий режим (програми зчитування екрана, прості термінали)
      --lang МОВА           мова (fr, uk, en…); див. --list-languages
      --provider НАЗВА      practice (за замовчуванням), franceconnect-sandbox,
                            franceconnect-integration, franceconnect
      --issuer URL          інший постачальник OpenID Connect
      --client-id ID        ідентифікатор сервісу (або FCGUIDE_CLIENT_ID)
      --redirect-uri URL    зареєстрована адреса повернення (http://localhost:PORT/шлях)
      --scopes "…"          запитувані дані (за замовчуванням: основні дані особи та e-mail)
      --idp-hint            надіслати обраний обліковий запис постачальнику (якщо сервісу дозволено)
      --no-browser          не відкривати браузер: показати адресу
      --wait ХВИЛИНИ        скільки чекати на браузер, перш ніж запитати (5 за замовчуванням)
      --bidi terminal       доручити терміналу впорядкування тексту справа наліво
      --high-contrast       висококонтрастна тема
      --list-languages      доступні мови
      --help, --version

    Секрет сервісу береться з FCGUIDE_CLIENT_SECRET або з файлу
    ~/.config/fcguide/client_secret (доступного лише вам), ніколи з командного рядка.
    Коди виходу: 0 підключено, 1 помилка, 2 помилка використання, 3 скасовано.
more-below = ↓ Далі нижче: клавіша Page Down.
more-above = ↑ Початок вище: клавіша Page Up.
