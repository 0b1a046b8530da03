//! Accounts.

use super::Store;
use crate::error::Result;
use crate::row::account_columns;
use crate::row::{AccountRow, AccountWithHashRow, AccountWithLinkRow};
use crate::stamp::Stamp;
use crate::{AccountStore, EmailConfirmation, NewAccountLink, StoreError};
use entraide_domain::account::{Account, Email, LinkPurpose, NewAccount};
use entraide_domain::id::AccountId;
use entraide_domain::locale::Locale;
use entraide_domain::time::Timestamp;

#[async_trait::async_trait]
impl AccountStore for Store {
    async fn create_account(&self, id: AccountId, new: &NewAccount, at: Timestamp) -> Result<Account> {
        sqlx::query(
            "INSERT INTO accounts (id, email, password_hash, display_name, locale, birth_date, is_instance_admin, created_at,
                                   email_confirmed_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(id.0)
        .bind(new.email.as_str())
        .bind(&new.password_hash)
        .bind(&new.display_name)
        .bind(new.locale.map(|l| l.code()))
        .bind(new.birth_date)
        .bind(new.is_instance_admin)
        .bind(Stamp(at))
        .bind(new.email_confirmed.then_some(Stamp(at)))
        .execute(self.writer())
        .await
        .map_err(StoreError::conflict_on("email"))?;
        Ok(Account {
            id,
            email: Some(new.email.clone()),
            display_name: new.display_name.clone(),
            locale: new.locale,
            birth_date: new.birth_date,
            phone: None,
            email_confirmed_at: new.email_confirmed.then_some(at),
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
        replace_password(&mut tx, id, hash, keep_session, at).await?;
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
    async fn create_account_link(&self, link: &NewAccountLink) -> Result<()> {
        sqlx::query(
            "INSERT INTO account_links (token_hash, account_id, purpose, email, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&link.token_hash)
        .bind(link.account.0)
        .bind(link.purpose.as_str())
        .bind(link.email.as_str())
        .bind(Stamp(link.created_at))
        .bind(Stamp(link.expires_at))
        .execute(self.writer())
        .await?;
        Ok(())
    }

    async fn account_link(&self, token_hash: &str, purpose: LinkPurpose, now: Timestamp) -> Result<Option<Account>> {
        sqlx::query_as::<_, AccountRow>(concat!(
            "SELECT ",
            account_columns!("a"),
            " FROM account_links l JOIN accounts a ON a.id = l.account_id
              WHERE l.token_hash = $1 AND l.purpose = $2 AND l.used_at IS NULL AND l.expires_at > $3
                AND a.email = l.email AND a.erased_at IS NULL AND a.password_hash IS NOT NULL"
        ))
        .bind(token_hash)
        .bind(purpose.as_str())
        .bind(Stamp(now))
        .fetch_optional(self.reader())
        .await?
        .map(TryInto::try_into)
        .transpose()
    }

    async fn reset_password(&self, token_hash: &str, hash: &str, now: Timestamp) -> Result<Option<AccountId>> {
        let mut tx = self.begin_write().await?;
        // Spending the link first, in the transaction that uses it: of two uses at
        // once, only one finds it unspent.
        let account: Option<uuid::Uuid> = sqlx::query_scalar(
            "UPDATE account_links SET used_at = $1
              WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1
                AND EXISTS (SELECT 1 FROM accounts a WHERE a.id = account_links.account_id
                            AND a.email = account_links.email AND a.erased_at IS NULL)
              RETURNING account_id",
        )
        .bind(Stamp(now))
        .bind(token_hash)
        .bind(LinkPurpose::PasswordReset.as_str())
        .fetch_optional(&mut *tx)
        .await?;
        let Some(account) = account.map(AccountId) else { return Ok(None) };
        // The link reached the mailbox, which confirms the address too.
        sqlx::query("UPDATE accounts SET email_confirmed_at = $1 WHERE id = $2 AND email_confirmed_at IS NULL")
            .bind(Stamp(now))
            .bind(account.0)
            .execute(&mut *tx)
            .await?;
        // Any other reset link mailed earlier would undo this choice.
        sqlx::query("UPDATE account_links SET used_at = $1 WHERE account_id = $2 AND purpose = $3 AND used_at IS NULL")
            .bind(Stamp(now))
            .bind(account.0)
            .bind(LinkPurpose::PasswordReset.as_str())
            .execute(&mut *tx)
            .await?;
        replace_password(&mut tx, account, hash, None, now).await?;
        tx.commit().await?;
        Ok(Some(account))
    }

    async fn set_display_name(&self, id: AccountId, name: &str) -> Result<()> {
        sqlx::query("UPDATE accounts SET display_name = $1 WHERE id = $2 AND erased_at IS NULL")
            .bind(name)
            .bind(id.0)
            .execute(self.writer())
            .await?;
        Ok(())
    }

    async fn set_phone(&self, id: AccountId, phone: Option<&str>) -> Result<()> {
        sqlx::query("UPDATE accounts SET phone = $1 WHERE id = $2 AND erased_at IS NULL")
            .bind(phone)
            .bind(id.0)
            .execute(self.writer())
            .await?;
        Ok(())
    }

    async fn email_confirmation(&self, token_hash: &str, now: Timestamp) -> Result<Option<(Account, Email)>> {
        let row = sqlx::query_as::<_, AccountWithLinkRow>(concat!(
            "SELECT ",
            account_columns!("a"),
            ", l.email AS link_email FROM account_links l JOIN accounts a ON a.id = l.account_id
              WHERE l.token_hash = $1 AND l.purpose = $2 AND l.used_at IS NULL AND l.expires_at > $3
                AND a.erased_at IS NULL"
        ))
        .bind(token_hash)
        .bind(LinkPurpose::EmailConfirmation.as_str())
        .bind(Stamp(now))
        .fetch_optional(self.reader())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let email = Email::parse(&row.link_email, "email").map_err(|_| corrupt_link(&row.link_email))?;
        Ok(Some((row.account.try_into()?, email)))
    }

    async fn confirm_email(&self, token_hash: &str, now: Timestamp) -> Result<EmailConfirmation> {
        let mut tx = self.begin_write().await?;
        // Spent first, in the transaction that uses it: of two uses at once, only one
        // finds it unspent.
        let link: Option<(uuid::Uuid, String)> = sqlx::query_as(
            "UPDATE account_links SET used_at = $1
              WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1
                AND EXISTS (SELECT 1 FROM accounts a WHERE a.id = account_links.account_id AND a.erased_at IS NULL)
              RETURNING account_id, email",
        )
        .bind(Stamp(now))
        .bind(token_hash)
        .bind(LinkPurpose::EmailConfirmation.as_str())
        .fetch_optional(&mut *tx)
        .await?;
        let Some((account, email)) = link else { return Ok(EmailConfirmation::NotWorking) };
        let previous: Option<String> =
            sqlx::query_scalar("SELECT email FROM accounts WHERE id = $1").bind(account).fetch_one(&mut *tx).await?;
        let taken: Option<uuid::Uuid> = sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1 AND id <> $2")
            .bind(&email)
            .bind(account)
            .fetch_optional(&mut *tx)
            .await?;
        if taken.is_some() {
            // Dropping the transaction unspends the link: nothing of this attempt is kept.
            return Ok(EmailConfirmation::Taken);
        }
        sqlx::query("UPDATE accounts SET email = $1, email_confirmed_at = $2, pending_email = NULL WHERE id = $3")
            .bind(&email)
            .bind(Stamp(now))
            .bind(account)
            .execute(&mut *tx)
            .await
            .map_err(StoreError::conflict_on("email"))?;
        // A link to another address would move the account again, unasked.
        sqlx::query("UPDATE account_links SET used_at = $1 WHERE account_id = $2 AND purpose = $3 AND used_at IS NULL")
            .bind(Stamp(now))
            .bind(account)
            .bind(LinkPurpose::EmailConfirmation.as_str())
            .execute(&mut *tx)
            .await?;
        let row =
            sqlx::query_as::<_, AccountRow>(concat!("SELECT ", account_columns!(), " FROM accounts WHERE id = $1"))
                .bind(account)
                .fetch_one(&mut *tx)
                .await?;
        tx.commit().await?;
        let previous = previous.filter(|p| *p != email).and_then(|p| Email::parse(&p, "email").ok());
        Ok(EmailConfirmation::Confirmed { account: row.try_into()?, previous })
    }

    async fn pending_email(&self, id: AccountId) -> Result<Option<Email>> {
        let email: Option<Option<String>> =
            sqlx::query_scalar("SELECT pending_email FROM accounts WHERE id = $1 AND erased_at IS NULL")
                .bind(id.0)
                .fetch_optional(self.reader())
                .await?;
        email.flatten().map(|e| Email::parse(&e, "email").map_err(|_| corrupt_link(&e))).transpose()
    }

    async fn set_pending_email(&self, id: AccountId, email: &Email) -> Result<()> {
        sqlx::query("UPDATE accounts SET pending_email = $1 WHERE id = $2 AND erased_at IS NULL")
            .bind(email.as_str())
            .bind(id.0)
            .execute(self.writer())
            .await?;
        Ok(())
    }

    async fn email_taken(&self, email: &Email, by_other_than: AccountId) -> Result<bool> {
        let found: Option<uuid::Uuid> = sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1 AND id <> $2")
            .bind(email.as_str())
            .bind(by_other_than.0)
            .fetch_optional(self.reader())
            .await?;
        Ok(found.is_some())
    }
}

/// A stored address that no longer reads as one.
fn corrupt_link(text: &str) -> StoreError {
    crate::row::corrupt("email", text)
}

/// Sets a new password hash and ends every way in opened with the old password: every
/// session but `keep_session` and every API token.
async fn replace_password(
    tx: &mut sqlx::Transaction<'static, super::Db>,
    id: AccountId,
    hash: &str,
    keep_session: Option<&str>,
    at: Timestamp,
) -> Result<()> {
    sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2 AND erased_at IS NULL")
        .bind(hash)
        .bind(id.0)
        .execute(&mut **tx)
        .await?;
    // Whoever knew the old password may have opened a session or taken a token with it.
    sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2")
        .bind(id.0)
        .bind(keep_session.unwrap_or(""))
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE account_id = $2 AND revoked_at IS NULL")
        .bind(Stamp(at))
        .bind(id.0)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
