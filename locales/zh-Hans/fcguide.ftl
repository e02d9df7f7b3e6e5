# fcguide: Chinese, simplified. "fr-words-*" translate the exact words of the real FranceConnect site.

language-name = 简体中文
language-name-en = Chinese (simplified)
language-direction = ltr
# "native" once a native speaker has reviewed this locale; "unreviewed" until then.
language-review = unreviewed
language-not-reviewed = 尚未经母语者审读
language-no-voice = 没有可朗读的语音

## Around every step

progress = 第 { $step } 步，共 { $total } 步
practice-mark = 练习：测试用的提供方，不是真正的 FranceConnect
note-label = 重要：
help-label = 帮助：
french-label = 法语原文：
keys-tui = 方向键或数字：选择 · Enter：确认 · Esc：返回 · ?：帮助 · L：语言 · B：双语 · F：互换 · Q：退出
keys-input = Enter：确认 · Esc：返回 · F1：帮助
keys-input-nir = Enter：检查 · Esc：返回 · F1：帮助 · F2：显示或隐藏数字
keys-plain = 输入一个编号，然后按 Enter。只按 Enter：选建议的选项。0：返回。h：帮助。l：语言。q：退出。
keys-short = ?：帮助 · Q：退出
prompt = 选择
prompt-default = 只按 Enter：{ $choice }
still-waiting = 我还在等浏览器返回。您可以在浏览器里继续，也可以输入一个选项。
too-small = 窗口太小。请把窗口放大，或运行 fcguide --plain。
connected-mark = [FranceConnect ✓] 已连接
help-keys = 按键：Enter 确认建议的选项。Esc、退格键或 0 返回上一步。L 更换语言，进度不会丢失。B 在每段文字下显示第二种语言；F 互换两种语言。V 朗读各个步骤，或停止朗读。在逐行模式中：h 是帮助，b、f 和 v 与这些按键相同。
help-practice = 练习：这里的提供方是这台电脑上的测试提供方，不是真正的 FranceConnect。不会向政府发送任何信息。
speech-on = 朗读：已开启。
speech-off = 朗读：已停止。
speech-unavailable = 没有安装朗读程序（spd-say 或 espeak-ng）：助手继续运行，但没有语音。

## Words of the real site (translated; the French is shown beside them)

fr-words-button = 通过 FranceConnect 登录
fr-words-choose = 请选择一个账户来登录：
fr-words-login = 登录
fr-words-as = 您将以下列身份登录：
fr-words-continue = 继续前往 { $service }
fr-words-consent = 我同意 FranceConnect 为了让我登录而把我的数据传给该服务
fr-words-error = 出现了一个错误
fr-words-code = 错误 Y010008
fr-words-what-to-do = 怎么办？
fr-words-back = 返回 { $service }

## Step 1: language

language-title = 请选择您的语言
language-body = 本助手使用您的语言。它也会显示您在真正网站上将看到的法语词句。
language-note = 使用 FranceConnect 需要一个法国的永久社会保障号码。我们会加以说明。
help-language = 请选择您读得最好的语言。您随时可以按 L 键更换。也可以输入语言名称的开头来查找。

## Step 2: welcome and prerequisite

welcome-title = 什么是 FranceConnect？
welcome-what = FranceConnect 是免费的：一个账户就能使用许多网上公共服务（税务、医疗、失业……）。
welcome-need = 需要一个永久社会保障号码：FranceConnect 会在国家登记册（RNIPP）中核对您的身份。
welcome-where = 这个号码有 15 位：印在您的 carte Vitale（医保卡）上，也写在您的权益证明（attestation de droits）上。
welcome-without = 还没有号码，或只有临时号码（以 7 或 8 开头）？FranceConnect 暂时还用不了：请询问您的 CPAM（医保局）。在此之前，请使用该网站自己的账户。
welcome-note = 没有永久社会保障号码，登录就会失败。临时号码（以 7 或 8 开头）不行。
help-welcome = “继续”进入选择账户。您也可以先检查号码的格式：检查只在这台电脑上进行，不会发送或保存任何信息。
choice-continue = 继续
choice-check-nir = 检查我的社会保障号码
choice-check-again = 检查另一个号码
choice-back = 返回
choice-quit = 退出

