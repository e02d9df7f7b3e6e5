# Issue 22：命令行、记住的设置、fcguide check 和 --debug。
cli2-unexpected-operand = 意外的词：{ $word }。不是选项的词只能是命令：sheet、check、config、practice-server、relay-page（-- 之后也是）。
cli2-write-failed = 无法写入输出：{ $word }
cli2-help-more =
    命令和选项可以按任意顺序给出；-- 结束选项。
      fcguide check [选项]     会话前检查设置（提供方、代理、TLS、时钟、
                               返回地址、密钥文件）
      fcguide config [选项]    显示每项生效的设置及其来源
      --debug                  写下地址、状态和错误的记录，不含个人数据：
                               逐行模式下写到标准错误，否则写到
                               ~/.local/state/fcguide/debug.log
      命令 --help              某一命令的帮助

    记住的设置：~/.config/fcguide/config，每行一个 键 = 值
    (provider, issuer, client-id, redirect-uri, service-name, lang, second-lang,
    speak = yes|no, theme = high-contrast|default)。选项优先于文件。

    环境变量：FCGUIDE_CLIENT_ID, FCGUIDE_CLIENT_SECRET, FCGUIDE_PLAIN,
    FCGUIDE_THEME, FCGUIDE_DEBUG, XDG_CONFIG_HOME, XDG_STATE_HOME, ALL_PROXY,
    HTTPS_PROXY, HTTP_PROXY, NO_PROXY, BROWSER, TERM, NO_COLOR, LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG。参见：man fcguide
cli2-help-sheet =
    fcguide sheet：要打印的步骤单，输出到标准输出，网站的法语词语旁附译文，
    不含个人数据。

    用法：fcguide sheet [--lang 语言] [--second-lang 语言|none] [--format html|text]
      --lang 语言              步骤单的语言（默认：系统语言）
      --second-lang 语言       印在下方，字体较小（默认：法语）；
                               none：只用一种语言
      --format html|text       html（默认）：一页 A4 打印页面；
                               text：每行最多 80 列
    示例：fcguide sheet --lang uk > sheet.html
cli2-help-practice-server =
    fcguide practice-server：单独运行练习提供方，在本机（127.0.0.1），供培训者的
    浏览器或其他程序使用。它显示自己的 issuer、客户端标识、为本次生成的密钥，
    以及它接受的返回地址。Ctrl-C 停止它。

    用法：fcguide practice-server [--port N] [--redirect-uri URL] [--consent-box] [--lang 语言]
      --port N             端口（默认：任一空闲端口）
      --redirect-uri URL   它接受的唯一返回地址
      --consent-box        继续前显示要勾选的方框，如某些服务那样
      --lang 语言          它所显示内容的语言
cli2-help-check =
    fcguide check：在与人坐下来之前检查设置，每行一个结论：设置（客户端标识、
    返回地址、密钥）、密钥文件、代理、安全连接（TLS）、本机时钟与提供方时钟
    的对比，以及提供方的描述（discovery）。不显示任何机密。它接受会话的选项
    (--provider, --issuer, --client-id, --redirect-uri, --rules, --lang, --debug)
    并读取设置文件。退出码：0 就绪，1 有问题。
cli2-help-config =
    fcguide config：显示每项生效的设置及其来源：选项、变量、文件中的一行，
    或默认值。
    文件：~/.config/fcguide/config（或 $XDG_CONFIG_HOME/fcguide/config），
    每行一项设置，键 = 值；以 # 开头的行是注释。
    键：provider, issuer, client-id, redirect-uri, service-name, lang,
    second-lang, speak (yes 或 no), theme (high-contrast 或 default)。
    密钥绝不写在其中：请使用旁边的 client_secret 文件 (chmod 600)。
cli2-config-bad-line = { $file }:{ $line }：这一行不是 键 = 值 的形式。请改正，或在行首加 # 使其成为注释。
cli2-config-unknown-key = { $file }:{ $line }：未知设置 { $word }。设置有：provider, issuer, client-id, redirect-uri, service-name, lang, second-lang, speak, theme。
cli2-config-bad-value = { $file }:{ $line }：这个值不适用于 { $word }。参见：fcguide config --help
cli2-config-secret = { $file }:{ $line }：密钥绝不写在这个文件里。请删除这一行，把密钥单独放在 { $secret } (chmod 600)，或放在 FCGUIDE_CLIENT_SECRET 中。
cli2-config-twice = { $file }:{ $line }：这项设置已在第 { $word } 行给出。只保留一个。
cli2-config-unreadable = 无法读取 { $file }：它必须是您能读取的文本文件，小于 64 KiB。
cli2-config-file = 设置文件：{ $file }
cli2-config-no-file = 没有设置文件（会从 { $file } 读取）。
cli2-config-unset = （未设置）
cli2-origin-option = 选项 { $word }
cli2-origin-env = 变量 { $word }
cli2-origin-default = 默认
cli2-check-title = 检查 { $word } 的设置
cli2-check-ok = 正常
cli2-check-warning = 注意
cli2-check-problem = 问题
cli2-check-practice = 内置练习提供方：无需设置客户端标识、密钥或返回地址。
cli2-check-setup-ok = 设置中没有缺少任何内容。
cli2-check-secret-env = 密钥来自 FCGUIDE_CLIENT_SECRET。
cli2-check-secret-file = 密钥文件属于您，且不对他人开放：{ $file }
cli2-check-secret-none = 没有密钥。如果服务有密钥，请把它单独放在 { $file } (chmod 600)，或放在 FCGUIDE_CLIENT_SECRET 中。
cli2-check-redirect-ok = 返回地址符合平台规则：{ $word }
cli2-check-redirect-free = 无需登记返回地址：每次连接都会使用本机的一个空闲端口。
cli2-check-loopback = 提供方就在本机：没有代理，没有 TLS，时钟相同。
cli2-check-proxy-none = 没有代理：直接连接提供方。
cli2-check-proxy = 通过代理 { $word }。
cli2-check-proxy-socks = 代理 { $word } 是 SOCKS 代理，fcguide 不使用它：直接连接提供方。
cli2-check-tls-ok = 已用 { $word } 检查安全连接（TLS）。
cli2-check-clock-ok = 本机时钟与提供方一致（相差 { $seconds } 秒）。
cli2-check-clock-off = 本机时钟与提供方相差 { $seconds } 秒：请校准时间，否则连接会被拒绝。
cli2-check-clock-unknown = 提供方没有给出时间：未检查时钟。
cli2-check-discovery-ok = 提供方有应答并描述了自己（discovery）。
cli2-check-ready = 就绪：会话没有任何障碍。
cli2-check-not-ready = 未就绪：请改正上面的问题，然后再次运行 fcguide check。
cli2-debug-file = 本次会话的记录（不含个人数据）在 { $file } 中，只有您能读取。
