# Issue 23: another program on this computer took part in the sign-in or sign-out.
error-intruder = Otro programa de este ordenador intentó participar en la conexión. La detuve: no se muestra ninguna identidad.
error-intruder-next = Inténtelo de nuevo: empezará una nueva conexión. Si vuelve a pasar, use otro ordenador y avise a la persona que se ocupa de este.
notice-intruder = Otro programa de este ordenador intentó participar en la desconexión. La detuve: cierre el navegador para terminar.
