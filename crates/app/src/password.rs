//! Passwords: hashing with Argon2id (default parameters) and refusing guessable ones.
//!
//! Hashing is slow and takes about 19 MiB on purpose, so it runs on a few threads of its
//! own (one per core, up to four), one hash per thread at a time: a burst of sign-ups or
//! sign-ins waits its turn instead of taking the server's memory, and the allocator keeps
//! one hash's memory per thread rather than one per thread of the blocking pool. A
//! request that waits too long is told to come back (503 with `Retry-After`) rather than
//! queueing without end. Strength estimates run on the same threads.

use crate::error::{AppError, Result};
use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use entraide_domain::FieldError;
use std::sync::mpsc;
use std::sync::{Arc, LazyLock, Mutex};
use std::time::Duration;
use tokio::sync::{Semaphore, oneshot};
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

/// Work for a password thread.
type Task = Box<dyn FnOnce() + Send>;

/// The password threads of the process, shared by every application in it.
static SHARED: LazyLock<Passwords> =
    LazyLock::new(|| Passwords::new(std::thread::available_parallelism().map_or(2, |n| n.get().min(4))));

/// Hashes, checks and weighs passwords on a few threads of their own.
#[derive(Clone)]
pub(crate) struct Passwords {
    /// One turn per thread: whoever holds one has a thread to run on.
    turns: Arc<Semaphore>,
    tasks: mpsc::Sender<Task>,
    /// How long a request waits for its turn.
    wait: Duration,
}

impl Passwords {
    /// `threads` password threads of its own (at least one); they end when the last
    /// clone is dropped.
    pub(crate) fn new(threads: usize) -> Self {
        let threads = threads.max(1);
        let (tasks, queue) = mpsc::channel::<Task>();
        let queue = Arc::new(Mutex::new(queue));
        for index in 0..threads {
            let queue = Arc::clone(&queue);
            let spawned = std::thread::Builder::new().name(format!("passwords-{index}")).spawn(move || {
                loop {
                    // The lock is held only while taking a task, not while running it.
                    let next = queue.lock().map_err(|_| ()).and_then(|q| q.recv().map_err(|_| ()));
                    match next {
                        Ok(task) => task(),
                        Err(()) => return,
                    }
                }
            });
            if let Err(error) = spawned {
                tracing::error!(%error, "cannot start a password thread");
            }
        }
        Self { turns: Arc::new(Semaphore::new(threads)), tasks, wait: TURN_TIMEOUT }
    }

    /// The threads of the process: one per core, up to four.
    pub(crate) fn for_this_machine() -> Self {
        SHARED.clone()
    }

    /// Runs `work` on a password thread once one is free; `Busy` when none comes in time.
    async fn in_turn<T: Send + 'static>(&self, work: impl FnOnce() -> Result<T> + Send + 'static) -> Result<T> {
        let permit = tokio::time::timeout(self.wait, Arc::clone(&self.turns).acquire_owned())
            .await
            .map_err(|_| AppError::Busy(RETRY_AFTER_SECONDS))?
            .map_err(|e| AppError::Internal(format!("password threads closed: {e}")))?;
        let (done, outcome) = oneshot::channel();
        // The turn is given back when the work is done, even if the request that asked
        // for it went away meanwhile: the queue never holds more than one task per thread.
        let task: Task = Box::new(move || {
            let _ = done.send(work());
            drop(permit);
        });
        self.tasks.send(task).map_err(|_| AppError::Internal("the password threads are gone".into()))?;
        outcome.await.map_err(|_| AppError::Internal("a password thread stopped".into()))?
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
            let parsed =
                PasswordHash::new(&stored).map_err(|e| AppError::Internal(format!("stored hash unreadable: {e}")))?;
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
/// not lean on. Runs on the password threads: an estimate takes a few milliseconds and
/// some memory.
pub(crate) async fn weakness(password: &str, personal: &[&str], field: &'static str) -> Result<Option<FieldError>> {
    let password: String = password.chars().take(ESTIMATED_CHARS).collect();
    let personal: Vec<String> = personal.iter().flat_map(|text| words_of(text)).collect();
    SHARED
        .in_turn(move || {
            let personal: Vec<&str> = personal.iter().map(String::as_str).collect();
            let estimate = zxcvbn::zxcvbn(&password, &personal);
            if u8::from(estimate.score()) >= MIN_SCORE {
                return Ok(None);
            }
            let warning = estimate.feedback().and_then(|feedback| feedback.warning());
            Ok(Some(FieldError::new(field, weakness_code(warning))))
        })
        .await
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
        Some(Warning::StraightRowsOfKeysAreEasyToGuess | Warning::ShortKeyboardPatternsAreEasyToGuess) => {
            "password-keyboard"
        }
        Some(Warning::RepeatsLikeAaaAreEasyToGuess | Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess) => {
            "password-repeats"
        }
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
        let code =
            |password: &'static str| async move { weakness(password, &[], "password").await.unwrap().map(|e| e.code) };
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
        assert_eq!(
            weakness("annemarievandenbroeck", &personal, "password").await.unwrap().map(|e| e.code),
            Some("password-guessable")
        );
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
