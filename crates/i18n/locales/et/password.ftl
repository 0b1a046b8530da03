# Uue parooli valimine, kui vana on ununenud: lehed ja kiri.

password-forgot-link = Unustasid parooli?
password-forgot-title = Unustasid parooli?
password-forgot-intro = Sisesta oma konto e-posti aadress. Saadame sulle lingi, millega saad valida uue parooli.
password-forgot-submit = Saada mulle link
password-have-code = Mul on kirjast saadud kood
password-sent-title = Vaata oma postkasti
password-sent-text = Kui mõni konto kasutab aadressi { $email }, on teel kiri lingiga uue parooli valimiseks. Link töötab ühe tunni jooksul.
password-sent-nothing = Mõne minuti pärast ikka kirja pole? Vaata rämpsposti kausta, kontrolli aadressi või küsi uuesti.
password-ask-again = Küsi uuesti
password-back-to-sign-in = Tagasi sisselogimise juurde
password-reset-title = Vali uus parool
password-reset-for = Kontole { $email }.
password-reset-submit = Salvesta minu uus parool
field-reset-code = Kirjast saadud kood
field-reset-code-hint = Kleebi siia pikk kood kirjast, mille sulle saatsime.
password-expired-title = See link enam ei tööta
password-expired-text = Uue parooli valimise link töötab ühe tunni jooksul ja ainult ühe korra. Küsi uus: see võtab minuti.
password-expired-ask = Küsi uus link
error-reset-link-expired = See kood enam ei tööta: seda on juba kasutatud või on see üle tunni vana. Küsi uus link.
notice-password-reset = Sinu uus parool on salvestatud ja oled sisse logitud. Sind logiti kõikjal mujal välja.

mail-password-reset-subject = Vali uus parool
mail-password-reset-body = Keegi, tõenäoliselt sina, soovis sinu kontole uut parooli valida.
mail-password-reset-link = Selleks ava see link ühe tunni jooksul (see töötab ühe korra):
mail-password-reset-code = Selleks mine saidi sisselogimislehele, vali „Unustasid parooli?“, siis „Mul on kirjast saadud kood“ ja kleebi see kood ühe tunni jooksul:
mail-password-reset-ignore = Kui sa seda ei küsinud, võid selle kirja tähelepanuta jätta: sinu parool jääb samaks.
mail-password-reset-footer = Said selle kirja, sest selle aadressiga kontole küsiti uut parooli.
