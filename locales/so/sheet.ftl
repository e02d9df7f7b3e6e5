## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = Bogga internetka ee Aidants Connect, loogu talagalay xirfadlayaasha:
