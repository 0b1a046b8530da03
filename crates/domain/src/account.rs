//! Accounts: the people who use a platform.

use crate::error::{FieldError, Invalid};
use crate::id::AccountId;
use crate::locale::Locale;
use crate::time::Timestamp;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A normalised email address: trimmed and lowercased, with one `@`, a local part and a
/// domain that has a dot. Enough to catch typing mistakes; the mail server has the last
/// word.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    /// Normalises and checks an address typed by a person; errors name `field`.
    pub fn parse(text: &str, field: &'static str) -> Result<Email, FieldError> {
        let text = text.trim().to_lowercase();
        if text.is_empty() {
            return Err(FieldError::new(field, "required"));
        }
        let malformed = || FieldError::new(field, "email-malformed");
        if text.len() > 254 || text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(malformed());
        }
        let (local, domain) = text.split_once('@').ok_or_else(malformed)?;
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && !domain.contains('@');
        if local.is_empty() || !domain_ok {
            return Err(malformed());
        }
        Ok(Email(text))
    }

    /// The address as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The shortest password accepted.
pub const MIN_PASSWORD_CHARS: usize = 10;
/// The longest password accepted (hashing has a cost; nobody types more).
pub const MAX_PASSWORD_CHARS: usize = 1024;

/// A password a person chose, checked against the policy: at least
/// [`MIN_PASSWORD_CHARS`] characters. Length beats composition rules (NIST SP 800-63B).
#[derive(Clone)]
pub struct NewPassword(String);

impl NewPassword {
    /// Checks the policy; errors name `field`.
    pub fn parse(text: &str, field: &'static str) -> Result<NewPassword, FieldError> {
        let chars = text.chars().count();
        if chars < MIN_PASSWORD_CHARS {
            return Err(FieldError::new(field, "password-too-short"));
        }
        if chars > MAX_PASSWORD_CHARS {
            return Err(FieldError::new(field, "too-long"));
        }
        Ok(NewPassword(text.to_owned()))
    }

    /// The password, to be hashed.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(…)")
    }
}

/// The longest display name.
pub const MAX_DISPLAY_NAME_CHARS: usize = 80;

/// The name others see, 1 to [`MAX_DISPLAY_NAME_CHARS`] characters on one line.
pub fn parse_display_name(text: &str, field: &'static str) -> Result<String, FieldError> {
    crate::text::line(text, field, MAX_DISPLAY_NAME_CHARS, crate::text::Presence::Required)
}

/// The longest phone number, as typed (spaces and signs included).
pub const MAX_PHONE_CHARS: usize = 32;

/// A phone number for the account, as [`crate::help::parse_phone`] checks them; an
/// empty text is none.
pub fn parse_phone(text: &str, field: &'static str) -> Result<Option<String>, FieldError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if text.chars().count() > MAX_PHONE_CHARS {
        return Err(FieldError::new(field, "too-long"));
    }
    crate::help::parse_phone(text, field).map(Some)
}

/// A birth date: in the past, and after 1900. Used only to check minimum ages.
pub fn parse_birth_date(text: &str, today: NaiveDate, field: &'static str) -> Result<NaiveDate, FieldError> {
    let date =
        NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| FieldError::new(field, "date-malformed"))?;
    if date > today || date.year() < 1900 {
        return Err(FieldError::new(field, "birth-date-implausible"));
    }
    Ok(date)
}

/// An account as stored. After erasure, `email`, `birth_date` are gone and the name is
/// empty; the row stays so history keeps pointing at an (anonymous) account.
#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    /// Its id.
    pub id: AccountId,
    /// Its sign-in address; `None` once erased.
    pub email: Option<Email>,
    /// The name others see; empty once erased.
    pub display_name: String,
    /// The language the person chose, if any.
    pub locale: Option<Locale>,
    /// Date of birth, if given.
    pub birth_date: Option<NaiveDate>,
    /// A phone number for the coordinators of the person's shifts, if given.
    pub phone: Option<String>,
    /// When the person confirmed by a link that `email` is theirs; until then it gets
    /// no mail but the confirmation.
    pub email_confirmed_at: Option<Timestamp>,
    /// May create platforms and act as admin on every platform.
    pub is_instance_admin: bool,
    /// When it was created.
    pub created_at: Timestamp,
    /// When its personal data was erased, if it was.
    pub erased_at: Option<Timestamp>,
}

/// What a link mailed to a person lets them do without signing in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkPurpose {
    /// Choose a new password (the person forgot theirs).
    PasswordReset,
    /// Confirm that the address is theirs.
    EmailConfirmation,
}

impl LinkPurpose {
    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            LinkPurpose::PasswordReset => "password-reset",
            LinkPurpose::EmailConfirmation => "email-confirmation",
        }
    }
}

