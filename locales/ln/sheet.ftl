## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = Site internet ya Aidants Connect, mpo na basali:
