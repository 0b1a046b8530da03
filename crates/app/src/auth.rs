//! Registration, signing in, browser sessions and API tokens, and the limit on failed
//! sign-ins that keeps password guessing from scaling.
//!
//! Failed sign-ins are counted in the database, per address and per client, so the limit
//! holds across every `entraide serve` process sharing one database.

use crate::error::{AppError, Result};
use crate::{Actor, App, password, secret};
use chrono::Duration;
use entraide_domain::account::{Account, Email, NewAccount, Registration};
use entraide_domain::id::{AccountId, ApiTokenId};
use entraide_domain::time::{Timestamp, now};

/// How long a browser session lasts.
pub const SESSION_DAYS: i64 = 30;
/// The window over which failed sign-ins are counted.
const FAILURE_WINDOW_MINUTES: i64 = 15;
/// Failed sign-ins allowed per address within the window.
const FAILURES_PER_ADDRESS: i64 = 5;
/// Failed sign-ins allowed per client within the window (several people may share one
/// address, a library's or a care home's).
const FAILURES_PER_CLIENT: i64 = 30;

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

fn address_key(email: &Email) -> String {
    format!("email:{email}")
}

fn client_key(client: &str) -> String {
    format!("client:{client}")
}

impl App {
    /// Creates an account from what a person typed.
    pub async fn register(&self, input: &Registration) -> Result<Account> {
        let valid = input.validate(now().date_naive())?;
        self.create_account(valid, false).await
    }

    /// Creates an account; `instance_admin` only from the command line.
    pub async fn create_account(
        &self,
        valid: entraide_domain::account::ValidRegistration,
        instance_admin: bool,
    ) -> Result<Account> {
        let password_hash = password::hash(valid.password.expose().to_owned()).await?;
        let new = NewAccount {
            email: valid.email,
            password_hash,
            display_name: valid.display_name,
            locale: valid.locale,
            birth_date: valid.birth_date,
            is_instance_admin: instance_admin,
        };
        Ok(self.store.create_account(AccountId::new(), &new, now()).await?)
    }

    /// Checks an address and password, from the client `client` (its IP address).
    /// Refuses with `TooManyRequests` once the address or the client failed too often.
    pub async fn sign_in(&self, email: &str, password: &str, client: &str) -> Result<SignInOutcome> {
        let at = now();
        let email = Email::parse(email, "email").map_err(|_| AppError::Unauthenticated)?;
        let keys = [address_key(&email), client_key(client)];
        self.refuse_if_throttled(&keys[0], FAILURES_PER_ADDRESS, at).await?;
        self.refuse_if_throttled(&keys[1], FAILURES_PER_CLIENT, at).await?;
        let found = self.store.account_by_email(&email).await?;
        let stored = match &found {
            Some((_, hash)) => hash.clone(),
            None => password::decoy_hash().await?,
        };
        let matches = password::verify(password.to_owned(), stored).await?;
        match found {
            Some((account, _)) if matches => {
                self.store.clear_sign_in_failures(&keys[0]).await?;
                // Told only to someone who knows the password.
                if self.store.is_suspended(account.id).await? {
                    return Err(AppError::Denied("account-suspended"));
                }
                Ok(SignInOutcome { account })
            }
            _ => {
                self.store.record_sign_in_failure(&keys, at).await?;
                Err(AppError::Unauthenticated)
            }
        }
    }

    async fn refuse_if_throttled(&self, key: &str, limit: i64, at: Timestamp) -> Result<()> {
        let window = Duration::minutes(FAILURE_WINDOW_MINUTES);
        let (count, oldest) = self.store.sign_in_failures(key, at - window).await?;
        if count >= limit {
            let free_at = oldest.unwrap_or(at) + window;
            let seconds = (free_at - at).num_seconds().max(1);
            return Err(AppError::TooManyRequests(seconds.unsigned_abs()));
        }
        Ok(())
    }

    /// Opens a browser session for a signed-in person; returns the cookie's secret.
    pub async fn open_session(&self, account: AccountId) -> Result<String> {
        let token = secret::new_token();
        let at = now();
        self.store
            .create_session(&secret::token_hash(&token), account, at, at + Duration::days(SESSION_DAYS))
            .await?;
        Ok(token)
    }

    /// The person behind a session cookie, if the session is open.
    pub async fn session_actor(&self, token: &str) -> Result<Option<Actor>> {
        match self.store.session_account(&secret::token_hash(token), now()).await? {
            Some(id) => self.active_actor(id).await,
            None => Ok(None),
        }
    }

    /// Ends a browser session.
    pub async fn close_session(&self, token: &str) -> Result<()> {
        Ok(self.store.delete_session(&secret::token_hash(token)).await?)
    }

    /// Signs in and issues an API token.
    pub async fn issue_token(&self, email: &str, password: &str, client: &str, label: &str) -> Result<IssuedToken> {
        let outcome = self.sign_in(email, password, client).await?;
        let token = secret::new_token();
        let id = ApiTokenId::new();
        self.store
            .create_api_token(id, &secret::token_hash(&token), outcome.account.id, label, now())
            .await?;
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
        Ok(self.store.revoke_api_token(actor.account.id, id, now()).await?)
    }

    /// Revokes the token that authenticates this very request (signing out a program).
    pub async fn revoke_presented_token(&self, token: &str) -> Result<()> {
        let (account, id) = self.store.token_account(&secret::token_hash(token)).await?.ok_or(AppError::Unauthenticated)?;
        Ok(self.store.revoke_api_token(account, id, now()).await?)
    }

    async fn active_actor(&self, id: AccountId) -> Result<Option<Actor>> {
        Ok(self.store.account(id).await?.filter(|a| a.erased_at.is_none()).map(|account| Actor { account }))
    }
}
