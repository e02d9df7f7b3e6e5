## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = Aidants Connect இணையதளம், தொழில்முறை உதவியாளர்களுக்கு:
