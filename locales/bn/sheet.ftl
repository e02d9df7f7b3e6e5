## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = পেশাদারদের জন্য Aidants Connect-এর ওয়েবসাইট:
