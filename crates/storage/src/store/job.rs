//! Storage of background jobs: work that a change queues in its own transaction (a mail
//! to send, a reminder to give) and that a worker runs afterwards.

use crate::error::Result;
use async_trait::async_trait;
use entraide_domain::id::{AccountId, HelpRequestId, JobId, PlatformId, ShiftId, SignupId};
use entraide_domain::time::Timestamp;
use serde::{Deserialize, Serialize};

/// How many times a job is tried before it is given up. A job given up stays in the
/// table with its last error, for an operator to read: nothing is silently dropped.
pub const MAX_JOB_ATTEMPTS: i64 = 10;

/// Work for the worker, queued by the change that causes it. Stored as its kind (the
/// `kind` column) and its fields as JSON (the `payload` column).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Job {
    /// Tell a person what happened to their sign-up (confirmed, waiting, moved, a
    /// reminder…).
    Notify {
        /// What happened (`entraide_domain::notification::Event`, as text).
        event: String,
        /// The sign-up.
        signup: SignupId,
        /// The shift's start when the job was queued: a reminder for a shift that moved
        /// since no longer applies.
        starts_at: Timestamp,
    },
    /// Tell someone about neighbour help (an offer, a thank-you, a warning…).
    HelpNotify {
        /// What happened (`entraide_domain::notification::HelpEvent`, as text).
        event: String,
        /// Whom to tell.
        account: AccountId,
        /// On which platform.
        platform: PlatformId,
        /// The request it is about, if any.
        request: Option<HelpRequestId>,
        /// A moderator's reason, for a warning.
        note: Option<String>,
    },
    /// Tell a person a coordinator invites them to a shift.
    Invite {
        /// The shift.
        shift: ShiftId,
        /// Whom.
        account: AccountId,
    },
    /// Offer a shift's coordinators people to invite, after a late cancellation left a
    /// place nobody waits for.
    Cover {
        /// The shift.
        shift: ShiftId,
    },
    /// Mail a person a link to choose a new password. The link is made when the mail
    /// is written, so its secret is never stored in the queue.
    PasswordReset {
        /// Whose password.
        account: AccountId,
        /// The language of the page the person asked from (`Locale` code), for an
        /// account that never chose one.
        locale: String,
    },
    /// Mail a person a link to confirm an address: the account's own after signing up,
    /// or a new one it asked to move to. The link is made when the mail is written.
    ConfirmEmail {
        /// Whose account.
        account: AccountId,
        /// The address to confirm.
        email: String,
        /// The language of the page the person asked from, for an account that never
        /// chose one.
        locale: String,
    },
    /// Tell the address an account just left that it moved, so that an owner who did
    /// not ask for it learns at once.
    EmailChanged {
        /// Whose account.
        account: AccountId,
        /// The address it had.
        previous: String,
    },
}

impl Job {
    /// The stored kind.
    pub fn kind(&self) -> &'static str {
        match self {
            Job::Notify { .. } => "notify",
            Job::HelpNotify { .. } => "help-notify",
            Job::Invite { .. } => "invite",
            Job::Cover { .. } => "cover",
            Job::PasswordReset { .. } => "password-reset",
            Job::ConfirmEmail { .. } => "confirm-email",
            Job::EmailChanged { .. } => "email-changed",
        }
    }

    /// The job of a stored kind and payload, or why it cannot be read.
    pub fn from_stored(kind: &str, payload: &str) -> std::result::Result<Job, String> {
        let mut value: serde_json::Value =
            serde_json::from_str(payload).map_err(|e| format!("unreadable payload `{payload}`: {e}"))?;
        match value.as_object_mut() {
            Some(fields) => fields.insert("kind".into(), serde_json::Value::String(kind.to_owned())),
            None => return Err(format!("a {kind} job whose payload is not an object: `{payload}`")),
        };
        serde_json::from_value(value).map_err(|e| format!("a {kind} job that cannot be read from `{payload}`: {e}"))
    }
}

/// A job a worker has claimed.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimedJob {
    /// Its id.
    pub id: JobId,
    /// What to do, or why the stored row cannot be read: that one job then fails, with
    /// the reason in its record, rather than every claim.
    pub work: std::result::Result<Job, String>,
    /// Its stored kind, for the log.
    pub kind: String,
    /// How many earlier tries failed.
    pub attempts: i64,
}

/// A job given up after [`MAX_JOB_ATTEMPTS`] failures.
#[derive(Debug, Clone, PartialEq)]
pub struct FailedJob {
    /// The job.
    pub job: ClaimedJob,
    /// Why its last try failed.
    pub last_error: Option<String>,
    /// When it was queued.
    pub created_at: Timestamp,
}

/// The job queue. Jobs are mostly queued by the stores whose changes cause them, in the
/// same transaction; this trait is the worker's side, and the queue for work on its own.
#[async_trait]
pub trait JobStore: Send + Sync {
    /// Queues a job on its own, for work that no other change writes with it.
    async fn enqueue_job(&self, job: &Job, run_at: Timestamp, at: Timestamp) -> Result<JobId>;
    /// Claims up to `limit` jobs due at `now`, oldest first, leasing them until
    /// `lease_until`: until then no other claim returns them, in this process or another
    /// (PostgreSQL skips rows another claim has locked; SQLite has one writer). A job whose
    /// lease ran out unfinished (its worker died) is claimed again.
    async fn claim_jobs(&self, now: Timestamp, limit: i64, lease_until: Timestamp) -> Result<Vec<ClaimedJob>>;
    /// Marks a job done.
    async fn finish_job(&self, id: JobId, at: Timestamp) -> Result<()>;
    /// Records a failed try and when to try again; returns how many tries have failed.
    /// After [`MAX_JOB_ATTEMPTS`] it is not claimed again, but kept with its error.
    async fn fail_job(&self, id: JobId, error: &str, retry_at: Timestamp) -> Result<i64>;
    /// Jobs given up, newest first.
    async fn failed_jobs(&self, limit: i64) -> Result<Vec<FailedJob>>;
}
