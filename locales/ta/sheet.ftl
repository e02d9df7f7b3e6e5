## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = Aidants Connect இணையதளம், தொழில்முறை உதவியாளர்களுக்கு:

## Printable sheet
# Words between « » are the real site's and stay in French in every language.

sheet-title = FranceConnect, படிப்படியாக
sheet-intro = FranceConnect பக்கங்கள் பிரெஞ்சில் மட்டுமே. இவை அவற்றின் சொற்கள், தமிழ் மொழிபெயர்ப்புடன். கடவுச்சொற்களை இங்கே எழுதாதீர்கள்.
sheet-bring-title = கொண்டுவர வேண்டியவை
sheet-bring-card = உங்கள் carte Vitale அல்லது Assurance maladie உரிமைச் சான்றிதழ் (attestation de droits).
sheet-bring-account = இந்தத் தளங்களில் ஒன்றில் உங்கள் பயனர் பெயரும் கடவுச்சொல்லும்:
sheet-bring-email = உங்கள் மின்னஞ்சலைப் பார்க்கும் வசதி: கணக்கின் தளம் உங்களுக்கு எழுதலாம்.
sheet-steps-title = படிகள்
sheet-step-start-title = சேவையின் தளத்தில்
sheet-step-start = இந்த நீலப் பொத்தானைத் தேடி அதைச் சொடுக்கவும்:
sheet-step-login = கணக்கின் பக்கத்தில், பயனர் பெயரையும் கடவுச்சொல்லையும் நீங்களே தட்டச்சு செய்து, இதைச் சொடுக்கவும்:
sheet-codes-title = FranceConnect ஒரு பிழையைக் காட்டினால்
sheet-codes-intro = « Erreur » பின் உள்ள குறியீட்டைக் குறித்து வைத்து, உதவி கேட்கும்போது கொடுக்கவும். அதன் பொருள்:
sheet-help-title = உதவி எங்கே கிடைக்கும்
sheet-help-cpam = உங்கள் CPAM (சுகாதாரக் காப்பீடு): உங்கள் எண் 7 அல்லது 8 இல் தொடங்கினால், அல்லது கோப்பு நடைமுறையில் இருந்தால்.
sheet-help-contact = FranceConnect: பிழைப் பக்கத்தின் « Contactez-nous » (எங்களைத் தொடர்புகொள்ளுங்கள்) இணைப்பு. பிழைக் குறியீட்டைக் கொடுக்கவும்.
sheet-helper-title = உதவுபவருக்கு
sheet-helper-password = உதவுவதற்காகக்கூட அவரின் கடவுச்சொல்லை நீங்கள் தட்டச்சு செய்யாதீர்கள்: அவரே தட்டச்சு செய்ய வேண்டும்.
sheet-helper-aidants = அவர் சார்பாகச் செயல்பட, பயிற்சி பெற்ற தொழில்முறையாளர் அவர் கையொப்பமிட்ட ஆணையுடன் Aidants Connect ஐப் பயன்படுத்துவார்:
# Words of the real site (the choice of account), like the fr-words-* messages.
sheet-words-aidants = நீங்கள் தொழில்முறை உதவியாளரா? Aidants Connect ஐப் பயன்படுத்தவும்
