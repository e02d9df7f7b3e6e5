# Issue 23: another program on this computer took part in the sign-in or sign-out.
error-intruder = 这台电脑上的另一个程序试图参与登录。我已阻止它：不显示任何身份。
error-intruder-next = 请重试：将开始新的连接。如果再次发生，请使用另一台电脑，并告诉负责这台电脑的人。
notice-intruder = 这台电脑上的另一个程序试图参与登出。我已阻止它：请关闭浏览器以完成。
