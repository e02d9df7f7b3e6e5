# Plain mode (line by line) and the language picker by ear.

# Keys that work in plain mode (its help says only these).
plain-help-keys = 按键：输入选项的编号，然后按 Enter。只按 Enter 会选建议的选项。0 返回。l 切换语言，不会丢失进度。b 在每段文字下显示第二种语言；f 交换两种语言的位置。v 朗读步骤，或停止朗读。q 退出。
# Said when "s" shows the digits of the social security number, or hides them again.
plain-digits-shown = 现在输入时会显示数字。
plain-digits-hidden = 数字已重新隐藏。
# Said before the browser opens to end the FranceConnect session ("This is not me", sign out).
plain-logout-opens = 浏览器现在打开，以登出 FranceConnect。

# Each language's name in this language, first on its row of the picker (its own name follows).
language-in-ar = 阿拉伯语
language-in-bn = 孟加拉语
language-in-en = 英语
language-in-es = 西班牙语
language-in-fa-af = 达利语
language-in-ff-latn = 普拉尔语（富拉语）
language-in-fr = 法语
language-in-ht = 海地克里奥尔语
language-in-ka = 格鲁吉亚语
language-in-kmr = 库尔曼吉库尔德语
language-in-ln = 林加拉语
language-in-ps = 普什图语
language-in-pt = 葡萄牙语
language-in-ru = 俄语
language-in-so = 索马里语
language-in-sq = 阿尔巴尼亚语
language-in-ti = 提格利尼亚语
language-in-tr = 土耳其语
language-in-uk = 乌克兰语
language-in-ur = 乌尔都语
language-in-ta = 泰米尔语
language-in-zh-hans = 简体中文
# The plain picker by ear: how to choose, the list itself under h.
plain-picker-how = 请输入您的语言名称的前几个字母（中文或您的语言），然后按 Enter。h：{ $count } 种语言的编号列表。
