//! Accounts.

use super::corrupt;
use crate::error::StoreError;
use crate::stamp::Stamp;
use chrono::NaiveDate;
use entraide_domain::account::{Account, Email};
use entraide_domain::id::AccountId;
use entraide_domain::locale::Locale;
use uuid::Uuid;

#[derive(sqlx::FromRow)]
pub(crate) struct AccountRow {
    id: Uuid,
    email: Option<String>,
    display_name: String,
    locale: Option<String>,
    birth_date: Option<NaiveDate>,
    phone: Option<String>,
    email_confirmed_at: Option<Stamp>,
    is_instance_admin: bool,
    created_at: Stamp,
    erased_at: Option<Stamp>,
}

/// The columns [`AccountRow`] reads, to write into a query with `concat!`:
/// `account_columns!()`, or `account_columns!("t")` for a table named `t` in the query.
macro_rules! account_columns {
    ($($t:literal)?) => {
        $crate::row::columns!($($t)?; id, email, display_name, locale, birth_date, phone, email_confirmed_at, is_instance_admin, created_at, erased_at)
    };
}
pub(crate) use account_columns;

impl TryFrom<AccountRow> for Account {
    type Error = StoreError;
    fn try_from(row: AccountRow) -> Result<Self, StoreError> {
        let email = match row.email {
            Some(text) => Some(Email::parse(&text, "email").map_err(|_| corrupt("email", &text))?),
            None => None,
        };
        Ok(Account {
            id: AccountId(row.id),
            email,
            display_name: row.display_name,
            locale: row.locale.as_deref().and_then(Locale::parse),
            birth_date: row.birth_date,
            phone: row.phone,
            email_confirmed_at: row.email_confirmed_at.map(|s| s.0),
            is_instance_admin: row.is_instance_admin,
            created_at: row.created_at.0,
            erased_at: row.erased_at.map(|s| s.0),
        })
    }
}

#[derive(sqlx::FromRow)]
pub(crate) struct AccountWithHashRow {
    #[sqlx(flatten)]
    pub account: AccountRow,
    pub password_hash: Option<String>,
}

#[derive(sqlx::FromRow)]
pub(crate) struct AccountWithLinkRow {
    #[sqlx(flatten)]
    pub account: AccountRow,
    pub link_email: String,
}
