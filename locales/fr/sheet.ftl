## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = Le site d'Aidants Connect, pour les professionnels :
