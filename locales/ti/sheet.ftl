## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = መርበብ Aidants Connect ንሞያውያን፦
