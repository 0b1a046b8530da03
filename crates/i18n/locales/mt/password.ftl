# Kif tagħżel kelma sigrieta ġdida meta tinsa l-qadima: il-paġni u l-ittra.

password-forgot-link = Insejt il-kelma sigrieta?
password-forgot-title = Insejt il-kelma sigrieta?
password-forgot-intro = Ikteb l-indirizz elettroniku tal-kont tiegħek. Nibagħtulek link biex tagħżel kelma sigrieta ġdida.
password-forgot-submit = Ibagħtli link
password-have-code = Għandi kodiċi mill-ittra
password-sent-title = Iċċekkja l-posta tiegħek
password-sent-text = Jekk xi kont juża { $email }, ittra b'link biex tagħżel kelma sigrieta ġdida qiegħda fit-triq. Il-link jaħdem għal siegħa.
password-sent-nothing = L-ebda ittra wara ftit minuti? Ħares fil-folder tal-ispam, iċċekkja l-indirizz, jew erġa' itlob.
password-ask-again = Erġa' itlob
password-back-to-sign-in = Lura għad-dħul
password-reset-title = Agħżel kelma sigrieta ġdida
password-reset-for = Għall-kont { $email }.
password-reset-submit = Issalva l-kelma sigrieta l-ġdida tiegħi
field-reset-code = Kodiċi mill-ittra
field-reset-code-hint = Waħħal il-kodiċi twil mill-ittra li bgħatnielek.
password-expired-title = Dan il-link ma għadux jaħdem
password-expired-text = Link biex tagħżel kelma sigrieta ġdida jaħdem għal siegħa, u darba biss. Itlob wieħed ġdid: tieħu minuta.
password-expired-ask = Itlob link ġdid
error-reset-link-expired = Dan il-kodiċi ma għadux jaħdem: intuża diġà, jew ilu aktar minn siegħa. Itlob link ġdid.
notice-password-reset = Il-kelma sigrieta l-ġdida tiegħek ġiet salvata u dħalt. Is-sessjonijiet tiegħek f'kull post ieħor ingħalqu.

mail-password-reset-subject = Agħżel kelma sigrieta ġdida
mail-password-reset-body = Xi ħadd, probabbilment int, talab li jagħżel kelma sigrieta ġdida għall-kont tiegħek.
mail-password-reset-link = Biex tagħżilha, iftaħ dan il-link fi żmien siegħa (jaħdem darba biss):
mail-password-reset-code = Biex tagħżilha, mur fil-paġna tad-dħul tas-sit, agħżel “Insejt il-kelma sigrieta?”, imbagħad “Għandi kodiċi mill-ittra”, u waħħal dan il-kodiċi fi żmien siegħa:
mail-password-reset-ignore = Jekk ma tlabtx int, tista' ma tagħtix kas din l-ittra: il-kelma sigrieta tiegħek tibqa' kif inhi.
mail-password-reset-footer = Qed tirċievi din l-ittra għax intalbet kelma sigrieta ġdida għall-kont b'dan l-indirizz.
