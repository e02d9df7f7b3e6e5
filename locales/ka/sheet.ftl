## Printable sheet (issue 19): the address written out for Aidants Connect

sheet-aidants-site = Aidants Connect-ის საიტი პროფესიონალებისთვის:

## Printable sheet

sheet-title = FranceConnect ნაბიჯ-ნაბიჯ
sheet-intro = FranceConnect-ის გვერდები მხოლოდ ფრანგულადაა. აქ არის მათი ზუსტი სიტყვები, თარგმანით. არასოდეს ჩაწეროთ აქ თქვენი პაროლები.
sheet-bring-title = რა უნდა გქონდეთ თან
sheet-bring-card = თქვენი Vitale ბარათი ან ჯანმრთელობის დაზღვევის უფლებების ცნობა (attestation de droits).
sheet-bring-account = თქვენი ანგარიშის მომხმარებლის სახელი და პაროლი ერთ-ერთ ამ საიტზე:
sheet-bring-email = წვდომა თქვენს ელფოსტაზე: თქვენი ანგარიშის საიტმა შეიძლება იქ მოგწეროთ.
sheet-steps-title = ნაბიჯები
sheet-step-start-title = სერვისის საიტზე
sheet-step-start = მოძებნეთ ეს ლურჯი ღილაკი და დააჭირეთ:
sheet-step-login = არჩეული ანგარიშის გვერდზე თავად აკრიფეთ მომხმარებლის სახელი და პაროლი, შემდეგ დააჭირეთ:
sheet-codes-title = თუ FranceConnect შეცდომას აჩვენებს
sheet-codes-intro = ჩაიწერეთ « Erreur »-ის შემდეგ დაწერილი კოდი და დახმარების თხოვნისას უთხარით. რას ნიშნავს ის:
sheet-help-title = სად მივიღოთ დახმარება
sheet-help-cpam = თქვენი ჯანმრთელობის დაზღვევის სალარო (CPAM): თუ თქვენი ნომერი 7-ით ან 8-ით იწყება, ან თუ თქვენი საქმე ჯერ განხილვაშია.
sheet-help-contact = FranceConnect: ბმული « Contactez-nous » მის შეცდომის გვერდზე. უთხარით შეცდომის კოდი.
sheet-helper-title = დამხმარე პირისთვის
sheet-helper-password = არასოდეს აკრიფოთ ამ ადამიანის პაროლი, დასახმარებლადაც კი: პაროლს ის თავად კრეფს.
sheet-helper-aidants = მის ნაცვლად მოქმედებისთვის მომზადებული პროფესიონალი იყენებს Aidants Connect-ს, ამ ადამიანის მიერ ხელმოწერილი მინდობილობით:
sheet-words-aidants = ხართ პროფესიონალი, რომელიც სხვებს ეხმარება? გამოიყენეთ Aidants Connect
