//! The ledger's invariants on random sequences of transfers, reversals and limit
//! changes, on both databases: balances of a unit always sum to zero, each balance is the
//! sum of its entries, a transfer is refused exactly when it would pass the payer's limit
//! (and then changes nothing), an entry is reversed at most once, and entries never change.
//!
//! proptest's runner is synchronous and our store is async, so the sequences are drawn
//! from the strategy by hand inside the async test (no shrinking: a failure prints the
//! whole sequence instead). Each case runs on a platform of its own in one store.

use crate::harness::{account, at, on_both, organisation, platform};
use crate::ledger::{balance, transfer};
use entraide_domain::ledger::{CreditLimit, Entry, Holder, Unit};
use entraide_storage::StoreError;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};
use std::collections::HashMap;

const HOLDERS: usize = 6;
const CASES: u32 = 32;

#[derive(Debug, Clone)]
enum Op {
    Transfer { from: usize, to: usize, time: bool, amount: i64 },
    Reverse(prop::sample::Index),
    SetLimit { time: bool, limit: i64 },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => (0..HOLDERS, 0..HOLDERS, any::<bool>(), 1i64..400).prop_map(|(from, to, time, amount)| Op::Transfer { from, to, time, amount }),
        2 => any::<prop::sample::Index>().prop_map(Op::Reverse),
        1 => (any::<bool>(), 0i64..300).prop_map(|(time, limit)| Op::SetLimit { time, limit }),
    ]
}

fn unit(time: bool) -> Unit {
    if time { Unit::Time } else { Unit::Barter }
}

#[tokio::test]
async fn random_sequences_keep_the_books_balanced() {
    on_both(|store| async move {
        let mut runner = TestRunner::new(Config::with_cases(CASES));
        let sequences = proptest::collection::vec(op(), 1..=40);
        let founder = account(&store, "founder@example.org", "Founder").await;
        for case in 0..CASES {
            let ops = sequences.new_tree(&mut runner).unwrap().current();
            let gent = platform(&store, &format!("case-{case}"), "Case").await;
            let mut holders = Vec::new();
            for n in 0..HOLDERS / 2 {
                holders.push(Holder::Person(account(&store, &format!("p{n}-{case}@example.org"), "P").await.id));
                holders.push(Holder::Organisation(
                    organisation(&store, gent.id, &format!("Org {n}"), founder.id).await.id,
                ));
            }
            // The model: what the books must say.
            let mut model: HashMap<(Holder, Unit), i64> = HashMap::new();
            let mut limits: HashMap<Unit, i64> = Unit::ALL.iter().map(|u| (*u, u.default_limit().get())).collect();
            let mut entries: Vec<Entry> = Vec::new();
            let mut reversed: Vec<Entry> = Vec::new();
            let when = at("2031-03-02T10:00:00Z");
            for (step, op) in ops.iter().enumerate() {
                let now = when + chrono::Duration::seconds(step as i64);
                let context = format!("case {case}, step {step} of {ops:?}");
                match op {
                    Op::Transfer { from, to, time, amount } => {
                        let (from, to) = (holders[*from], holders[(*to + usize::from(from == to)) % HOLDERS]);
                        let unit = unit(*time);
                        let payer = model.get(&(from, unit)).copied().unwrap_or(0);
                        let result = store.transfer(gent.id, &transfer(unit, from, to, *amount, "x"), now).await;
                        if payer - amount >= -limits[&unit] {
                            let entry = result.unwrap_or_else(|e| panic!("refused {e:?} at {context}"));
                            *model.entry((from, unit)).or_default() -= amount;
                            *model.entry((to, unit)).or_default() += amount;
                            entries.push(entry);
                            // A transfer never leaves its payer below minus the limit
                            // (only a reversal may).
                            assert!(balance(&store, gent.id, from, unit).await >= -limits[&unit], "{context}");
                        } else {
                            assert!(
                                matches!(result, Err(StoreError::Refused("credit-limit"))),
                                "{result:?} at {context}"
                            );
                            // Refused: nothing changed for either side.
                            for holder in [from, to] {
                                let expected = model.get(&(holder, unit)).copied().unwrap_or(0);
                                assert_eq!(balance(&store, gent.id, holder, unit).await, expected, "{context}");
                            }
                        }
                    }
                    Op::Reverse(index) => {
                        let Some(original) = (!entries.is_empty()).then(|| entries[index.index(entries.len())].clone())
                        else {
                            continue;
                        };
                        let result = store.reverse(gent.id, original.id, founder.id, now).await;
                        if original.kind == entraide_domain::ledger::EntryKind::Reversal {
                            assert!(
                                matches!(result, Err(StoreError::Refused("is-reversal"))),
                                "{result:?} at {context}"
                            );
                        } else if reversed.iter().any(|r| r.id == original.id) {
                            assert!(
                                matches!(result, Err(StoreError::Refused("already-reversed"))),
                                "{result:?} at {context}"
                            );
                        } else {
                            let reversal = result.unwrap_or_else(|e| panic!("{e:?} at {context}"));
                            *model.entry((original.from, original.unit)).or_default() += original.amount;
                            *model.entry((original.to, original.unit)).or_default() -= original.amount;
                            reversed.push(original);
                            entries.push(reversal);
                        }
                    }
                    Op::SetLimit { time, limit } => {
                        store
                            .set_limit(gent.id, unit(*time), CreditLimit::parse(*limit, "limit").unwrap())
                            .await
                            .unwrap();
                        limits.insert(unit(*time), *limit);
                    }
                }
            }
            for u in Unit::ALL {
                assert_eq!(store.sum_of_balances(gent.id, u).await.unwrap(), 0, "case {case}: {ops:?}");
            }
            for holder in &holders {
                for u in Unit::ALL {
                    let stored = balance(&store, gent.id, *holder, u).await;
                    assert_eq!(stored, model.get(&(*holder, u)).copied().unwrap_or(0), "case {case}: {ops:?}");
                    let statement = store.statement(gent.id, *holder, u, 1000).await.unwrap();
                    assert_eq!(
                        stored,
                        statement.iter().map(|e| e.effect_on(*holder)).sum::<i64>(),
                        "case {case}: {ops:?}"
                    );
                }
            }
            for entry in &reversed {
                assert!(matches!(
                    store.reverse(gent.id, entry.id, founder.id, when).await,
                    Err(StoreError::Refused("already-reversed"))
                ));
            }
            // Entries never change: each reads back as it was written.
            for entry in &entries {
                assert_eq!(store.entry(gent.id, entry.id).await.unwrap().as_ref(), Some(entry), "case {case}: {ops:?}");
            }
        }
    })
    .await;
}
