//! Registration, signing in, browser sessions and API tokens, and the limit on failed
//! sign-ins that keeps password guessing from scaling.
//!
//! Attempts are counted in the database, per address and per client (see `throttle`),
//! so the limits hold across every `entraide serve` process sharing one database.

use crate::error::{AppError, Result};
use crate::throttle::Policy;
use crate::{Actor, App, password, secret};
use chrono::Duration;
use entraide_domain::Invalid;
use entraide_domain::account::{Account, Email, NewAccount, Registration, ValidRegistration};
use entraide_domain::id::{AccountId, ApiTokenId};
use entraide_domain::locale::Locale;

/// The longest label of an API token.
pub const MAX_TOKEN_LABEL_CHARS: usize = 80;
/// How long a browser session lasts.
pub const SESSION_DAYS: i64 = 30;

/// A successful sign-in.
#[derive(Debug, Clone)]
pub struct SignInOutcome {
    /// Who signed in.
    pub account: Account,
}

/// A freshly issued API token: the secret is shown once and never stored.
#[derive(Debug, Clone)]
pub struct IssuedToken {
    /// The secret, for the `Authorization: Bearer` header.
    pub token: String,
    /// Its id, to revoke it.
    pub id: ApiTokenId,
    /// Whose it is.
    pub account_id: AccountId,
}

/// Checks a registration on the day `today`, the strength of its password included,
/// collecting every problem.
pub async fn check_registration(input: &Registration, today: chrono::NaiveDate) -> Result<ValidRegistration> {
    let checked = input.validate(today);
    let too_short = checked.as_ref().err().is_some_and(|invalid| invalid.0.iter().any(|e| e.field == "password"));
    let weak = if too_short {
        None
    } else {
        password::weakness(&input.password, &[&input.email, &input.display_name], "password").await?
    };
    match (checked, weak) {
        (Ok(valid), None) => Ok(valid),
        (Ok(_), Some(weak)) => Err(Invalid::from(weak).into()),
        (Err(mut invalid), weak) => {
            // In the order of the form: the password's problem after the address's.
            if let Some(weak) = weak {
                let at = invalid.0.iter().position(|e| e.field != "email").unwrap_or(invalid.0.len());
                invalid.0.insert(at, weak);
            }
            Err(invalid.into())
        }
    }
}

pub(crate) fn address_key(email: &Email) -> String {
    format!("email:{email}")
}

fn client_key(client: &str) -> String {
    format!("client:{client}")
}

impl App {
    /// Creates an account from what a person typed, from the client `client` (its
    /// network address): every field is checked, the password must be hard to guess,
    /// and one client may create only so many accounts an hour.
    ///
    /// The address is not confirmed yet: a link to confirm it is mailed, in the language
    /// the person chose, else `language` (the page's).
    pub async fn register(&self, input: &Registration, client: &str, language: Locale) -> Result<Account> {
        let valid = check_registration(input, self.now().date_naive()).await?;
        self.count_attempt(&format!("signup:{client}"), Policy::new_accounts(self.limits), self.now()).await?;
        let account = self.insert_account(valid, false, false).await?;
        if let Some(email) = &account.email {
            self.send_confirmation(&account, email, account.locale.unwrap_or(language)).await?;
        }
        Ok(account)
    }

    /// Creates a checked account for an operator (the command line, the demo, the
    /// seed): its address counts as confirmed. `instance_admin` only from the command
    /// line.
    pub async fn create_account(&self, valid: ValidRegistration, instance_admin: bool) -> Result<Account> {
        self.insert_account(valid, instance_admin, true).await
    }

    async fn insert_account(&self, valid: ValidRegistration, instance_admin: bool, confirmed: bool) -> Result<Account> {
        let password_hash = self.passwords.hash(valid.password.expose().to_owned()).await?;
        let new = NewAccount {
            email: valid.email,
            password_hash,
            display_name: valid.display_name,
            locale: valid.locale,
            birth_date: valid.birth_date,
            is_instance_admin: instance_admin,
            email_confirmed: confirmed,
        };
        Ok(self.store.create_account(AccountId::new(), &new, self.now()).await?)
    }

