## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = د مسلکي کسانو لپاره د Aidants Connect ویب پاڼه:
