//! The ledger: transfers within credit limits, reversals once, balances beside entries,
//! and platforms that never see each other's accounts.

use crate::harness::{account, assert_store_error, at, on_both, organisation, platform};
use entraide_domain::id::{AccountId, EntryId};
use entraide_domain::ledger::{Amount, CreditLimit, EntryKind, Holder, Memo, Transfer, TransferKind, Unit};
use entraide_storage::{Storage, StoreError};
use std::sync::Arc;

/// A transfer of `amount` of `unit` from one holder to another.
pub fn transfer(unit: Unit, from: Holder, to: Holder, amount: i64, memo: &str) -> Transfer {
    let kind = if unit == Unit::Time { TransferKind::Help } else { TransferKind::Barter };
    Transfer::new(unit, from, to, Amount::parse(amount, "amount").unwrap(), kind, Memo::parse(memo, "memo").unwrap())
        .unwrap()
}

/// The holder's balance of `unit` on the platform (0 when they never used it).
pub async fn balance(
    store: &Arc<dyn Storage>,
    platform: entraide_domain::id::PlatformId,
    holder: Holder,
    unit: Unit,
) -> i64 {
    store.balances(platform, holder).await.unwrap().into_iter().find(|b| b.unit == unit).map_or(0, |b| b.amount)
}

#[tokio::test]
async fn transfers_move_balances_within_the_credit_limit() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bob = account(&store, "bob@example.org", "Bob").await;
        let bank = Holder::Organisation(organisation(&store, gent.id, "Food bank", ann.id).await.id);
        let club = Holder::Organisation(organisation(&store, gent.id, "Repair club", bob.id).await.id);
        let (ann, bob) = (Holder::Person(ann.id), Holder::Person(bob.id));
        let when = at("2031-03-02T18:30:00.25Z");

        // The defaults: ten hours of time, no barter credit.
        assert_eq!(store.limit(gent.id, Unit::Time).await.unwrap().get(), 600);
        assert_eq!(store.limit(gent.id, Unit::Barter).await.unwrap().get(), 0);
        assert_store_error!(
            store.transfer(gent.id, &transfer(Unit::Barter, bank, club, 1, "Vans"), when).await,
            StoreError::Refused("credit-limit")
        );
        assert!(store.balances(gent.id, bank).await.unwrap().is_empty(), "a refused transfer writes nothing");

        let help = store.transfer(gent.id, &transfer(Unit::Time, bob, ann, 90, "Shopping"), when).await.unwrap();
        assert_eq!(
            (help.from, help.to, help.amount, help.kind, help.memo.as_str()),
            (bob, ann, 90, EntryKind::Help, "Shopping")
        );
        assert_eq!((help.unit, help.reverses, help.created_at), (Unit::Time, None, when));
        assert_eq!(store.entry(gent.id, help.id).await.unwrap(), Some(help.clone()));
        assert_eq!(store.entry_platform(help.id).await.unwrap(), Some(gent.id));
        assert_eq!(balance(&store, gent.id, ann, Unit::Time).await, 90);
        assert_eq!(balance(&store, gent.id, bob, Unit::Time).await, -90);
        // Bob may go down to -600 minutes, not one minute further.
        store.transfer(gent.id, &transfer(Unit::Time, bob, ann, 510, "Garden"), when).await.unwrap();
        assert_store_error!(
            store.transfer(gent.id, &transfer(Unit::Time, bob, ann, 1, "More"), when).await,
            StoreError::Refused("credit-limit")
        );
        assert_eq!(balance(&store, gent.id, bob, Unit::Time).await, -600);

        store.set_limit(gent.id, Unit::Barter, CreditLimit::parse(100, "limit").unwrap()).await.unwrap();
        assert_eq!(store.limit(gent.id, Unit::Barter).await.unwrap().get(), 100);
        store.transfer(gent.id, &transfer(Unit::Barter, bank, club, 100, "Vans"), when).await.unwrap();
        assert_store_error!(
            store.transfer(gent.id, &transfer(Unit::Barter, bank, club, 1, "Vans"), when).await,
            StoreError::Refused("credit-limit")
        );
        // Lowering a limit leaves balances alone; they only cannot pay more.
        store.set_limit(gent.id, Unit::Barter, CreditLimit::parse(0, "limit").unwrap()).await.unwrap();
        assert_eq!(balance(&store, gent.id, bank, Unit::Barter).await, -100);
        let balances = store.balances(gent.id, ann).await.unwrap();
        assert_eq!(balances.iter().map(|b| (b.unit, b.amount)).collect::<Vec<_>>(), vec![(Unit::Time, 600)]);

        for unit in Unit::ALL {
            assert_eq!(store.sum_of_balances(gent.id, unit).await.unwrap(), 0);
        }
    })
    .await;
}

#[tokio::test]
async fn holders_must_exist_on_the_platform() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let leuven = platform(&store, "leuven", "Leuven").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bank = Holder::Organisation(organisation(&store, gent.id, "Food bank", ann.id).await.id);
        let shop = Holder::Organisation(organisation(&store, leuven.id, "Shop", ann.id).await.id);
        let when = at("2031-03-02T18:30:00Z");
        let stranger = Holder::Person(AccountId::new());
        assert_store_error!(
            store.transfer(gent.id, &transfer(Unit::Time, stranger, Holder::Person(ann.id), 5, ""), when).await,
            StoreError::NotFound("account")
        );
        // Leuven's organisation is not Gent's.
        assert_store_error!(
            store.transfer(gent.id, &transfer(Unit::Barter, shop, bank, 5, ""), when).await,
            StoreError::NotFound("organisation")
        );
        store.set_limit(leuven.id, Unit::Barter, CreditLimit::parse(50, "limit").unwrap()).await.unwrap();
        let person = Holder::Person(ann.id);
        let entry = store.transfer(leuven.id, &transfer(Unit::Barter, shop, person, 5, ""), when).await.unwrap();
        // Gent sees nothing of Leuven's ledger.
        assert_eq!(store.entry(gent.id, entry.id).await.unwrap(), None);
        assert!(store.balances(gent.id, person).await.unwrap().is_empty());
        assert!(store.statement(gent.id, person, Unit::Barter, 10).await.unwrap().is_empty());
        assert_eq!(store.limit(gent.id, Unit::Barter).await.unwrap().get(), 0);
        assert_store_error!(store.reverse(gent.id, entry.id, ann.id, when).await, StoreError::NotFound("entry"));
        assert_eq!(store.statement(leuven.id, person, Unit::Barter, 10).await.unwrap(), vec![entry]);
        assert_store_error!(store.reverse(gent.id, EntryId::new(), ann.id, when).await, StoreError::NotFound("entry"));
    })
    .await;
}

#[tokio::test]
async fn a_reversal_undoes_once_whatever_the_limit() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let admin = account(&store, "admin@example.org", "Admin").await;
        let ann = Holder::Person(account(&store, "ann@example.org", "Ann").await.id);
        let bob = Holder::Person(account(&store, "bob@example.org", "Bob").await.id);
        let t0 = at("2031-03-02T10:00:00Z");
        let first = store.transfer(gent.id, &transfer(Unit::Time, bob, ann, 500, "Moving"), t0).await.unwrap();
        // Ann spends what she received: reversing the first entry takes her below the
        // limit, and is allowed all the same.
        store
            .transfer(gent.id, &transfer(Unit::Time, ann, bob, 500, "Cooking"), t0 + chrono::Duration::minutes(1))
            .await
            .unwrap();
        store
            .transfer(gent.id, &transfer(Unit::Time, ann, bob, 600, "Cooking"), t0 + chrono::Duration::minutes(2))
            .await
            .unwrap();
        let t3 = t0 + chrono::Duration::minutes(3);
        let reversal = store.reverse(gent.id, first.id, admin.id, t3).await.unwrap();
        assert_eq!((reversal.from, reversal.to, reversal.amount), (ann, bob, 500));
        assert_eq!(
            (reversal.kind, reversal.reverses, reversal.recorded_by),
            (EntryKind::Reversal, Some(first.id), Some(admin.id))
        );
        assert_eq!(reversal.memo, "Moving");
        assert_eq!(balance(&store, gent.id, ann, Unit::Time).await, -1100);
        assert_store_error!(
            store.reverse(gent.id, first.id, admin.id, t3).await,
            StoreError::Refused("already-reversed")
        );
        assert_store_error!(
            store.reverse(gent.id, reversal.id, admin.id, t3).await,
            StoreError::Refused("is-reversal")
        );
        // The original is untouched; the statement lists newest first.
        assert_eq!(store.entry(gent.id, first.id).await.unwrap(), Some(first.clone()));
        let statement = store.statement(gent.id, ann, Unit::Time, 10).await.unwrap();
        assert_eq!(statement.len(), 4);
        assert_eq!((statement[0].id, statement[3].id), (reversal.id, first.id));
        assert_eq!(store.statement(gent.id, ann, Unit::Time, 2).await.unwrap().len(), 2);
        assert_eq!(store.sum_of_balances(gent.id, Unit::Time).await.unwrap(), 0);
    })
    .await;
}

#[tokio::test]
async fn concurrent_transfers_never_pass_the_limit() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bank = Holder::Organisation(organisation(&store, gent.id, "Food bank", ann.id).await.id);
        let mut payees = Vec::new();
        for n in 0..4 {
            payees.push(Holder::Organisation(organisation(&store, gent.id, &format!("Club {n}"), ann.id).await.id));
        }
        store.set_limit(gent.id, Unit::Barter, CreditLimit::parse(100, "limit").unwrap()).await.unwrap();
        let when = at("2031-03-02T10:00:00Z");
        let tasks: Vec<_> = (0..20)
            .map(|n| {
                let store = store.clone();
                let to = payees[n % payees.len()];
                tokio::spawn(async move {
                    store.transfer(gent.id, &transfer(Unit::Barter, bank, to, 10, "Vans"), when).await
                })
            })
            .collect();
        let mut done = 0;
        for task in tasks {
            match task.await.unwrap() {
                Ok(_) => done += 1,
                Err(StoreError::Refused("credit-limit")) => {}
                Err(other) => panic!("unexpected {other:?}"),
            }
        }
        assert_eq!(done, 10);
        assert_eq!(balance(&store, gent.id, bank, Unit::Barter).await, -100);
        assert_eq!(store.sum_of_balances(gent.id, Unit::Barter).await.unwrap(), 0);
    })
    .await;
}

#[tokio::test]
async fn erasure_keeps_the_entries_and_the_books_balanced() {
    on_both(|store| async move {
        let gent = platform(&store, "gent", "Gent").await;
        let ann = account(&store, "ann@example.org", "Ann").await;
        let bob = account(&store, "bob@example.org", "Bob").await;
        let when = at("2031-03-02T10:00:00Z");
        let entry = store
            .transfer(gent.id, &transfer(Unit::Time, Holder::Person(bob.id), Holder::Person(ann.id), 45, "Soup"), when)
            .await
            .unwrap();
        let export = store.export_personal_data(ann.id).await.unwrap().unwrap();
        assert_eq!(export.ledger_entries, vec![entry.clone()]);
        assert_eq!(
            export.ledger_balances.iter().map(|b| (b.platform_id, b.unit, b.amount)).collect::<Vec<_>>(),
            vec![(gent.id, Unit::Time, 45)]
        );
        store.erase_personal_data(ann.id, when).await.unwrap();
        assert_eq!(store.entry(gent.id, entry.id).await.unwrap(), Some(entry));
        assert_eq!(balance(&store, gent.id, Holder::Person(ann.id), Unit::Time).await, 45);
        assert_eq!(store.sum_of_balances(gent.id, Unit::Time).await.unwrap(), 0);
    })
    .await;
}
