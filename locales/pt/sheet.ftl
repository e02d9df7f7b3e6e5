## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = O site do Aidants Connect, para profissionais:
