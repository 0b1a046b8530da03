//! Choosing a new password when the old one is forgotten: a link by mail that works for
//! an hour, once. Using it ends every session and API token opened with the old password.
//!
//! Asking gives the same answer whether or not an account has the address (so nobody
//! learns who has one), and is limited per address and per client whether or not it has.

use crate::error::Result;
use crate::throttle::Policy;
use crate::{App, password, secret};
use entraide_domain::Invalid;
use entraide_domain::account::{Account, Email, LinkPurpose, NewPassword};
use entraide_domain::locale::Locale;
use entraide_storage::Job;

/// How long a link to choose a new password works.
pub const RESET_LINK_MINUTES: i64 = 60;

fn link_expired() -> crate::AppError {
    Invalid::one("code", "reset-link-expired").into()
}

impl App {
    /// Mails a link to choose a new password to the account with this address, if one
    /// has it, in the account's language (else `language`, the page's).
    pub async fn request_password_reset(&self, email: &str, client: &str, language: Locale) -> Result<()> {
        let now = self.now();
        self.count_attempt(&format!("reset-client:{client}"), Policy::RESETS_PER_CLIENT, now).await?;
        let email = Email::parse(email, "email")?;
        self.count_attempt(&format!("reset:{email}"), Policy::RESETS_PER_ADDRESS, now).await?;
        if let Some((account, _)) = self.store.account_by_email(&email).await? {
            // The worker writes the mail, and with it the link: its secret is never kept.
            let job = Job::PasswordReset { account: account.id, locale: language.code().to_owned() };
            self.store.enqueue_job(&job, now, now).await?;
        }
        Ok(())
    }

    /// The account whose password a code from a reset mail lets one choose, while the
    /// link works; else `Invalid` on `code` (`reset-link-expired`).
    pub async fn password_reset_account(&self, code: &str) -> Result<Account> {
        let hash = secret::token_hash(code.trim());
        self.store.account_link(&hash, LinkPurpose::PasswordReset, self.now()).await?.ok_or_else(link_expired)
    }

    /// Sets a new password with the code of a reset mail, from the client `client`, and
    /// returns the account (to sign the person in). Codes that do not work are counted
    /// like failed sign-ins from that client.
    pub async fn reset_password(&self, code: &str, new_password: &str, client: &str) -> Result<Account> {
        let client_key = format!("client:{client}");
        self.count_attempt(&client_key, Policy::SIGN_IN_PER_CLIENT, self.now()).await?;
        let account = self.password_reset_account(code).await?;
        self.release_attempt(&client_key).await?;
        let new = NewPassword::parse(new_password, "new_password")?;
        let email = account.email.as_ref().map(|e| e.as_str()).unwrap_or_default();
        if let Some(weak) = password::weakness(new.expose(), &[email, &account.display_name], "new_password").await? {
            return Err(Invalid::from(weak).into());
        }
        let hash = self.passwords.hash(new.expose().to_owned()).await?;
        let code_hash = secret::token_hash(code.trim());
        self.store.reset_password(&code_hash, &hash, self.now()).await?.ok_or_else(link_expired)?;
        // Guesses made at the old password no longer slow the owner down.
        if let Some(email) = &account.email {
            self.clear_attempts(&crate::auth::address_key(email)).await?;
        }
        Ok(account)
    }
}
