# Issue 23: another program on this computer took part in the sign-in or sign-out.
error-intruder = Barnaamij kale oo kombiyuutarkan ku jira ayaa isku dayay inuu ka qayb qaato galitaanka. Waan joojiyay: wax aqoonsi ah lama muujin.
error-intruder-next = Mar kale isku day: xiriir cusub ayaa bilaabmaya. Haddii ay mar kale dhacdo, isticmaal kombiyuutar kale una sheeg qofka daryeela kan.
notice-intruder = Barnaamij kale oo kombiyuutarkan ku jira ayaa isku dayay inuu ka qayb qaato ka bixitaanka. Waan joojiyay: xir biraawsarka si aad u dhammayso.
