//! Passwords: hashing with Argon2id (default parameters) and refusing guessable ones.
//!
//! Hashing is slow and takes about 19 MiB on purpose, so it runs on the blocking pool
//! and only a few hashes run at once: a burst of sign-ups or sign-ins waits its turn
//! instead of taking the server's memory. A request that waits too long is told to come
//! back (503 with `Retry-After`) rather than queueing without end.

use crate::error::{AppError, Result};
use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use entraide_domain::FieldError;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;
use zxcvbn::feedback::Warning;

/// How long a request waits for its turn to hash before it is told to come back.
const TURN_TIMEOUT: Duration = Duration::from_secs(10);
/// What a request told to come back is asked to wait, in seconds.
const RETRY_AFTER_SECONDS: u64 = 5;
/// The lowest zxcvbn score accepted (0–4): 3 is "safely unguessable" (about 10^10
/// guesses), what an online attacker slowed down by the sign-in limits never reaches.
const MIN_SCORE: u8 = 3;
/// How much of a password the strength estimate reads: longer inputs make it slow, and
/// a password whose first 64 characters are guessable is guessable.
const ESTIMATED_CHARS: usize = 64;

/// How many hashes (or estimates) run at once: one per core, up to four.
fn turns_for_this_machine() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get().min(4))
}

/// Hashes and checks passwords, a few at a time.
#[derive(Clone)]
pub(crate) struct Passwords {
    turns: Arc<Semaphore>,
    /// How long a request waits for its turn.
    wait: Duration,
}

impl Passwords {
    /// At most `concurrency` hashes at once (at least one).
    pub(crate) fn new(concurrency: usize) -> Self {
        Self { turns: Arc::new(Semaphore::new(concurrency.max(1))), wait: TURN_TIMEOUT }
    }

    /// As many hashes at once as the machine has cores, up to four.
    pub(crate) fn for_this_machine() -> Self {
        Self::new(turns_for_this_machine())
    }

    /// Runs `work` on the blocking pool once a turn is free; `Busy` when none comes in
    /// time.
    async fn in_turn<T: Send + 'static>(&self, work: impl FnOnce() -> Result<T> + Send + 'static) -> Result<T> {
        let permit = tokio::time::timeout(self.wait, Arc::clone(&self.turns).acquire_owned())
            .await
            .map_err(|_| AppError::Busy(RETRY_AFTER_SECONDS))?
            .map_err(|e| AppError::Internal(format!("password hashing closed: {e}")))?;
        tokio::task::spawn_blocking(move || {
            let outcome = work();
            drop(permit);
            outcome
        })
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
    }

    /// Hashes a password to a PHC string.
    pub(crate) async fn hash(&self, password: String) -> Result<String> {
        self.in_turn(move || {
            Argon2::default()
                .hash_password(password.as_bytes())
                .map(|hash| hash.to_string())
                .map_err(|e| AppError::Internal(format!("password hashing failed: {e}")))
        })
        .await
    }

    /// Checks a password against a stored PHC string.
    pub(crate) async fn verify(&self, password: String, stored: String) -> Result<bool> {
        self.in_turn(move || {
            let parsed = PasswordHash::new(&stored).map_err(|e| AppError::Internal(format!("stored hash unreadable: {e}")))?;
            Ok(Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
        })
        .await
    }

    /// A hash of a random password: sign-in attempts on unknown addresses verify against
    /// it, so they take as long as real ones and do not reveal which addresses exist.
    pub(crate) async fn decoy_hash(&self) -> Result<String> {
        static DECOY: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
        DECOY.get_or_try_init(|| self.hash(crate::secret::new_token())).await.cloned()
    }
}

/// Why a password is too easy to guess, as an error on `field`; `None` when it is strong
/// enough. `personal` are the person's own words (address, name), which a password must
/// not lean on. Runs on the blocking pool: the estimate takes a few milliseconds.
pub(crate) async fn weakness(password: &str, personal: &[&str], field: &'static str) -> Result<Option<FieldError>> {
    // A few estimates at a time, like hashes: each builds its matches in memory, and a
    // burst of sign-ups must not run hundreds at once.
    static ESTIMATES: std::sync::LazyLock<Arc<Semaphore>> =
        std::sync::LazyLock::new(|| Arc::new(Semaphore::new(turns_for_this_machine())));
    let permit = tokio::time::timeout(TURN_TIMEOUT, Arc::clone(&ESTIMATES).acquire_owned())
        .await
        .map_err(|_| AppError::Busy(RETRY_AFTER_SECONDS))?
        .map_err(|e| AppError::Internal(format!("password estimates closed: {e}")))?;
    let password: String = password.chars().take(ESTIMATED_CHARS).collect();
    let personal: Vec<String> = personal.iter().flat_map(|text| words_of(text)).collect();
    tokio::task::spawn_blocking(move || {
        let _turn = permit;
        let personal: Vec<&str> = personal.iter().map(String::as_str).collect();
        let estimate = zxcvbn::zxcvbn(&password, &personal);
        if u8::from(estimate.score()) >= MIN_SCORE {
            return None;
        }
        let warning = estimate.feedback().and_then(|feedback| feedback.warning());
        Some(FieldError::new(field, weakness_code(warning)))
    })
    .await
    .map_err(|e| AppError::Internal(e.to_string()))
}

/// The words of an address or a name, for the estimate to recognise in a password.
fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 3).map(str::to_lowercase).collect()
}

/// The catalogue's code for what makes a password guessable.
fn weakness_code(warning: Option<Warning>) -> &'static str {
    match warning {
        Some(
            Warning::ThisIsATop10Password
            | Warning::ThisIsATop100Password
            | Warning::ThisIsACommonPassword
            | Warning::ThisIsSimilarToACommonlyUsedPassword,
        ) => "password-common",
        Some(Warning::StraightRowsOfKeysAreEasyToGuess | Warning::ShortKeyboardPatternsAreEasyToGuess) => "password-keyboard",
        Some(Warning::RepeatsLikeAaaAreEasyToGuess | Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess) => "password-repeats",
        Some(Warning::SequencesLikeAbcAreEasyToGuess) => "password-sequence",
        Some(Warning::RecentYearsAreEasyToGuess | Warning::DatesAreOftenEasyToGuess) => "password-dates",
        Some(
            Warning::AWordByItselfIsEasyToGuess
            | Warning::NamesAndSurnamesByThemselvesAreEasyToGuess
            | Warning::CommonNamesAndSurnamesAreEasyToGuess,
        ) => "password-words",
        None => "password-guessable",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn common_and_patterned_passwords_are_refused_with_their_reason() {
        let code = |password: &'static str| async move { weakness(password, &[], "password").await.unwrap().map(|e| e.code) };
        assert_eq!(code("password123").await, Some("password-common"));
        assert_eq!(code("zxcvbnm,./").await, Some("password-keyboard"));
        assert_eq!(code("0123456789").await, Some("password-sequence"));
        assert_eq!(code("aaaaaaaaaaaa").await, Some("password-repeats"));
        assert_eq!(code("correct horse battery").await, None);
        assert_eq!(code("Tulips at the Vrijdagmarkt!").await, None);
    }

    #[tokio::test]
    async fn a_password_made_of_the_persons_own_name_is_refused() {
        let personal = ["annemarie@example.org", "Annemarie Vandenbroeck"];
        assert_eq!(weakness("annemarievandenbroeck", &personal, "password").await.unwrap().map(|e| e.code), Some("password-guessable"));
        assert_eq!(weakness("annemarievandenbroeck", &[], "password").await.unwrap(), None, "strong for anyone else");
    }

    #[tokio::test]
    async fn a_burst_waits_its_turn_and_is_told_to_come_back_when_the_wait_is_too_long() {
        let passwords = Passwords { wait: Duration::from_millis(200), ..Passwords::new(1) };
        let held = Arc::clone(&passwords.turns).acquire_owned().await.unwrap();
        let refused = passwords.hash("x".repeat(12)).await;
        assert!(matches!(refused, Err(AppError::Busy(RETRY_AFTER_SECONDS))), "{refused:?}");
        // Once the turn is free, the next one goes through.
        drop(held);
        assert!(passwords.hash("x".repeat(12)).await.is_ok());
    }
}
