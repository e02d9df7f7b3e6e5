# Issue 23: another program on this computer took part in the sign-in or sign-out.
error-intruder = Bernameyeke din li ser vê komputerê hewl da ku tevlî têketinê bibe. Min ew rawestand: tu nasname nayê nîşandan.
error-intruder-next = Dîsa biceribînin: girêdaneke nû dê dest pê bike. Ger dîsa bibe, komputereke din bi kar bînin û ji kesê ku li vê komputerê dinêre re bêjin.
notice-intruder = Bernameyeke din li ser vê komputerê hewl da ku tevlî derketinê bibe. Min ew rawestand: ji bo qedandinê gerokê bigirin.