## Number check

nir-title = 检查我的社会保障号码
nir-body = 请输入全部 15 位数字，包括校验码。号码只留在这台电脑上：不会发送，也不会保存，检查后即被清除。
nir-input = 社会保障号码（15 位数字）。只按 Enter：跳过。
nir-show-digits = 输入 s 再按 Enter：显示数字
nir-read-back = 您输入的是：{ $number }
nir-permanent = 这个号码格式正确，是永久号码。FranceConnect 可以使用。
nir-permanent-abroad = 这个号码格式正确，是永久号码（在法国以外出生的人）。FranceConnect 可以使用。
nir-temporary = 这是临时号码：以 7 或 8 开头。用这个号码，FranceConnect 无法使用。请向您的 CPAM 询问您的永久号码。
nir-wrong-key = 校验码（最后 2 位数字）与号码的其余部分不符。请对照您的 carte Vitale 逐位核对。
nir-missing-key = 缺少校验码：请加上最后 2 位数字（在您的 carte Vitale 上，前 13 位之后）。
nir-malformed = 这不是社会保障号码的格式。需要 15 个字符；第一位是 1 或 2（临时号码是 7 或 8）。
nir-note = 永久号码以 1 或 2 开头。国家登记册认的就是这个号码。
nir-note-temporary = 用临时号码时，FranceConnect 会显示一个 « Une erreur s’est produite » 页面，上面写着 « Erreur Y010008 »。这不是您的错：需要等到永久号码。
help-nir = 检查只看号码的格式和校验码。它不能说明国家登记册里是否已经有您。

## Step 3: choose an identity provider

idp-title = 选择账户
idp-body = 您必须已经在下面某个网站上有账户。请选择一个。
idp-after-not-me = 您说显示的身份不是您的。它已被清除。请选择另一个账户，或寻求帮助。
idp-note = 关键在于：您的身份必须在国家登记册中。有了永久社会保障号码，才会被登记进去。
help-idp = 请选择您已有用户名和密码的网站。如果一个都没有，最简单的通常是 ameli.fr（医疗保险）或 impots.gouv.fr（税务）。您是帮助这个人的专业人员吗？千万不要替他输入密码：必须由本人输入。如需代表本人办事，可以使用 Aidants Connect。
idp-impots-who = 在法国申报收入的任何人。需要税号。
idp-ameli-who = 参加医疗保险（Assurance maladie）的任何人。需要社会保障号码。
idp-laposte-who = 持有法国身份证件或居留证的任何成年人。需要一部手机。
idp-msa-who = 参加农业社会互助保险（MSA，农业领域）的人。
idp-france-identite-who = 持有新版法国身份证和兼容手机的人。
idp-yris-who = 持有身份证件的任何成年人。需要一部手机。
idp-trustme-who = 持有身份证件的任何成年人。需要一部手机和 TrustMe 应用。

## Step 4: authenticate in the browser