/// A new account, checked, with its password already hashed.
#[derive(Debug, Clone)]
pub struct NewAccount {
    /// Sign-in address.
    pub email: Email,
    /// PHC string of the Argon2id hash.
    pub password_hash: String,
    /// The name others see.
    pub display_name: String,
    /// Preferred language.
    pub locale: Option<Locale>,
    /// Date of birth.
    pub birth_date: Option<NaiveDate>,
    /// Instance administrator.
    pub is_instance_admin: bool,
    /// Whether the address counts as confirmed from the start (an operator made the
    /// account); otherwise a link mailed to it confirms it.
    pub email_confirmed: bool,
}

/// Registration input as typed, before checking.
#[derive(Debug, Clone, Default)]
pub struct Registration {
    /// Sign-in address.
    pub email: String,
    /// Chosen password.
    pub password: String,
    /// The name others see.
    pub display_name: String,
    /// Preferred language code.
    pub locale: Option<String>,
    /// `YYYY-MM-DD`.
    pub birth_date: Option<String>,
}

/// Registration input, checked.
#[derive(Debug, Clone)]
pub struct ValidRegistration {
    /// Sign-in address.
    pub email: Email,
    /// Chosen password.
    pub password: NewPassword,
    /// The name others see.
    pub display_name: String,
    /// Preferred language.
    pub locale: Option<Locale>,
    /// Date of birth.
    pub birth_date: Option<NaiveDate>,
}

impl Registration {
    /// Checks every field, collecting every problem.
    pub fn validate(&self, today: NaiveDate) -> Result<ValidRegistration, Invalid> {
        let mut invalid = Invalid::default();
        let email = invalid.check(Email::parse(&self.email, "email"));
        let password = invalid.check(NewPassword::parse(&self.password, "password"));
        let display_name = invalid.check(parse_display_name(&self.display_name, "display_name"));
        let locale = match self.locale.as_deref().filter(|l| !l.trim().is_empty()) {
            Some(l) => invalid.check(Locale::parse_field(l, "locale")).map(Some),
            None => Some(None),
        };
        let birth_date = match self.birth_date.as_deref().filter(|d| !d.trim().is_empty()) {
            Some(d) => invalid.check(parse_birth_date(d, today, "birth_date")).map(Some),
            None => Some(None),
        };
        match (email, password, display_name, locale, birth_date) {
            (Some(email), Some(password), Some(display_name), Some(locale), Some(birth_date))
                if invalid.0.is_empty() =>
            {
                Ok(ValidRegistration { email, password, display_name, locale, birth_date })
            }
            _ => Err(invalid),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
    }

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(Email::parse("  Ann@Example.ORG ", "email").unwrap().as_str(), "ann@example.org");
        for bad in ["ann", "ann@", "@example.org", "ann@example", "a n@example.org", "ann@.org", "a@b@c.org"] {
            assert_eq!(Email::parse(bad, "email").unwrap_err().code, "email-malformed", "{bad}");
        }
        assert_eq!(Email::parse(" ", "email").unwrap_err().code, "required");
    }

    #[test]
    fn phones_are_kept_as_written_when_they_look_like_numbers() {
        assert_eq!(parse_phone(" +32 9 266 11 11 ", "phone").unwrap().as_deref(), Some("+32 9 266 11 11"));
        assert_eq!(parse_phone("(09) 266-11.11", "phone").unwrap().as_deref(), Some("(09) 266-11.11"));
        assert_eq!(parse_phone("  ", "phone").unwrap(), None);
        for bad in ["call me", "12345", "+32 9 266\u{0}11", "32+911111111", "+1 (555) 010-0000 ext"] {
            assert_eq!(parse_phone(bad, "phone").unwrap_err().code, "phone-malformed", "{bad}");
        }
        assert_eq!(parse_phone(&format!("+{}", " 1".repeat(16)), "phone").unwrap_err().code, "too-long");
    }

    #[test]
    fn passwords_need_ten_characters() {
        assert!(NewPassword::parse("123456789", "password").is_err());
        assert!(NewPassword::parse("éééééééééé", "password").is_ok());
    }

    #[test]
    fn registration_collects_every_problem() {
        let reg = Registration {
            email: "nope".into(),
            password: "short".into(),
            display_name: "".into(),
            locale: Some("xx".into()),
            birth_date: Some("2030-01-01".into()),
        };
        let codes: Vec<_> = reg.validate(today()).unwrap_err().0.iter().map(|e| e.code).collect();
        assert_eq!(
            codes,
            ["email-malformed", "password-too-short", "required", "locale-unknown", "birth-date-implausible"]
        );
    }
}
