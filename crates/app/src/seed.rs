//! Synthetic volunteers for benchmarks (`entraide seed`): loaded in bulk, all signing in
//! with one known password, on a platform that exists.

use crate::error::Result;
use crate::{Actor, App};
use entraide_domain::account::Registration;
use entraide_domain::platform::Platform;
use entraide_storage::SeedVolunteer;

/// The password of every seeded account: synthetic people on a benchmark instance, so
/// that load tests can sign them in.
pub const SEED_PASSWORD: &str = "entraide-seed";

impl App {
    /// The password hash seeded accounts share (hashed once per seed).
    pub async fn seed_password_hash(&self) -> Result<String> {
        self.passwords.hash(SEED_PASSWORD.to_owned()).await
    }

    /// Loads a batch of volunteers onto a platform, in one transaction.
    pub async fn seed_volunteers(
        &self,
        platform: &Platform,
        volunteers: &[SeedVolunteer],
        password_hash: &str,
    ) -> Result<()> {
        Ok(self.store.insert_volunteers(platform.id, volunteers, password_hash, self.now()).await?)
    }

    /// Refreshes the databases' planner statistics after a bulk load.
    pub async fn analyze_after_seed(&self) -> Result<()> {
        Ok(self.store.analyze().await?)
    }

    /// How many seeded accounts a platform already has (a seed continues where it stopped).
    pub async fn seeded_count(&self, suffix: &str) -> Result<i64> {
        Ok(self.store.count_accounts_ending(suffix).await?)
    }

    /// The seed's coordinator: the account that owns the synthetic organisations,
    /// created (and made an admin of the platform) on first use.
    pub async fn seed_coordinator(&self, platform: &Platform, email: &str) -> Result<Actor> {
        let email_value = entraide_domain::account::Email::parse(email, "email")?;
        let account = match self.store.account_by_email(&email_value).await? {
            Some((account, _)) => account,
            None => {
                let registration = Registration {
                    email: email.to_owned(),
                    password: SEED_PASSWORD.to_owned(),
                    display_name: "Seed coordinator".to_owned(),
                    locale: None,
                    birth_date: None,
                };
                let valid = registration.validate(self.now().date_naive())?;
                self.create_account(valid, false).await?
            }
        };
        // One of the platform's team: its synthetic organisations publish without the
        // quota of organisations nobody verified yet.
        self.store
            .set_platform_role(platform.id, account.id, entraide_domain::platform::PlatformRole::Admin, self.now())
            .await?;
        Ok(Actor { account })
    }
}