auth-title = 在浏览器中登录
auth-failed-title = 没有登录成功
auth-starting = 正在准备登录……
auth-opened = 浏览器已经打开。完成后请回到这里。
auth-not-opened = 浏览器没有打开。请在这台电脑的浏览器中打开这个网址：
auth-no-browser = 请在这台电脑的浏览器中打开这个网址：
auth-no-display = 这里没有图形界面的浏览器。请在这台电脑的浏览器中打开这个网址，例如文本浏览器：
auth-ssh = 您是远程（SSH）连接到这台电脑的。有两种做法：在这台电脑的浏览器中打开网址；或者在您自己的电脑上输入下面的命令，再在您的浏览器中打开网址。
auth-in-browser = 在浏览器中：选择 { $idp }，输入您的用户名和密码，然后点 « Se connecter »（登录）。
auth-timed-out = 预定的时间已过，但您仍可以在浏览器中完成。如果需要更多时间，请选择“更多时间”。
auth-checking = 浏览器已返回。正在核对您的身份……
auth-note = FranceConnect 会在国家登记册中查找您的身份。用临时号码是找不到的。
auth-note-register = 最常见的原因：还没有永久社会保障号码。您可以检查您的号码：请选择“检查我的社会保障号码”。
help-auth = 浏览器显示的是 FranceConnect 的页面。如果什么都没有打开，请复制显示的网址。需要多少次，就可以要求多少次延长时间。
help-auth-failed = 每个选项都说明它的作用。“重试”会重新打开浏览器。要看懂 FranceConnect 的错误页面，请输入页面上的代码。要联系 FranceConnect：点其错误页面上的 « Contactez-nous »（联系我们）按钮，或访问 aide.franceconnect.gouv.fr 网站。
choice-reopen = 重新打开浏览器
choice-more-time = 更多时间（再加 { $minutes } 分钟）
notice-more-time = 好的：再加 { $minutes } 分钟。
notice-more-time-until = 好的：再加 { $minutes } 分钟，到 { $time } 为止。
notice-reopened = 浏览器已重新打开登录页面。
notice-not-reopened = 浏览器没有打开。请自己打开这个网址。
choice-cancel = 取消，回到选择账户
choice-retry = 重试
choice-other-idp = 选择另一个账户
choice-read-code = 输入 FranceConnect 错误页面上的代码
choice-code-again = 输入另一个代码
code-title = FranceConnect 的页面上写了什么？
code-body = 如果页面上写着 « Une erreur s’est produite »（出现了一个错误），请输入 « Erreur » 后面的代码（例如 Y010008）。如果没有代码，只按 Enter。
code-input = 页面上的代码（例如 Y010008）。只按 Enter：没有代码。
code-read = 代码 { $code }：
code-note = 这个代码能帮助 FranceConnect 的客服和您的 CPAM 了解发生了什么。请把它记下来。要联系 FranceConnect：点其错误页面上的 « Contactez-nous »（联系我们）按钮，或访问 aide.franceconnect.gouv.fr 网站。
help-code = 代码在 FranceConnect 错误页面上 « Erreur » 一词的后面。它以 Y 开头，后面至少有 6 位数字或字母（例如 Y010008 或 Y04EA6EF）。您输入的任何内容都不会被发送。
code-y010008 = FranceConnect 在国家登记册（RNIPP）中没有找到您的身份。这不是您的错。
code-y010008-next = 最常见的原因：还没有永久社会保障号码（临时号码以 7 或 8 开头，或者档案正在办理中）。请向您的 CPAM 询问您的永久号码办到哪一步了。在此之前，请使用该网站自己的账户。如果您的号码已经是永久的，请带着这个代码联系 FranceConnect。
code-y010004 = 国家登记册找到了一个相近的身份，但与您账户中的身份不够接近。
code-y010004-next = 您账户中的身份信息与登记册中的不一致（姓、名、出生日期或出生地）。请带着这个代码联系 FranceConnect，让他们更正。
code-y010006 = 国家登记册为您找到了好几个可能的身份。
code-y010006-next = 需要更正您的信息。请带着这个代码联系 FranceConnect。
code-y010007 = 国家登记册只能通过您的常用姓氏（例如配偶的姓）找到您。
code-y010007-next = 需要更正您的信息。请带着这个代码联系 FranceConnect。
code-register-technical = 国家登记册无法回应：这是技术问题，不是您的错。
code-register-technical-next = 请稍后再试。如果一直这样，请带着这个代码联系 FranceConnect。
code-y010015 = 国家登记册不再允许用这个身份登录。
code-y010015-next = 请带着这个代码联系 FranceConnect：工作人员会和您一起查看您的情况。
code-y030007 = 服务发出的请求不正确。这不是您的错。
code-y030007-next = 这是服务（或本助手）的设置问题。请带着这个代码向该服务报告。
code-y190001 = 会话已过期或不再有效：登录花的时间太长了，或页面打开的时间太长了。
code-y190001-next = 请关闭 FranceConnect 的标签页，然后重新开始：选择“重试”。
code-unknown = 我不认识这个代码。
code-unknown-next = 请在页面上核对（Y 后面至少跟 6 位数字或字母）。如果没错，请带着这个代码联系 FranceConnect。
code-none = 页面上没有代码：您可能在登录之前就返回了。
code-none-next = 您可以重试，或选择另一个账户。

