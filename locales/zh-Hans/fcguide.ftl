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
more-below = ↓ 下面还有内容：按 Page Down 键。
more-above = ↑ 上面还有内容：按 Page Up 键。
more-choices = ↕ 还有其他选项没有显示：按方向键。

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

## Plain mode

plain-invalid = 我没有听懂。请输入 1 到 { $max } 之间的一个编号，或只按 Enter。
input-hidden = 您输入的内容不会显示。
choice-default = 默认

