## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = The Aidants Connect website, for professionals:
