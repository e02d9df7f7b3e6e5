## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = The Aidants Connect website, for professionals:

## Printable sheet

sheet-title = FranceConnect, step by step
sheet-intro = FranceConnect's pages are in French only. Here are their exact words, with their translation. Never write your passwords here.
sheet-bring-title = What to bring
sheet-bring-card = Your carte Vitale or your health insurance certificate (attestation de droits).
sheet-bring-account = The username and password of your account on one of these sites:
sheet-bring-email = Access to your email address: the site of your account may write to you there.
sheet-steps-title = The steps
sheet-step-start-title = On the service's website
sheet-step-start = Look for this blue button and click it:
sheet-step-login = On the page of the account you chose, type your username and password yourself, then click:
sheet-codes-title = If FranceConnect shows an error
sheet-codes-intro = Write down the code after « Erreur » and give it when you ask for help. What it means:
sheet-help-title = Where to get help
sheet-help-cpam = Your health insurance office (CPAM): if your number starts with 7 or 8, or if your file is still in progress.
sheet-help-contact = FranceConnect: the « Contactez-nous » (Contact us) link on its error page. Give the error code.
sheet-helper-title = For the helper
sheet-helper-password = Never type the person's password, even to help: the person types it.
sheet-helper-aidants = To act on the person's behalf, a trained professional uses Aidants Connect, under a mandate the person signs:
sheet-words-aidants = Are you a professional helper? Use Aidants Connect
