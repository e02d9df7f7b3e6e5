# Issue 23: another program on this computer took part in the sign-in or sign-out.
error-intruder = Një program tjetër në këtë kompjuter u përpoq të merrte pjesë në hyrje. E ndalova: nuk shfaqet asnjë identitet.
error-intruder-next = Provoni përsëri: do të fillojë një lidhje e re. Nëse ndodh sërish, përdorni një kompjuter tjetër dhe njoftoni personin që kujdeset për këtë.
notice-intruder = Një program tjetër në këtë kompjuter u përpoq të merrte pjesë në dalje. E ndalova: mbyllni shfletuesin për të përfunduar.
