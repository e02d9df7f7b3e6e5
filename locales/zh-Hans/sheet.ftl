## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = Aidants Connect 网站，供专业帮办人员使用：

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
