# Issue 23: another program on this computer took part in the sign-in or sign-out.
error-intruder = Another program on this computer tried to take part in the sign-in. I stopped it: no identity is shown.
error-intruder-next = Try again: a new connection will start. If it happens again, use another computer and tell the person who looks after this one.
notice-intruder = Another program on this computer tried to take part in the sign-out. I stopped it: close the browser to finish.
