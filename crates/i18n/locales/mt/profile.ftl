# Il-profil tal-voluntier (/my/profile) u s-suġġerimenti fiż-żewġ direzzjonijiet.

profile-nav = Il-profil tiegħi
profile-title = Il-profil tiegħi ta' voluntier
profile-intro = Għid x'taf tagħmel, x'inhu importanti għalik u meta jkollok il-ħin. Hekk il-koordinaturi qribek ikunu jistgħu jsibuk, u int tara t-turnijiet li jaqblu miegħek.
profile-notice-saved = Il-profil tiegħek ġie salvat.
profile-no-platform = L-ewwel ingħaqad ma' pjattaforma: il-ħiliet u l-kawżi li tagħżel minnhom huma fil-listi tagħha.
profile-skills = X'naf nagħmel
profile-causes = X'inhu importanti għalija
profile-languages = Il-lingwi li nitkellem
profile-home = Fejn ngħix
profile-home-hint = Dan il-punt tarah int biss. Jintuża biex jitkejjel kemm post huwa 'l bogħod minnek.
profile-within-km = Kemm nista' nivvjaġġa 'l bogħod, f'km
profile-within-km-hint = Aktar minn 0 u mhux aktar minn 500.
profile-availability = Meta jkolli l-ħin
profile-week-hint = Immarka l-partijiet tal-ġimgħa meta normalment ikollok il-ħin, fil-ħin lokali tal-pjattaforma. Ħalli kollox vojt jekk jinbidel minn ġimgħa għal oħra.
profile-part-morning = Filgħodu
profile-part-afternoon = Wara nofsinhar
profile-part-evening = Filgħaxija
profile-part-hours = { $from }–{ $to }
profile-part-of-day = { $day }, { $part }
profile-precise = Ħinijiet aktar preċiżi
profile-precise-hint = Għal ħinijiet oħra: sa żewġ perjodi ta' ħin kuljum. Dawn jiżdiedu ma' dak li mmarkajt hawn fuq.
profile-weekday = Jum
profile-from = Minn
profile-to = Sa
profile-window = Perjodu ta' ħin { $number }
profile-choices = Suġġerimenti u ittri
profile-no-suggestions = Ma rridx suġġerimenti: la lill-koordinaturi dwari, u lanqas lili dwar turnijiet
profile-no-mails = Ma rridx ittri dwar is-suġġerimenti
profile-save = Issalva l-profil tiegħi
profile-see-suggestions = Ara t-turnijiet li jaqblu miegħi

suggestion-my-title = Turnijiet għalija
suggestion-my-intro = Turnijiet li ġejjin, b'postijiet vojta, li jaqblu mal-profil tiegħi, l-aħjar l-ewwel.
suggestion-my-none = Bħalissa l-ebda turn li ġej ma jaqbel mal-profil tiegħek.
suggestion-my-no-profile = Imla l-profil tiegħek ta' voluntier biex tirċievi suġġerimenti.
suggestion-my-opted-out = Tlabt li ma tirċievix suġġerimenti. Tista' tibdel dan fil-profil tiegħek.
suggestion-edit-profile = Ibdel il-profil tiegħi
suggestion-score = Kemm jaqbel: { $score } minn 100
suggestion-shift-title = Nies issuġġeriti
suggestion-shift-intro = Membri tal-pjattaforma li jkollhom il-ħin dak il-ħin, jgħixu fid-distanza li lesti jivvjaġġaw, għandhom l-età meħtieġa u għadhom ma rreġistrawx. L-aħjar l-ewwel.
suggestion-shift-none = Bħalissa ħadd ma jaqbel ma' dan it-turn.
suggestion-shift-closed = Dan it-turn ġie kkanċellat jew diġà beda: m'hemm ħadd x'tissuġġerixxi.
suggestion-back-to-roster = Lura għal-lista ta' min ġej
suggestion-roster-link = Nies issuġġeriti għal dan it-turn

suggestion-reason-skill = ħila: { $skill }
suggestion-reason-uses-skill = juża l-ħila tiegħek: { $skill }
suggestion-reason-cause = kawża ta' interess: { $cause }
suggestion-reason-for-cause = għal kawża li tinteressak: { $cause }
suggestion-reason-speaks = lingwa mitkellma: { $language }
suggestion-reason-in-language = fil-lingwa tiegħek: { $language }
suggestion-reason-distance = { $distance } 'il bogħod
suggestion-reason-remote = jista' jsir minn kullimkien
suggestion-reason-free-on = disponibbli: { $weekday }
suggestion-reason-when-free = { $weekday }, meta jkollok il-ħin
suggestion-reason-reliable = preżenti għal { $attended } minn { $total } { $total ->
    [one] turn
    [two] turnijiet
    [few] turnijiet
    [many] turn
   *[other] turn
}

suggestion-language-bg = Bulgaru
suggestion-language-cs = Ċek
suggestion-language-da = Daniż
suggestion-language-de = Ġermaniż
suggestion-language-el = Grieg
suggestion-language-en = Ingliż
suggestion-language-es = Spanjol
suggestion-language-et = Estonjan
suggestion-language-fi = Finlandiż
suggestion-language-fr = Franċiż
suggestion-language-ga = Irlandiż
suggestion-language-hr = Kroat
suggestion-language-hu = Ungeriż
suggestion-language-it = Taljan
suggestion-language-lt = Litwan
suggestion-language-lv = Latvjan
suggestion-language-mt = Malti
suggestion-language-nl = Olandiż
suggestion-language-pl = Pollakk
suggestion-language-pt = Portugiż
suggestion-language-ro = Rumen
suggestion-language-sk = Slovakk
suggestion-language-sl = Sloven
suggestion-language-sv = Żvediż
suggestion-language-ar = Għarbi
suggestion-language-tr = Tork
suggestion-language-uk = Ukren