## Step 5: confirm

confirm-title = 请核对您的身份
confirm-body = 请确认这个身份确实是您的。
confirm-given = 名：{ $value }
confirm-family = 出生时的姓：{ $value }
confirm-birthdate = 出生日期：{ $value }
months = 1月, 2月, 3月, 4月, 5月, 6月, 7月, 8月, 9月, 10月, 11月, 12月
confirm-birthplace = 出生地：市镇代码 { $code }
confirm-born-abroad = 出生地：法国以外（国家 { $country }）
confirm-continue = 在真正的网站上，最后这一页显示您的姓名和一个蓝色按钮。旧的指南把它叫作 « Bienvenue »（欢迎）。
confirm-consent = 有些服务会先要求您勾选一个方框。
confirm-wrong = 不是您？请选择“这不是我”：这个身份会被清除。
confirm-note = 这个身份来自国家登记册，凭的是您的永久社会保障号码。
help-confirm = 请逐行查看。如果全都正确，就确认。这台电脑上不会保存任何信息。有信息不对？请联系您所用账户的机构。只有在某次登录看起来异常时，FranceConnect 才会给您发电子邮件。
choice-confirm-yes = 是我本人
choice-not-me = 这不是我

## Step 6: done

done-title = 您已通过 FranceConnect 登录
done-title-logged-out = 您已从 FranceConnect 登出
done-connected = 登录已确认。
done-logged-out = 您已从 FranceConnect 登出。
done-services = 接受 FranceConnect 的服务列在这里：
done-help = 需要帮助？您附近的 France Services 服务点可以协助您。
done-note = 请保管好您的永久社会保障号码：每次登录都要用到。
help-done = “结束”会关闭助手。“从 FranceConnect 登出”还会关闭浏览器中的 FranceConnect 会话。需要帮助？您附近的 France Services 服务点可以协助您。
choice-finish = 结束
choice-logout = 从 FranceConnect 登出
end-connected = 助手结束：您已登录。
end-failed = 助手结束：没有登录成功。
end-cancelled = 助手结束。

## Errors: what happened, then what to do

error-code = 请告诉客服的代码：{ $code }
error-check = 未通过的检查：{ $check }
error-config-client-id = 没有为这个提供方配置服务标识（client id）。
error-config-client-id-next = 请用 --client-id 或 FCGUIDE_CLIENT_ID 变量提供它，或者使用练习用的提供方。
error-config-secret = 缺少服务的密钥。
error-config-secret-next = 请把它放进 FCGUIDE_CLIENT_SECRET 变量，或放进配置文件（只有您自己能读）。
error-config-secret-file-open = 密钥文件（{ $file }）其他人也能读取：我拒绝使用它。
error-config-secret-file-open-next = 请把它设为只有您自己能读：chmod 600 { $file }
error-config-secret-file = 无法读取密钥文件（{ $file }）。
error-config-secret-file-next = 请检查它的路径和权限。
error-config-redirect-uri = 返回地址（--redirect-uri）无效。
error-config-redirect-uri-next = 它必须是 http://localhost:PORT/路径 或 http://127.0.0.1:PORT/路径 的形式，与登记的完全一致。
error-config-redirect-required = 使用 FranceConnect 需要为这个服务登记的返回地址（--redirect-uri）。
error-config-redirect-required-next = FranceConnect 只接受登记过的准确地址。请登记一个在这台电脑上、端口固定的地址，例如 http://localhost:8400/callback，再用 --redirect-uri 提供它。
error-config-issuer = 提供方的地址无效。
error-config-issuer-next = 请提供完整的 https 地址，或选择一个预设的提供方。
error-unreachable = 提供方没有回应。
error-unreachable-next = 请检查网络连接，然后重试。离线时，请使用练习用的提供方。
error-discovery = 提供方给出的配置无法读取，或者不是它自己的。
error-discovery-next = 请检查提供方的地址。如果地址正确，请稍后再试。
error-insecure = 提供方的地址没有加密（http）。
error-insecure-next = 请使用 https 地址。只有在这台电脑上（127.0.0.1）才允许 http。
error-identity-not-found = FranceConnect 在国家登记册中没有找到您的身份。
error-identity-not-found-next = 最常见的原因：社会保障号码是临时的，或者还没有永久号码。请询问您的 CPAM。如果您的号码是永久的，请带着下面的代码联系 FranceConnect。
error-access-denied = 没有登录成功：FranceConnect 没有返回任何身份。
error-access-denied-next = 这种情况发生在您返回了上一页，或 FranceConnect 显示了错误页面（« Une erreur s’est produite »，出现了一个错误）的时候。如果页面上显示 « Erreur » 后面跟着一个代码，请选择输入这个代码：我会为您解释。
error-invalid-idp-hint = 对这个服务，不能从这里选择这个账户。
error-invalid-idp-hint-next = 请选择另一个账户，或重试：那样就在浏览器里选择。
error-invalid-request = 提供方拒绝了请求。
error-invalid-request-next = 这是服务的设置问题，不是您账户的问题。请稍后再试，或报告这个问题。
error-server-error = 提供方出现了技术问题。
error-server-error-next = 请关闭浏览器的标签页，然后重试。如果 FranceConnect 页面显示了 « Erreur » 加一个代码，请选择输入这个代码：我会为您解释。
error-temporarily-unavailable = 提供方暂时无法使用。
error-temporarily-unavailable-next = 请过几分钟再试。如果 FranceConnect 页面显示了 « Erreur » 加一个代码，请选择输入这个代码：我会为您解释。
error-refused = 提供方拒绝了登录。
error-refused-next = 请重试，或选择另一个账户。
error-callback-issuer = 这个回应不是来自预期的提供方。我已拒绝它。
error-callback-issuer-next = 请关闭其他登录标签页，然后重试。
error-callback-issuer-missing = 这个回应没有说明来自哪个提供方，而这个提供方总是会说明的。我已拒绝它。
error-callback-issuer-missing-next = 请关闭其他登录标签页，然后重试。
error-missing-code = 浏览器返回了，但没有可用的回应。
error-missing-code-next = 请重试。
error-port-in-use = 返回端口 { $port } 在这台电脑上已被占用。
error-port-in-use-next = 请关闭占用它的程序，或选择另一个已登记的返回地址。
error-listener = 我无法在这台电脑上等待浏览器返回。
error-listener-next = 请重试。如果一直这样，请重新启动电脑。
error-timeout = 浏览器没有按时返回。
error-timeout-next = 请重试：将开始一次新的登录。
error-token-endpoint = 提供方没有确认这次登录。
error-token-endpoint-next = 请马上重试：浏览器的回应只在几秒钟内有效。
error-id-token = 提供方发来的身份凭证无效。我已拒绝它。
error-id-token-next = 不会显示任何身份。请重试；如果一直这样，应当报告这个提供方。
error-userinfo = 提供方发来的身份信息无效。我已拒绝它们。
error-userinfo-next = 不会显示任何身份。请重试；如果一直这样，应当报告这个提供方。

