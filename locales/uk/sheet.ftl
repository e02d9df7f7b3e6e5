## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = Сайт Aidants Connect для фахівців:
