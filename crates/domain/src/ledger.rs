//! The ledger: double-entry accounts of time credits and barter credits.
//!
//! Every entry moves a positive amount of one unit from one ledger account to another,
//! so the balances of a unit on a platform always sum to zero. Entries are never edited:
//! a mistake is undone by a reversal, a new entry the other way.

use crate::error::FieldError;
use crate::id::{AccountId, EntryId, OrganisationId, PlatformId};
use crate::time::Timestamp;
use serde::{Deserialize, Serialize};

/// The largest amount one entry (or a credit limit) may carry: a million minutes is
/// almost two years of time, far beyond any honest transfer, and small enough that no
/// sum of balances overflows.
pub const MAX_AMOUNT: i64 = 1_000_000;

/// The longest memo, in characters.
pub const MAX_MEMO: usize = 500;

/// What is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// Time given in neighbour help, in minutes.
    Time,
    /// Credits organisations exchange for services.
    Barter,
}

impl Unit {
    /// Every unit, in display order.
    pub const ALL: [Unit; 2] = [Unit::Time, Unit::Barter];

    /// The stored and exchanged name.
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Time => "time",
            Unit::Barter => "barter",
        }
    }

    /// Parses the name; `unit-unknown` on `field` otherwise.
    pub fn parse(text: &str, field: &'static str) -> Result<Unit, FieldError> {
        match text.trim() {
            "time" => Ok(Unit::Time),
            "barter" => Ok(Unit::Barter),
            _ => Err(FieldError::new(field, "unit-unknown")),
        }
    }

    /// How negative a balance may go until a platform admin says otherwise. A newcomer
    /// may receive ten hours of help before giving any (people join a time bank to be
    /// helped first); barter credits must be earned before they are spent.
    pub fn default_limit(self) -> CreditLimit {
        match self {
            Unit::Time => CreditLimit(600),
            Unit::Barter => CreditLimit(0),
        }
    }
}

/// Who holds a ledger account: a person or an organisation (on one platform).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Holder {
    /// A person.
    Person(AccountId),
    /// An organisation.
    Organisation(OrganisationId),
}

impl Holder {
    /// The stored kind: `person` or `organisation`.
    pub fn kind(self) -> &'static str {
        match self {
            Holder::Person(_) => "person",
            Holder::Organisation(_) => "organisation",
        }
    }

    /// The id of the person or organisation.
    pub fn id(self) -> uuid::Uuid {
        match self {
            Holder::Person(id) => id.0,
            Holder::Organisation(id) => id.0,
        }
    }

    /// Rebuilds a holder from its stored kind and id.
    pub fn from_parts(kind: &str, id: uuid::Uuid) -> Option<Holder> {
        match kind {
            "person" => Some(Holder::Person(AccountId(id))),
            "organisation" => Some(Holder::Organisation(OrganisationId(id))),
            _ => None,
        }
    }
}

/// Why an entry was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntryKind {
    /// Time credits for completed neighbour help.
    Help,
    /// Barter credits for a service between organisations.
    Barter,
    /// Undoes an earlier entry.
    Reversal,
}

impl EntryKind {
    /// The stored and exchanged name.
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Help => "help",
            EntryKind::Barter => "barter",
            EntryKind::Reversal => "reversal",
        }
    }

    /// Parses the stored name.
    pub fn parse(text: &str) -> Option<EntryKind> {
        match text {
            "help" => Some(EntryKind::Help),
            "barter" => Some(EntryKind::Barter),
            "reversal" => Some(EntryKind::Reversal),
            _ => None,
        }
    }
}

/// A positive amount, at most [`MAX_AMOUNT`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Amount(i64);

impl Amount {
    /// Checks the amount; `amount-out-of-range` on `field` otherwise.
    pub fn parse(value: i64, field: &'static str) -> Result<Amount, FieldError> {
        if (1..=MAX_AMOUNT).contains(&value) {
            Ok(Amount(value))
        } else {
            Err(FieldError::new(field, "amount-out-of-range"))
        }
    }

    /// The amount.
    pub fn get(self) -> i64 {
        self.0
    }
}

/// How far below zero a balance may go: 0 to [`MAX_AMOUNT`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct CreditLimit(i64);

impl CreditLimit {
    /// Checks the limit; `credit-limit-out-of-range` on `field` otherwise.
    pub fn parse(value: i64, field: &'static str) -> Result<CreditLimit, FieldError> {
        if (0..=MAX_AMOUNT).contains(&value) {
            Ok(CreditLimit(value))
        } else {
            Err(FieldError::new(field, "credit-limit-out-of-range"))
        }
    }

    /// The limit, as a positive number (the lowest balance allowed is its negative).
    pub fn get(self) -> i64 {
        self.0
    }
}

/// A memo of at most [`MAX_MEMO`] characters, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Memo(String);

impl Memo {
    /// Checks the memo; `too-long` on `field` otherwise.
    pub fn parse(text: &str, field: &'static str) -> Result<Memo, FieldError> {
        crate::text::line(text, field, MAX_MEMO, crate::text::Presence::Optional).map(Memo)
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What a transfer may be for; reversals are made only by reversing an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransferKind {
    /// Time credits for completed neighbour help.
    Help,
    /// Barter credits between organisations.
    Barter,
}

impl From<TransferKind> for EntryKind {
    fn from(kind: TransferKind) -> Self {
        match kind {
            TransferKind::Help => EntryKind::Help,
            TransferKind::Barter => EntryKind::Barter,
        }
    }
}

/// A transfer, checked: a valid amount and memo, between two different accounts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transfer {
    /// The unit.
    pub unit: Unit,
    /// Who pays.
    pub from: Holder,
    /// Who is paid.
    pub to: Holder,
    /// How much.
    pub amount: Amount,
    /// Why.
    pub kind: TransferKind,
    /// What for.
    pub memo: Memo,
}

impl Transfer {
    /// A transfer; `same-account` on `to` when payer and payee are one.
    pub fn new(
        unit: Unit,
        from: Holder,
        to: Holder,
        amount: Amount,
        kind: TransferKind,
        memo: Memo,
    ) -> Result<Transfer, FieldError> {
        if from == to {
            return Err(FieldError::new("to", "same-account"));
        }
        Ok(Transfer { unit, from, to, amount, kind, memo })
    }
}

/// An entry as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Its id.
    pub id: EntryId,
    /// The platform whose ledger holds it.
    pub platform_id: PlatformId,
    /// The unit.
    pub unit: Unit,
    /// Who paid.
    pub from: Holder,
    /// Who was paid.
    pub to: Holder,
    /// How much (always positive).
    pub amount: i64,
    /// Why.
    pub kind: EntryKind,
    /// What for.
    pub memo: String,
    /// The entry this one reverses, for reversals.
    pub reverses: Option<EntryId>,
    /// Who recorded a reversal (a platform admin).
    pub recorded_by: Option<AccountId>,
    /// When.
    pub created_at: Timestamp,
}

impl Entry {
    /// What the entry did to `holder`'s balance: negative when they paid.
    pub fn effect_on(&self, holder: Holder) -> i64 {
        if self.from == holder {
            -self.amount
        } else if self.to == holder {
            self.amount
        } else {
            0
        }
    }

    /// The other side of the entry, seen from `holder`.
    pub fn counterparty(&self, holder: Holder) -> Holder {
        if self.from == holder { self.to } else { self.from }
    }
}

/// A holder's balance of one unit on one platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Balance {
    /// The platform.
    pub platform_id: PlatformId,
    /// The unit.
    pub unit: Unit,
    /// The holder.
    pub holder: Holder,
    /// Credits minus debits.
    pub amount: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_positive_and_bounded() {
        assert!(Amount::parse(0, "amount").is_err());
        assert!(Amount::parse(-5, "amount").is_err());
        assert_eq!(Amount::parse(MAX_AMOUNT + 1, "amount").unwrap_err().code, "amount-out-of-range");
        assert_eq!(Amount::parse(30, "amount").unwrap().get(), 30);
        assert!(CreditLimit::parse(0, "limit").is_ok());
        assert!(CreditLimit::parse(-1, "limit").is_err());
    }

    #[test]
    fn a_transfer_needs_two_accounts_and_a_short_memo() {
        let ann = Holder::Person(AccountId::new());
        let memo = Memo::parse("  Soup  ", "memo").unwrap();
        assert_eq!(memo.as_str(), "Soup");
        assert_eq!(Memo::parse(&"x".repeat(501), "memo").unwrap_err().code, "too-long");
        let amount = Amount::parse(10, "amount").unwrap();
        let same = Transfer::new(Unit::Time, ann, ann, amount, TransferKind::Help, memo.clone());
        assert_eq!(same.unwrap_err().code, "same-account");
        assert_eq!(Unit::parse("minutes", "unit").unwrap_err().code, "unit-unknown");
        assert_eq!(Unit::parse("barter", "unit").unwrap(), Unit::Barter);
    }
}
