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
