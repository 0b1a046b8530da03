# The volunteer profile (/my/profile) and suggestions both ways.

profile-nav = Το προφίλ μου
profile-title = Το εθελοντικό μου προφίλ
profile-intro = Πείτε τι μπορείτε να κάνετε, τι σας ενδιαφέρει και πότε έχετε χρόνο. Έτσι οι συντονιστές κοντά σας μπορούν να σας βρουν, και εσείς βλέπετε τις βάρδιες που σας ταιριάζουν.
profile-notice-saved = Το προφίλ σας αποθηκεύτηκε.
profile-no-platform = Γίνετε πρώτα μέλος μιας πλατφόρμας: οι δεξιότητες και οι σκοποί από τους οποίους διαλέγετε προέρχονται από τις λίστες της.
profile-skills = Τι μπορώ να κάνω
profile-causes = Τι με ενδιαφέρει
profile-languages = Γλώσσες που μιλάω
profile-home = Πού μένω
profile-home-hint = Μόνο εσείς βλέπετε αυτό το σημείο. Χρησιμοποιείται για να μετρηθεί πόσο μακριά από εσάς είναι ένα μέρος.
profile-within-km = Πόσο μακριά μπορώ να μετακινηθώ, σε χλμ.
profile-within-km-hint = Πάνω από 0 και το πολύ 500.
profile-availability = Πότε έχω χρόνο
profile-availability-hint = Στην τοπική ώρα της πλατφόρμας, σε μορφή HH:MM (24:00 για τα μεσάνυχτα). Αφήστε κενή μια ημέρα που δεν έχετε χρόνο. Έως δύο χρονικά διαστήματα την ημέρα.
profile-weekday = Ημέρα
profile-from = Από
profile-to = Έως
profile-window = Χρονικό διάστημα { $number }
profile-choices = Προτάσεις και email
profile-no-suggestions = Να μη με προτείνετε σε συντονιστές και να μη μου προτείνετε βάρδιες
profile-no-mails = Να μη μου στέλνετε email για προτάσεις
profile-save = Αποθήκευση του προφίλ μου
profile-see-suggestions = Οι βάρδιες που μου ταιριάζουν

suggestion-my-title = Βάρδιες για μένα
suggestion-my-intro = Επερχόμενες βάρδιες με ελεύθερες θέσεις που ταιριάζουν στο προφίλ μου, πρώτα αυτές που ταιριάζουν καλύτερα.
suggestion-my-none = Αυτή τη στιγμή τίποτα επερχόμενο δεν ταιριάζει στο προφίλ σας.
suggestion-my-no-profile = Συμπληρώστε το εθελοντικό σας προφίλ για να λαμβάνετε προτάσεις.
suggestion-my-opted-out = Ζητήσατε να μη λαμβάνετε προτάσεις. Μπορείτε να το αλλάξετε στο προφίλ σας.
suggestion-edit-profile = Επεξεργασία του προφίλ μου
suggestion-score = Ταίριασμα: { $score } στα 100
suggestion-shift-title = Προτεινόμενα άτομα
suggestion-shift-intro = Μέλη της πλατφόρμας που έχουν χρόνο τότε, μένουν σε απόσταση που είναι πρόθυμα να διανύσουν, έχουν την απαιτούμενη ηλικία και δεν έχουν δηλώσει ακόμη συμμετοχή. Πρώτα όσα ταιριάζουν καλύτερα.
suggestion-shift-none = Αυτή τη στιγμή κανείς δεν ταιριάζει σε αυτή τη βάρδια.
suggestion-shift-closed = Αυτή η βάρδια ακυρώθηκε ή έχει ήδη ξεκινήσει: δεν υπάρχει κανείς να προταθεί.
suggestion-back-to-roster = Πίσω στη λίστα συμμετεχόντων
suggestion-roster-link = Προτεινόμενα άτομα για αυτή τη βάρδια

suggestion-reason-skill = ξέρει: { $skill }
suggestion-reason-uses-skill = χρησιμοποιεί τη δεξιότητά σας: { $skill }
suggestion-reason-cause = ενδιαφέρεται για: { $cause }
suggestion-reason-for-cause = για έναν σκοπό που σας ενδιαφέρει: { $cause }
suggestion-reason-speaks = μιλάει { $language }
suggestion-reason-in-language = στα { $language }
suggestion-reason-distance = σε απόσταση { $distance }
suggestion-reason-remote = μπορεί να γίνει από οπουδήποτε
suggestion-reason-free-on = έχει χρόνο: { $weekday }
suggestion-reason-when-free = { $weekday }, όταν έχετε χρόνο
suggestion-reason-reliable = ήρθε σε { $attended } από { $total } { $total ->
    [one] βάρδια
   *[other] βάρδιες
}

suggestion-language-bg = βουλγαρικά
suggestion-language-cs = τσεχικά
suggestion-language-da = δανικά
suggestion-language-de = γερμανικά
suggestion-language-el = ελληνικά
suggestion-language-en = αγγλικά
suggestion-language-es = ισπανικά
suggestion-language-et = εσθονικά
suggestion-language-fi = φινλανδικά
suggestion-language-fr = γαλλικά
suggestion-language-ga = ιρλανδικά
suggestion-language-hr = κροατικά
suggestion-language-hu = ουγγρικά
suggestion-language-it = ιταλικά
suggestion-language-lt = λιθουανικά
suggestion-language-lv = λετονικά
suggestion-language-mt = μαλτέζικα
suggestion-language-nl = ολλανδικά
suggestion-language-pl = πολωνικά
suggestion-language-pt = πορτογαλικά
suggestion-language-ro = ρουμανικά
suggestion-language-sk = σλοβακικά
suggestion-language-sl = σλοβενικά
suggestion-language-sv = σουηδικά
suggestion-language-ar = αραβικά
suggestion-language-tr = τουρκικά
suggestion-language-uk = ουκρανικά
