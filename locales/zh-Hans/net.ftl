# Issue 20: why the provider could not be reached, told apart, each with what to do.
error-net-name = 在网络上找不到名称 { $host }。
error-net-name-next = 请检查提供方的地址（是否打错了？）和网络连接，然后重试。
error-net-refused = { $host } 拒绝连接：那里没有任何服务回应。
error-net-refused-next = 请检查地址及其端口。如果地址正确，服务可能已停止：请稍后再试。
error-net-certificate = 这台电脑不信任 { $host } 的证书。
error-net-certificate-next = 在单位里，检查连接的代理服务器常有自己的证书颁发机构：请信息技术部门把它安装到这台电脑上，或在 SSL_CERT_FILE 变量中给出它的文件。在不熟悉的网络上，请不要继续。
error-net-proxy = 代理服务器 { $proxy } 没有打开到 { $host } 的连接。
error-net-proxy-next = 请检查 HTTPS_PROXY、ALL_PROXY 和 NO_PROXY 变量，或询问信息技术部门该用哪个代理服务器。
error-net-timeout = { $host } 没有及时回应。
error-net-timeout-next = 连接可能很慢或已中断：请检查后重试。

# Issue 20: the run's last line after the person logged out.
end-logged-out = 助手结束：您已从 FranceConnect 登出。
