//! A person's time credits as their page shows them: each entry with the name of the
//! other side.

use super::MyLedger;
use crate::error::Result;
use crate::{Actor, App};
use entraide_domain::ledger::Holder;
use std::collections::HashMap;

/// A person's ledger, and the names of the people and organisations on the other side
/// of their entries.
#[derive(Debug, Clone)]
pub struct MyCredits {
    /// Balances and entries, as [`App::my_ledger`] gives them.
    pub ledger: MyLedger,
    /// The other sides' names (empty for an erased account).
    pub names: HashMap<Holder, String>,
}

impl App {
    /// The person's balances and entries on all their platforms, with the other side of
    /// each entry named.
    pub async fn my_credits(&self, actor: &Actor) -> Result<MyCredits> {
        let ledger = self.my_ledger(actor, None).await?;
        let me = Holder::Person(actor.account.id);
        let mut names = HashMap::new();
        for (platform, entry) in &ledger.entries {
            let other = entry.counterparty(me);
            if names.contains_key(&other) {
                continue;
            }
            let name = match other {
                Holder::Person(id) => self.store.account(id).await?.map(|a| a.display_name),
                Holder::Organisation(id) => self.store.organisation(platform.id, id).await?.map(|o| o.name),
            };
            names.insert(other, name.unwrap_or_default());
        }
        Ok(MyCredits { ledger, names })
    }
}