    /// Checks an address and password, from the client `client` (its network address).
    /// The attempt is counted before the password is looked at; `TooManyRequests` when
    /// the address or the client tried too often.
    pub async fn sign_in(&self, email: &str, password: &str, client: &str) -> Result<SignInOutcome> {
        let at = self.now();
        let client_key = client_key(client);
        self.count_attempt(&client_key, Policy::SIGN_IN_PER_CLIENT, at).await?;
        let email = Email::parse(email, "email").map_err(|_| AppError::Unauthenticated)?;
        let address_key = address_key(&email);
        self.count_attempt(&address_key, Policy::SIGN_IN_PER_ADDRESS, at).await?;
        let found = self.store.account_by_email(&email).await?;
        let stored = match &found {
            Some((_, hash)) => hash.clone(),
            None => self.passwords.decoy_hash().await?,
        };
        let matches = self.passwords.verify(password.to_owned(), stored).await?;
        match found {
            Some((account, _)) if matches => {
                // Not a failure after all: the owner's own sign-in ends any slowing down.
                self.clear_attempts(&address_key).await?;
                self.release_attempt(&client_key).await?;
                // Told only to someone who knows the password.
                if self.store.is_suspended(account.id).await? {
                    return Err(AppError::Denied("account-suspended"));
                }
                Ok(SignInOutcome { account })
            }
            _ => Err(AppError::Unauthenticated),
        }
    }

    /// Opens a browser session for a signed-in person; returns the cookie's secret.
    pub async fn open_session(&self, account: AccountId) -> Result<String> {
        let token = secret::new_token();
        let at = self.now();
        self.store.create_session(&secret::token_hash(&token), account, at, at + Duration::days(SESSION_DAYS)).await?;
        Ok(token)
    }

    /// The person behind a session cookie, if the session is open.
    pub async fn session_actor(&self, token: &str) -> Result<Option<Actor>> {
        match self.store.session_account(&secret::token_hash(token), self.now()).await? {
            Some(id) => self.active_actor(id).await,
            None => Ok(None),
        }
    }

    /// Ends a browser session.
    pub async fn close_session(&self, token: &str) -> Result<()> {
        Ok(self.store.delete_session(&secret::token_hash(token)).await?)
    }

    /// Signs in and issues an API token, labelled for the person's list of tokens
    /// (`API` when no label is given).
    pub async fn issue_token(&self, email: &str, password: &str, client: &str, label: &str) -> Result<IssuedToken> {
        let label = entraide_domain::text::line(
            label,
            "label",
            MAX_TOKEN_LABEL_CHARS,
            entraide_domain::text::Presence::Optional,
        )?;
        let label = if label.is_empty() { "API".to_owned() } else { label };
        let outcome = self.sign_in(email, password, client).await?;
        let token = secret::new_token();
        let id = ApiTokenId::new();
        self.store.create_api_token(id, &secret::token_hash(&token), outcome.account.id, &label, self.now()).await?;
        Ok(IssuedToken { token, id, account_id: outcome.account.id })
    }

    /// The person behind an API token, if it is valid.
    pub async fn token_actor(&self, token: &str) -> Result<Option<Actor>> {
        match self.store.token_account(&secret::token_hash(token)).await? {
            Some((id, _)) => self.active_actor(id).await,
            None => Ok(None),
        }
    }

    /// The person's API tokens.
    pub async fn api_tokens(&self, actor: &Actor) -> Result<Vec<entraide_storage::ApiTokenInfo>> {
        Ok(self.store.api_tokens(actor.account.id).await?)
    }

    /// Revokes one of the person's own API tokens.
    pub async fn revoke_token(&self, actor: &Actor, id: &str) -> Result<()> {
        let id: ApiTokenId = id.parse().map_err(|_| AppError::NotFound("token"))?;
        Ok(self.store.revoke_api_token(actor.account.id, id, self.now()).await?)
    }

    /// Revokes the token that authenticates this very request (signing out a program).
    pub async fn revoke_presented_token(&self, token: &str) -> Result<()> {
        let (account, id) =
            self.store.token_account(&secret::token_hash(token)).await?.ok_or(AppError::Unauthenticated)?;
        Ok(self.store.revoke_api_token(account, id, self.now()).await?)
    }

    async fn active_actor(&self, id: AccountId) -> Result<Option<Actor>> {
        Ok(self.store.account(id).await?.filter(|a| a.erased_at.is_none()).map(|account| Actor { account }))
    }
}
