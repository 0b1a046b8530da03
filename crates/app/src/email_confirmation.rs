//! Confirming that a mail address is the person's: after signing up, and when they move
//! their account to a new address. A link mailed to the address confirms it; until then
//! the address gets no other mail, and a new address does not replace the old one (a
//! typing mistake must not lock anyone out).

use crate::error::{AppError, Result};
use crate::throttle::Policy;
use crate::{Actor, App, secret};
use entraide_domain::Invalid;
use entraide_domain::account::{Account, Email};
use entraide_domain::locale::Locale;
use entraide_storage::{EmailConfirmation, Job};

/// How long a link to confirm an address works: long enough for someone who reads their
/// mail on Sundays.
pub const CONFIRM_LINK_HOURS: i64 = 7 * 24;

fn link_expired() -> AppError {
    Invalid::one("code", "confirm-link-expired").into()
}

impl App {
    /// Counts one more ask for a confirmation link for this account: five an hour.
    async fn count_confirmation(&self, account: &Account) -> Result<()> {
        self.count_attempt(&format!("confirm:{}", account.id), Policy::RESETS_PER_ADDRESS, self.now()).await
    }

    /// Queues the mail with a link to confirm `email` for this account, at most five an
    /// hour per account.
    pub(crate) async fn send_confirmation(&self, account: &Account, email: &Email, language: Locale) -> Result<()> {
        self.count_confirmation(account).await?;
        self.queue_confirmation(account, email, language).await
    }

    async fn queue_confirmation(&self, account: &Account, email: &Email, language: Locale) -> Result<()> {
        let now = self.now();
        let job = Job::ConfirmEmail {
            account: account.id,
            email: email.as_str().to_owned(),
            locale: language.code().to_owned(),
        };
        self.store.enqueue_job(&job, now, now).await?;
        Ok(())
    }

    /// Mails the confirmation link again: to the new address the person asked to move
    /// to, else to their own while it is not confirmed. `false` when there is nothing
    /// to confirm.
    pub async fn resend_confirmation(&self, actor: &Actor, language: Locale) -> Result<bool> {
        let account = &actor.account;
        let address = match self.store.pending_email(account.id).await? {
            Some(pending) => pending,
            None => match (&account.email, account.email_confirmed_at) {
                (Some(own), None) => own.clone(),
                _ => return Ok(false),
            },
        };
        self.send_confirmation(account, &address, language).await?;
        Ok(true)
    }

    /// Asks to move the account to a new address, after checking the password: a link
    /// goes to the new address, and the old one stays the account's until it is used.
    /// `Conflict("email")` when another account uses the new address.
    pub async fn change_email(&self, actor: &Actor, email: &str, password: &str, language: Locale) -> Result<Email> {
        let mut invalid = Invalid::default();
        let email = invalid.check(Email::parse(email, "email"));
        let right = self.check_own_password(actor, password).await?;
        if !right {
            invalid.0.push(entraide_domain::FieldError::new("password", "password-wrong"));
        }
        let Some(email) = email.filter(|_| invalid.0.is_empty()) else { return Err(invalid.into()) };
        if actor.account.email.as_ref() == Some(&email) && actor.account.email_confirmed_at.is_some() {
            return Err(Invalid::one("email", "email-unchanged").into());
        }
        // Counted before looking: asking is also a way to learn whether an address has
        // an account, which only so many tries an hour may tell.
        self.count_confirmation(&actor.account).await?;
        if self.store.email_taken(&email, actor.account.id).await? {
            return Err(AppError::Conflict("email"));
        }
        self.queue_confirmation(&actor.account, &email, language).await?;
        self.store.set_pending_email(actor.account.id, &email).await?;
        Ok(email)
    }

    /// The new address the person asked to move to and has not confirmed yet.
    pub async fn pending_email(&self, actor: &Actor) -> Result<Option<Email>> {
        Ok(self.store.pending_email(actor.account.id).await?)
    }

    /// The account and address a confirmation code is for, while its link works; else
    /// `Invalid` on `code` (`confirm-link-expired`).
    pub async fn email_confirmation(&self, code: &str) -> Result<(Account, Email)> {
        let hash = secret::token_hash(code.trim());
        self.store.email_confirmation(&hash, self.now()).await?.ok_or_else(link_expired)
    }

    /// Confirms an address with the code of a confirmation mail, from the client
    /// `client`: it becomes the account's, confirmed. Codes that do not work are counted
    /// like failed sign-ins from that client. `Conflict("email")` when another account
    /// took the address since.
    pub async fn confirm_email(&self, code: &str, client: &str) -> Result<Account> {
        let client_key = format!("client:{client}");
        self.count_attempt(&client_key, Policy::SIGN_IN_PER_CLIENT, self.now()).await?;
        let hash = secret::token_hash(code.trim());
        match self.store.confirm_email(&hash, self.now()).await? {
            EmailConfirmation::Confirmed { account, previous } => {
                self.release_attempt(&client_key).await?;
                if let Some(previous) = previous {
                    let job = Job::EmailChanged { account: account.id, previous: previous.as_str().to_owned() };
                    self.store.enqueue_job(&job, self.now(), self.now()).await?;
                }
                Ok(account)
            }
            EmailConfirmation::Taken => {
                self.release_attempt(&client_key).await?;
                Err(AppError::Conflict("email"))
            }
            EmailConfirmation::NotWorking => Err(link_expired()),
        }
    }
}
