## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = El sitio web de Aidants Connect, para profesionales:
