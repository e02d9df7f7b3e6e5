## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = Lowre Aidants Connect, ngam golloɓe:
