## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = پیشہ ور افراد کے لیے Aidants Connect کی ویب سائٹ:
