## Production (issue 20): the answer pasted from the service's registered https page, and the service's name
error-config-redirect-address = 返回地址（--redirect-uri）无效。
error-config-redirect-address-next = 请准确给出为本服务登记的地址：集成环境（integration）用本计算机上带固定端口的地址（http://localhost:8400/callback）；生产环境（production）用服务自己域名上的 https 页面。
error-config-loopback-production = 生产环境的 FranceConnect 拒绝本计算机上的返回地址（localhost、127.0.0.1）：浏览器会停在错误 Y030007 上。
error-config-loopback-production-next = 请在 FranceConnect 登记服务自己域名上、显示自身地址的 https 页面（fcguide relay-page 提供这个页面），然后用 --redirect-uri 给出它。本计算机上的地址只在集成环境中可用。
cli-bad-service-name = 服务名称无效：{ $word }。请给出在 FranceConnect 登记的名称，使用纯文本，最多 100 个字符。
choice-paste = 粘贴服务页面的地址
auth-paste-when = 在 « Continuer sur { $service } » 之后，浏览器会到达 { $service } 的页面，页面上显示一个地址。复制它，然后用第一个选项粘贴到这里。
paste-title = 粘贴服务页面的地址
paste-body = 在 { $service } 的页面上，复制显示的完整地址（以 { $page } 开头），粘贴到这里并按 Enter。只按 Enter 返回上一步。
paste-input = 地址：
paste-problem-too-long = 这段文字太长，不可能是页面的地址。
paste-problem-control = 这段文字含有控制字符：它不是地址。
paste-problem-not-an-address = 这不是地址。请从开头复制完整的地址。
paste-problem-other-page = 这不是服务页面的地址。请复制浏览器在 FranceConnect 之后到达的页面的地址。
paste-problem-no-answer = 这个地址里没有 FranceConnect 的答复。请先在浏览器中完成连接，再复制到达的页面的地址。
paste-problem-other-attempt = 这个地址来自另一次连接（一个旧标签页）。请使用最后打开的标签页，或重新开始。
help-paste = 在生产环境中，FranceConnect 会把浏览器送回服务的页面，而不是这台计算机。该页面显示自己的地址和一个复制按钮。把它粘贴到这里：我会检查它，并且只使用一次。
