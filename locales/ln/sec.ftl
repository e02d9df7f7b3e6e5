# Issue 23: another program on this computer took part in the sign-in or sign-out.
error-intruder = Programme mosusu na ordinateur oyo emekaki kokota na bokoti na yo. Natelemisi yango: identité moko te emonisami te.
error-intruder-next = Meka lisusu: bokangami ya sika ekobanda. Soki esaleli lisusu, salela ordinateur mosusu mpe yebisa moto oyo abatelaka oyo.
notice-intruder = Programme mosusu na ordinateur oyo emekaki kokota na kobima na yo. Natelemisi yango: kanga navigateur mpo na kosilisa.
