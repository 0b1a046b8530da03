//! A person's own account: name, phone, language, date of birth, password, and leaving.

use crate::error::{AppError, Result};
use crate::throttle::Policy;
use crate::{Actor, App, password, secret};
use entraide_domain::Invalid;
use entraide_domain::account::{NewPassword, parse_display_name, parse_phone};
use entraide_domain::locale::Locale;

/// What a person changes about their account, as typed; `None` leaves a field as it is.
#[derive(Debug, Clone, Copy, Default)]
pub struct AccountChanges<'a> {
    /// Preferred language code.
    pub locale: Option<&'a str>,
    /// `YYYY-MM-DD`, or empty to remove it.
    pub birth_date: Option<&'a str>,
    /// The name others see.
    pub display_name: Option<&'a str>,
    /// A phone number, or empty to remove it.
    pub phone: Option<&'a str>,
}

impl App {
    /// Stores the person's preferred language.
    pub async fn set_locale(&self, actor: &Actor, locale: &str) -> Result<Locale> {
        let locale = Locale::parse_field(locale, "locale")?;
        self.store.set_locale(actor.account.id, locale).await?;
        Ok(locale)
    }

    /// Stores the person's date of birth (or clears it, given an empty text); some
    /// activities have a minimum age.
    pub async fn set_birth_date(&self, actor: &Actor, text: &str) -> Result<()> {
        self.update_account(actor, &AccountChanges { birth_date: Some(text), ..AccountChanges::default() }).await
    }

    /// Changes what the person gave of these (an empty birth date or phone clears it);
    /// every field is checked before any is written.
    pub async fn update_account(&self, actor: &Actor, changes: &AccountChanges<'_>) -> Result<()> {
        let mut invalid = Invalid::default();
        let locale = changes.locale.map(|l| invalid.check(Locale::parse_field(l, "locale")));
        let birth_date = changes.birth_date.map(|text| match text.trim() {
            "" => Some(None),
            text => invalid
                .check(entraide_domain::account::parse_birth_date(text, self.now().date_naive(), "birth_date"))
                .map(Some),
        });
        let display_name = changes.display_name.map(|n| invalid.check(parse_display_name(n, "display_name")));
        let phone = changes.phone.map(|p| invalid.check(parse_phone(p, "phone")));
        invalid.into_result()?;
        let id = actor.account.id;
        if let Some(Some(locale)) = locale {
            self.store.set_locale(id, locale).await?;
        }
        if let Some(Some(birth_date)) = birth_date {
            self.store.set_birth_date(id, birth_date).await?;
        }
        if let Some(Some(name)) = display_name {
            self.store.set_display_name(id, &name).await?;
        }
        if let Some(Some(phone)) = phone {
            self.store.set_phone(id, phone.as_deref()).await?;
        }
        Ok(())
    }

    /// Changes the password after checking the current one. Every other session and every
    /// API token ends; the session `keep_session` (the one asking) stays open.
    pub async fn change_password(
        &self,
        actor: &Actor,
        current: &str,
        new: &str,
        keep_session: Option<&str>,
    ) -> Result<()> {
        let mut invalid = Invalid::default();
        let new = invalid.check(NewPassword::parse(new, "new_password"));
        if let Some(new) = &new {
            let email = actor.account.email.as_ref().map(|e| e.as_str()).unwrap_or_default();
            let personal = [email, actor.account.display_name.as_str()];
            invalid.0.extend(password::weakness(new.expose(), &personal, "new_password").await?);
        }
        if !self.check_own_password(actor, current).await? {
            invalid.0.push(entraide_domain::FieldError::new("current_password", "password-wrong"));
        }
        let Some(new) = new.filter(|_| invalid.0.is_empty()) else {
            return Err(invalid.into());
        };
        let hash = self.passwords.hash(new.expose().to_owned()).await?;
        let keep = keep_session.map(secret::token_hash);
        Ok(self.store.set_password_hash(actor.account.id, &hash, keep.as_deref(), self.now()).await?)
    }

    /// Checks the person's password (before an irreversible step).
    pub async fn confirm_password(&self, actor: &Actor, password: &str) -> Result<()> {
        if self.check_own_password(actor, password).await? {
            Ok(())
        } else {
            Err(Invalid::one("password", "password-wrong").into())
        }
    }

    /// Whether a signed-in person typed their own password. Guesses are counted like
    /// sign-ins at their address, so a stolen session cannot try passwords without end;
    /// the right one clears the count.
    pub(crate) async fn check_own_password(&self, actor: &Actor, password: &str) -> Result<bool> {
        let key = format!("password:{}", actor.account.id);
        self.count_attempt(&key, Policy::SIGN_IN_PER_ADDRESS, self.now()).await?;
        let stored = self.store.password_hash(actor.account.id).await?.ok_or(AppError::Unauthenticated)?;
        let right = self.passwords.verify(password.to_owned(), stored).await?;
        if right {
            self.clear_attempts(&key).await?;
        }
        Ok(right)
    }

    /// Erases the person's personal data; they can no longer sign in, and what they did
    /// stays in history under an anonymous account.
    pub async fn delete_account(&self, actor: &Actor) -> Result<()> {
        // Places the person held on shifts to come go to the people waiting, as if they
        // had cancelled; past sign-ups stay, anonymous, so the counts stay true.
        let at = self.now();
        for details in self.my_signups(actor).await? {
            if details.signup.status.is_active() && details.shift.starts_at > at {
                self.store
                    .end_signup(details.shift.platform_id, details.signup.id, entraide_storage::Ending::Cancelled, at)
                    .await?;
            }
        }
        Ok(self.store.erase_personal_data(actor.account.id, at).await?)
    }
}