## Pages shown in the browser by this program

callback-title = fcguide
callback-done = 完成了。您可以关闭这个标签页，回到终端。
callback-failed = 没有登录成功。请回到终端：助手会告诉您怎么办。
callback-refused = 这个回应与正在进行的登录不符。请回到终端。
logout-done = 您已登出。您可以关闭这个标签页，回到终端。

## Practice provider pages (the French text is the page; this is the translation under it)

practice-banner = 练习：这不是真正的 FranceConnect。不会向政府发送任何信息。
practice-choose-doc-title = 登录 - 选择账户
practice-connecting = 正在登录 { $service }
practice-choose-title = 请选择一个账户来登录：
practice-aidants = 您是专业帮办人员吗？使用 Aidants Connect
practice-login-title = 登录 { $idp }
practice-account = 练习账户
practice-username = 用户名
practice-password = 密码
practice-login-button = 登录
practice-wrong-password = 用户名或密码不正确。
practice-continue-doc-title = 登录 - 继续前往服务 { $service }
practice-as = 您将以下列身份登录：
practice-continue = 继续前往 { $service }
practice-consent = 我同意 FranceConnect 为了让我登录而把我的数据传给该服务
practice-consent-missing = 请勾选方框，同意传送数据
practice-error-doc-title = 登录错误
practice-back = 返回 { $service }
practice-error-title = 出现了一个错误
practice-error-code = 错误 { $code }
practice-error-body = 出现了一个错误，请稍后再试
practice-help-page = 请查看我们的 FranceConnect 帮助页面。
practice-what-to-do = 怎么办？
practice-contact = 联系我们
practice-logged-out = 您已从 FranceConnect 登出。
practice-not-found = 找不到页面
practice-account-typical = 在法国出生的成年人
practice-account-several = 有多个名字
practice-account-abroad = 在国外出生的人
practice-account-temporary = 临时社会保障号码：登录会失败

## Plain mode

plain-invalid = 我没有听懂。请输入 1 到 { $max } 之间的一个编号，或只按 Enter。
input-hidden = 您输入的内容不会显示。
choice-default = 默认

## Command line

