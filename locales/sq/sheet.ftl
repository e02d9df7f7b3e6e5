## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = Faqja e internetit e Aidants Connect, për profesionistët:
