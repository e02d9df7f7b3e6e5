# Issue 23: another program on this computer took part in the sign-in or sign-out.
error-intruder = Outro programa deste computador tentou participar na ligação. Parei-a: nenhuma identidade é mostrada.
error-intruder-next = Tente de novo: começará uma nova ligação. Se voltar a acontecer, use outro computador e avise a pessoa que cuida deste.
notice-intruder = Outro programa deste computador tentou participar no fim da sessão. Parei-o: feche o navegador para terminar.
