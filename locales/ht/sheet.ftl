## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = Sit entènèt Aidants Connect la, pou pwofesyonèl yo:
