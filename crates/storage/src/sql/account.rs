//! Accounts.

use super::Store;
use crate::error::Result;
use crate::row::account_columns;
use crate::row::{AccountRow, AccountWithHashRow};
use crate::stamp::Stamp;
use crate::{AccountStore, StoreError};
use entraide_domain::account::{Account, Email, NewAccount};
use entraide_domain::id::AccountId;
use entraide_domain::locale::Locale;
use entraide_domain::time::Timestamp;

#[async_trait::async_trait]
impl AccountStore for Store {
    async fn create_account(&self, id: AccountId, new: &NewAccount, at: Timestamp) -> Result<Account> {
        sqlx::query(
            "INSERT INTO accounts (id, email, password_hash, display_name, locale, birth_date, is_instance_admin, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(id.0)
        .bind(new.email.as_str())
        .bind(&new.password_hash)
        .bind(&new.display_name)
        .bind(new.locale.map(|l| l.code()))
        .bind(new.birth_date)
        .bind(new.is_instance_admin)
        .bind(Stamp(at))
        .execute(self.writer())
        .await
        .map_err(StoreError::conflict_on("email"))?;
        Ok(Account {
            id,
            email: Some(new.email.clone()),
            display_name: new.display_name.clone(),
            locale: new.locale,
            birth_date: new.birth_date,
            is_instance_admin: new.is_instance_admin,
            created_at: at,
            erased_at: None,
        })
    }

    async fn account(&self, id: AccountId) -> Result<Option<Account>> {
        sqlx::query_as::<_, AccountRow>(concat!("SELECT ", account_columns!(), " FROM accounts WHERE id = $1"))
            .bind(id.0)
            .fetch_optional(self.reader())
            .await?
            .map(TryInto::try_into)
            .transpose()
    }

    async fn account_by_email(&self, email: &Email) -> Result<Option<(Account, String)>> {
        let row = sqlx::query_as::<_, AccountWithHashRow>(concat!(
            "SELECT ",
            account_columns!(),
            ", password_hash FROM accounts WHERE email = $1 AND erased_at IS NULL AND password_hash IS NOT NULL"
        ))
        .bind(email.as_str())
        .fetch_optional(self.reader())
        .await?;
        match row {
            Some(row) => Ok(Some((row.account.try_into()?, row.password_hash.unwrap_or_default()))),
            None => Ok(None),
        }
    }

    async fn password_hash(&self, id: AccountId) -> Result<Option<String>> {
        let hash: Option<Option<String>> =
            sqlx::query_scalar("SELECT password_hash FROM accounts WHERE id = $1 AND erased_at IS NULL")
                .bind(id.0)
                .fetch_optional(self.reader())
                .await?;
        Ok(hash.flatten())
    }

    async fn set_locale(&self, id: AccountId, locale: Locale) -> Result<()> {
        sqlx::query("UPDATE accounts SET locale = $1 WHERE id = $2")
            .bind(locale.code())
            .bind(id.0)
            .execute(self.writer())
            .await?;
        Ok(())
    }

    async fn set_birth_date(&self, id: AccountId, birth_date: Option<chrono::NaiveDate>) -> Result<()> {
        sqlx::query("UPDATE accounts SET birth_date = $1 WHERE id = $2 AND erased_at IS NULL")
            .bind(birth_date)
            .bind(id.0)
            .execute(self.writer())
            .await?;
        Ok(())
    }

    async fn set_password_hash(
        &self,
        id: AccountId,
        hash: &str,
        keep_session: Option<&str>,
        at: Timestamp,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2 AND erased_at IS NULL")
            .bind(hash)
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        // A changed password ends every other way in: whoever knew the old one
        // may have opened a session or taken a token with it.
        sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2")
            .bind(id.0)
            .bind(keep_session.unwrap_or(""))
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE account_id = $2 AND revoked_at IS NULL")
            .bind(Stamp(at))
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn set_instance_admin(&self, id: AccountId, is_admin: bool) -> Result<()> {
        let done = sqlx::query("UPDATE accounts SET is_instance_admin = $1 WHERE id = $2 AND erased_at IS NULL")
            .bind(is_admin)
            .bind(id.0)
            .execute(self.writer())
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound("account"));
        }
        Ok(())
    }
}