cli-see-help = 参见：fcguide --help
cli-missing-value = { $word } 后面缺少一个值。
cli-unknown-option = 未知选项：{ $word }
cli-bad-port = 端口无效：{ $word }
cli-bad-wait = 时长无效（以分钟计，1 到 1440）：{ $word }
cli-not-text = 有一个参数不是可读的文本：{ $word }
cli-switch-value = 这个选项不带值：{ $word }
cli-bad-rules = --rules 只接受“franceconnect”（平台的规则）或“oidc”（标准 OpenID Connect）：{ $word }
cli-no-secret-option = 密钥绝不能写在命令行上（{ $word }）：其他用户可能读到。请使用 FCGUIDE_CLIENT_SECRET 变量或 ~/.config/fcguide/client_secret 文件（chmod 600）。
cli-unknown-provider = 未知的提供方：{ $word }。请选择 practice、franceconnect-sandbox、franceconnect-integration 或 franceconnect，或者提供 --issuer。
cli-provider-and-issuer = 请选择 --provider 或 --issuer 其中之一，不能两个都用（{ $word }）。
cli-unknown-language = 没有这种语言：{ $word }。参见：fcguide --list-languages
cli-practice-port = 端口 { $word } 已被占用。请用 --port 另选一个，或者不用 --port。
cli-practice-started = 练习用的提供方已启动（只在这台电脑上）。按 Ctrl-C 停止。
cli-bad-bidi = --bidi 只接受“program”（由助手把从右到左的文字排好顺序）或“terminal”（由终端来做）：{ $word }
cli-bad-format = --format 只接受“html”（可打印的网页）或“text”（纯文本）：{ $word }
cli-help =
    fcguide：用您的语言，一步一步地通过 FranceConnect 登录。

    用法：
      fcguide [选项]
      fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box]
      fcguide sheet [--lang 语言] [--format html|text]

    选项：
      --plain               逐行模式（屏幕阅读器、简单终端）
      --lang 语言           语言（fr、uk、en……）；参见 --list-languages
      --provider 名称       practice（默认）、franceconnect-sandbox、
                            franceconnect-integration、franceconnect
      --issuer URL          另一个 OpenID Connect 提供方
      --client-id ID        服务标识（或 FCGUIDE_CLIENT_ID）
      --redirect-uri URL    登记的返回地址（http://localhost:PORT/路径），
                            使用 FranceConnect 时必须提供
      --rules 名称          franceconnect（平台的规则，其各环境的默认值）
                            或 oidc（与 --issuer 一起时的默认值）
      --scopes "…"          请求的数据（默认：基本身份信息和电子邮件）
      --idp-hint ID         平台为这个服务提供的身份提供方标识
                            （作为 idp_hint 发送）
      --no-browser          不打开浏览器：只显示网址
      --wait 分钟           询问之前等待浏览器的时间（默认 5，1 到 1440）
      --bidi terminal       让终端排列从右到左的文字
      --high-contrast       高对比度主题
      --second-lang 语言    双语视图中的第二种语言（默认法语）
      --speak               朗读各个步骤（spd-say 或 espeak-ng）
      --list-languages      可用的语言
      --help, --version

    服务的密钥来自 FCGUIDE_CLIENT_SECRET 或 ~/.config/fcguide/client_secret
    文件（只有您自己能读），绝不来自命令行。
    fcguide sheet 生成可打印的步骤说明（默认 html），或纯文本。
    退出码：0 已登录，1 失败，2 用法错误，3 已取消。
more-below = ↓ 下面还有内容：按 Page Down 键。
more-above = ↑ 上面还有内容：按 Page Up 键。
more-choices = ↕ 还有其他选项没有显示：按方向键。

## Printable sheet
# Words between « » are the real site's and stay in French in every language.

sheet-title = FranceConnect 一步一步
sheet-intro = FranceConnect 的页面只有法语。下面是页面上的原话，每句法语后面都附有中文翻译。千万不要把您的密码写在这里。
sheet-bring-title = 需要随身带的东西
sheet-bring-card = 您的 carte Vitale（医保卡），或医疗保险（Assurance maladie）的权益证明（attestation de droits）。
sheet-bring-account = 您在下列某个网站上账户的用户名和密码：
sheet-bring-email = 能查看您的电子邮箱：您账户所在的网站可能会给您发邮件。
sheet-steps-title = 步骤
sheet-step-start-title = 在服务的网站上
sheet-step-start = 找到这个蓝色按钮并点击：
sheet-step-login = 在所选账户的页面上，亲自输入您的用户名和密码，然后点击：
sheet-codes-title = 如果 FranceConnect 显示错误
sheet-codes-intro = 请记下 « Erreur » 后面的代码，寻求帮助时提供它。它的意思是：
sheet-help-title = 去哪里寻求帮助
sheet-help-cpam = 您的医疗保险局（CPAM）：如果您的号码以 7 或 8 开头，或者您的档案正在办理中。
sheet-help-contact = FranceConnect：点其错误页面上的 « Contactez-nous »（联系我们）链接。请提供错误代码。
sheet-helper-title = 给帮忙的人
sheet-helper-password = 千万不要替本人输入密码，即使是为了帮忙：必须由本人输入。
sheet-helper-aidants = 如需代表本人办事，受过培训的专业人员使用 Aidants Connect，并需要本人签署的委托书：
# Words of the real site (the choice of account), like the fr-words-* messages.
sheet-words-aidants = 您是专业帮办人员吗？使用 Aidants Connect
