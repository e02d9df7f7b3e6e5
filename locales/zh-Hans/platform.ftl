## The platform's codes (issue 20): what each means and what to do; registration codes speak to the service's administrator

code-y010009 = 国家登记册拒绝了请求：它不接受您所选账户发送的身份数据。这不是故障。
code-y010009-next = 再试一次。如果又出现同一个代码，请选择另一个账户，或带着这个代码联系 FranceConnect，请他们核查您的数据。
code-navigation = 浏览器的“返回”按钮或重新加载页面中断了连接。
code-navigation-next = 关闭所有 FranceConnect 标签页，然后选择“重试”。连接过程中，请不要使用浏览器的返回按钮。
code-y180001 = 您的 FranceConnect 访问已被停用。
code-y180001-next = 要重新启用，请带着这个代码联系 FranceConnect。在此期间，请使用该网站自己的账户。
code-y100011 = 您在 FranceConnect 偏好设置中屏蔽了这个账户。
code-y100011-next = 请选择另一个账户，或在 FranceConnect 偏好设置中重新允许这个账户，然后再试一次。
code-idp-off = 这个账户目前不能用于此服务：它已被停用，或此服务不接受它。
code-idp-off-next = 请选择另一个账户。
code-y04ea6ef = FranceConnect 不认识此服务（它的标识符 client id 未知）。这是服务注册的错误，不是您的错。
code-y04ea6ef-next = 您对此无能为力：请把这个代码告诉该服务。给其管理员：请检查 client id 和环境（integration 或 production）；client id 只在签发它的环境中有效。
code-y04c013c = 服务的返回地址没有在 FranceConnect 注册（端口不同、名称不同，或用了 http 而不是 https）。这是服务注册的错误，不是您的错。
code-y04c013c-next = 您对此无能为力：请把这个代码告诉该服务。给其管理员：请准确注册用 --redirect-uri 给出的地址，或给出已注册的那个地址。
code-logout-refused = FranceConnect 拒绝了服务结束会话的请求（缺少连接凭证，或会话结束后的返回地址没有注册）。
code-logout-refused-next = 关闭浏览器以结束 FranceConnect 会话。给服务的管理员：请注册会话结束后使用的返回地址。

## The practice provider, as the platform words its pages

practice-error-technical = 发生了技术错误，请关闭浏览器标签页并重新登录。
practice-error-session = 您的会话已过期或无效，请关闭浏览器标签页并重新登录。
practice-error-communication = 与服务提供方通信时发生错误。请稍后再试。
practice-cancel = 取消
practice-idp-failed = 无法通过 { $idp } 连接。请重试，或选择其他连接方式。
practice-choose-error-doc-title = 选择账户时出错

## Cancelling at the provider: the banner on the choice page, explained while waiting

choice-not-possible = 页面显示 « La connexion à » … « n’a pas été possible »
notice-not-possible = FranceConnect 的这个页面表示与 { $idp } 的连接没有完成：您在 { $idp } 取消了，或在那里登录失败。没有任何内容发送给服务。我仍在等待：在该页面上，再次选择 { $idp } 重试，或选择另一个账户。

## A real client's mistakes: the registration, the secret file by its path

error-client-rejected = 身份提供方拒绝了服务的标识符（client id）或其密钥。
error-client-rejected-next = 问题出在服务的注册上，不在您的账户：重试也不会改变什么。请检查提供给本程序的 client id 和密钥，以及环境（integration 或 production），或向服务的管理员索取。
error-config-secret-file-link = 密钥文件（{ $file }）是一个符号链接：我拒绝跟随它。
error-config-secret-file-link-next = 请把密钥放在该位置的一个真实文件中，而不是链接，并且只有您能读取（chmod 600）。
