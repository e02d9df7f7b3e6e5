compact-practice = 练习，不是真正的 FranceConnect
compact-more-below = ↓ 下面还有
compact-more-above = ↑ 上面还有
compact-more-choices = ↕ 还有其他选项
console-cannot-show = Linux 控制台无法显示这种语言（{ $lang }）的文字。这里可用的是：
console-plain = 纯文本模式，供读屏软件使用：{ $command }
console-speak = 朗读：{ $command }
console-sheet = 打印用的说明页（在另一台电脑上）：{ $command }
