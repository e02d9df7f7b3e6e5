# Issue 23: another program on this computer took part in the sign-in or sign-out.
error-intruder = Porogaram goɗɗo e ndee ordinateer etiima naatde e seŋorde maa. Mi darni ɗum: alaa innitol hollaama.
error-intruder-next = Fuɗɗito: seŋorde hesere fuɗɗoto. Si ɗum warti, huutoro ordinateer goɗɗo, haal-ne oon mo ina toppitoo ndee.
notice-intruder = Porogaram goɗɗo e ndee ordinateer etiima naatde e yaltude maa. Mi darni ɗum: uddu wanngorde ndee ngam gasnude.
