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
