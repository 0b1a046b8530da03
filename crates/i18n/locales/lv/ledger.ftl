# Virsgrāmata: laika kredīti un bartera kredīti, pārskaitījumi, stornējumi, kredītlimiti.

error-credit-limit = Tādējādi atlikums noslīdētu zem kredītlimita.
error-already-reversed = Šis ieraksts jau ir stornēts.
error-is-reversal = Stornējumu nevar stornēt.
error-amount-out-of-range = Ievadiet veselu skaitli no 1 līdz 1 000 000.
error-unit-unknown = Izvēlieties laika vai bartera kredītus.
error-unknown-unit = Šādas vienības nav; izmantojiet laika vai bartera kredītus.
error-same-account = Maksātājam un saņēmējam jābūt dažādiem kontiem.
error-unknown-entry = Šāda virsgrāmatas ieraksta nav.
error-credit-limit-out-of-range = Ievadiet veselu skaitli no 0 līdz 1 000 000.
