# Issue 20: why the provider could not be reached, told apart, each with what to do.
# $host: the provider's address (name and port); $proxy: the proxy's.
error-net-name = The name { $host } cannot be found on the network.
error-net-name-next = Check the provider's address (a typing mistake?) and the Internet connection, then try again.
error-net-refused = { $host } refuses the connection: nothing answers there.
error-net-refused-next = Check the address and its port. If it is right, the service may be stopped: try again later.
error-net-certificate = The certificate of { $host } is not trusted by this computer.
error-net-certificate-next = At work, a proxy that inspects connections often has its own certificate authority: ask the IT department to install it on this computer, or give its file in the SSL_CERT_FILE variable. On an unknown network, go no further.
error-net-proxy = The proxy { $proxy } did not open the connection to { $host }.
error-net-proxy-next = Check the HTTPS_PROXY, ALL_PROXY and NO_PROXY variables, or ask the IT department which proxy to use.
error-net-timeout = { $host } did not answer in time.
error-net-timeout-next = The connection may be slow or cut: check it, then try again.

# Issue 20: the run's last line after the person logged out.
end-logged-out = End of the assistant: you are logged out of FranceConnect.
