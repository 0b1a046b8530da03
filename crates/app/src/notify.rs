//! The worker that runs background jobs: telling people about their sign-ups and about
//! neighbour help, in the app and by mail.
//!
//! Changes queue jobs in their own transaction (the sign-up code writes a `notify` job);
//! this module claims due jobs, runs them, and records the outcome. A job that fails is
//! tried again later, waiting longer each time, and kept with its error once given up.
//! Delivery is at least once: a mail whose sending succeeded but whose record could not
//! be written is sent again on the next try.

mod account;
mod conversation;
mod help;
mod message;

pub use message::notification_text;

use crate::mailer::Mailer;
use crate::{App, Result};
use entraide_domain::account::Account;
use entraide_domain::id::{AccountId, PlatformId, ShiftId, SignupId};
use entraide_domain::notification::Event;
use entraide_domain::shift::Shift;
use entraide_domain::signup::{Signup, SignupStatus};
use entraide_domain::time::Timestamp;
use entraide_i18n::Tr;
use entraide_storage::{ClaimedJob, Job, MAX_JOB_ATTEMPTS, NewMail};
use message::Facts;
use std::sync::Arc;

/// Jobs claimed at once.
const BATCH: i64 = 20;
/// How long a worker holds a claimed job before another may take it over: longer than
/// a job takes, even with a slow mail server (whose exchanges time out sooner).
const LEASE_MINUTES: i64 = 5;
/// How often the worker forgets old counters of attempts.
const PRUNE_EVERY: std::time::Duration = std::time::Duration::from_secs(3600);
/// How long one job may run before it counts as failed: well within its lease, so no
/// other worker takes it over while it still runs.
const JOB_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(120);
/// The longest wait between two tries.
const MAX_RETRY_MINUTES: i64 = 6 * 60;

impl App {
    /// The same application, sending mail through `mailer` rather than keeping it in the
    /// outbox unsent.
    pub fn with_mailer(mut self, mailer: Mailer) -> Self {
        self.mailer = Some(Arc::new(mailer));
        self
    }

    /// Runs every job due at `now`; returns how many were tried (done, skipped or
    /// failed). Tests call this to run what the worker would run.
    pub async fn run_due_jobs(&self, now: Timestamp) -> Result<usize> {
        let mut tried = 0;
        loop {
            // Claimed jobs are leased and failed ones wait until later, so each claim
            // returns jobs not seen yet, until none is left.
            let jobs = self.store.claim_jobs(now, BATCH, now + chrono::Duration::minutes(LEASE_MINUTES)).await?;
            if jobs.is_empty() {
                return Ok(tried);
            }
            for job in jobs {
                tried += 1;
                match self.run_job_isolated(&job).await {
                    Ok(()) => self.store.finish_job(job.id, self.now()).await?,
                    Err(error) => {
                        let retry_at = now + retry_delay(job.attempts);
                        let failures = self.store.fail_job(job.id, &error, retry_at).await?;
                        if failures >= MAX_JOB_ATTEMPTS {
                            tracing::error!(job = %job.id, kind = %job.kind, %error, "job given up after {failures} tries; kept in the jobs table");
                        } else {
                            tracing::warn!(job = %job.id, kind = %job.kind, %error, %retry_at, "job failed; will retry");
                        }
                    }
                }
            }
        }
    }

    /// Starts a task that runs due jobs every `every`, for as long as the process lives.
    pub fn spawn_job_worker(&self, every: std::time::Duration) -> tokio::task::JoinHandle<()> {
        let app = self.clone();
        tokio::spawn(async move {
            let mut ticker = tokio::time::interval(every);
            ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            let mut pruned_at: Option<std::time::Instant> = None;
            loop {
                ticker.tick().await;
                // Counters of attempts are read by key only; old ones just take room.
                if pruned_at.is_none_or(|at| at.elapsed() >= PRUNE_EVERY) {
                    pruned_at = Some(std::time::Instant::now());
                    if let Err(error) = app.prune_attempts(app.now()).await {
                        tracing::warn!(%error, "cannot forget old counters of attempts");
                    }
                }
                match app.run_due_jobs(app.now()).await {
                    Ok(0) => {}
                    Ok(tried) => tracing::debug!(tried, "ran due jobs"),
                    // The database is away: try again at the next tick.
                    Err(error) => tracing::error!(%error, "cannot run due jobs"),
                }
            }
        })
    }

    /// Runs one job on a task of its own, so that whatever happens to it (an error, a
    /// panic in a library, a server that never answers) becomes that job's recorded
    /// failure and the worker goes on with the next one.
    async fn run_job_isolated(&self, job: &ClaimedJob) -> Result<(), String> {
        let app = self.clone();
        let owned = job.work.clone()?;
        let task = tokio::spawn(async move { tokio::time::timeout(JOB_TIMEOUT, app.run_job(&owned)).await });
        match task.await {
            Ok(Ok(outcome)) => outcome,
            Ok(Err(_elapsed)) => Err(format!("the job took longer than {} s and was stopped", JOB_TIMEOUT.as_secs())),
            Err(join) if join.is_panic() => {
                Err(format!("the job failed unexpectedly: {}", panic_text(join.into_panic())))
            }
            Err(join) => Err(format!("the job was stopped: {join}")),
        }
    }

    /// Runs one job; the error is what its record keeps.
    async fn run_job(&self, job: &Job) -> Result<(), String> {
        match job {
            Job::Notify { event, signup, starts_at } => self.notify(event, *signup, *starts_at).await,
            Job::HelpNotify { event, account, platform, request, note } => {
                self.help_notify(event, *account, *platform, *request, note.as_deref()).await
            }
            Job::Invite { shift, account } => self.invite(*shift, *account).await,
            Job::Cover { shift } => self.cover(*shift).await,
            Job::PasswordReset { account, locale } => self.mail_password_reset(*account, locale).await,
            Job::ConfirmEmail { account, email, locale } => self.mail_email_confirmation(*account, email, locale).await,
            Job::EmailChanged { account, previous } => self.mail_email_changed(*account, previous).await,
        }
    }

    /// Tells the person of a sign-up what happened: in the app, and by mail.
    async fn notify(&self, event: &str, signup: SignupId, queued_start: Timestamp) -> Result<(), String> {
        let event = Event::parse(event).ok_or_else(|| format!("unknown event `{event}`"))?;
        let gathered = self.gather(signup).await.map_err(|e| format!("cannot read the sign-up {signup}: {e}"))?;
        let Some(Gathered { platform, signup, shift, person, facts, locale }) = gathered else {
            tracing::warn!(%signup, "notification about a sign-up that does not exist; nothing to tell");
            return Ok(());
        };
        let Some(email) = person.email.clone().filter(|_| person.erased_at.is_none()) else {
            tracing::debug!(signup = %signup.id, "the person erased their account; not told");
            return Ok(());
        };
        if let Some(reason) = outdated(event, &signup, &shift, queued_start, self.now()) {
            tracing::debug!(signup = %signup.id, event = event.as_str(), reason, "notification no longer applies; skipped");
            return Ok(());
        }

        let tr = Tr::new(locale);
        let mail = message::mail(&tr, event, &facts, &person.display_name)?;
        let payload = serde_json::to_value(&facts).map_err(|e| e.to_string())?;
        self.deliver(platform, &person, email, event.as_str(), &payload, mail, locale).await
    }

    /// Sends a mail to a person and records it with its in-app notification. Sends
    /// first: when the server refuses, nothing is written and the whole job is tried
    /// again. An address not confirmed yet gets no mail (it may be someone else's,
    /// typed by mistake or on purpose); the notice in the app is kept all the same.
    #[allow(clippy::too_many_arguments)]
    async fn deliver(
        &self,
        platform: PlatformId,
        person: &Account,
        email: entraide_domain::account::Email,
        kind: &str,
        payload: &serde_json::Value,
        mail: message::Mail,
        locale: entraide_domain::locale::Locale,
    ) -> Result<(), String> {
        if person.email_confirmed_at.is_none() {
            tracing::debug!(account = %person.id, kind, "address not confirmed; told in the app only");
            let kept = self.store.add_notification(platform, person.id, kind, payload, self.now()).await;
            return kept.map(|_| ()).map_err(|e| format!("cannot record the notification: {e}"));
        }
        let mail =
            NewMail { account: Some(person.id), to: email, subject: mail.subject, text: mail.text, html: mail.html };
        let sent_at = match &self.mailer {
            Some(mailer) => {
                mailer.send(&person.display_name, &mail, locale).await?;
                Some(self.now())
            }
            None => None,
        };
        let written = async {
            self.store.add_notification(platform, person.id, kind, payload, self.now()).await?;
            self.store.add_outbox(Some(platform), &mail, self.now(), sent_at).await
        };
        written.await.map_err(|e| format!("cannot record the notification: {e}"))?;
        Ok(())
    }

    /// The same application, writing links in mails to this address.
    pub fn with_public_url(mut self, url: Option<String>) -> Self {
        self.public_url = url.map(|u| u.trim_end_matches('/').to_owned()).filter(|u| !u.is_empty());
        self
    }

    /// Everything a notification about this sign-up needs, if it still exists.
    async fn gather(&self, id: SignupId) -> Result<Option<Gathered>> {
        let Some(platform_id) = self.store.signup_platform(id).await? else { return Ok(None) };
        let Some(signup) = self.store.signup(platform_id, id).await? else { return Ok(None) };
        let Some(person) = self.store.account(signup.account_id).await? else { return Ok(None) };
        let Some((shift, mut facts, platform_locale)) = self.shift_facts(platform_id, signup.shift_id).await? else {
            return Ok(None);
        };
        // The recipient's language, else the platform's.
        let locale = person.locale.unwrap_or(platform_locale);
        facts.signup = signup.id.to_string();
        facts.position = signup.position;
        Ok(Some(Gathered { platform: platform_id, signup, shift, person, facts, locale }))
    }

    /// What a notice about a shift tells, with the platform's language (for people who
    /// chose none), if the shift still exists.
    async fn shift_facts(
        &self,
        platform_id: PlatformId,
        shift: ShiftId,
    ) -> Result<Option<(Shift, Facts, entraide_domain::locale::Locale)>> {
        let Some(shift) = self.store.shift(platform_id, shift).await? else { return Ok(None) };
        let Some(opportunity) = self.store.opportunity(platform_id, shift.opportunity_id).await? else {
            return Ok(None);
        };
        let Some(organisation) = self.store.organisation(platform_id, opportunity.organisation_id).await? else {
            return Ok(None);
        };
        let Some(platform) = self.store.platform_by_id(platform_id).await? else { return Ok(None) };
        let facts = Facts {
            signup: String::new(),
            shift: shift.id.to_string(),
            opportunity: opportunity.id.to_string(),
            platform: platform.slug.to_string(),
            platform_name: platform.name.clone(),
            time_zone: platform.time_zone.name().to_owned(),
            title: opportunity.draft.title.clone(),
            organisation: organisation.name.clone(),
            address: match &opportunity.draft.place {
                entraide_domain::opportunity::Place::At { address, .. } => Some(address.clone()),
                entraide_domain::opportunity::Place::Remote => None,
            },
            starts_at: shift.starts_at,
            ends_at: shift.ends_at,
            position: None,
            link: None,
        };
        Ok(Some((shift, facts, platform.default_locale)))
    }

    /// A full address for a path of this site, when the server knows its own.
    fn link(&self, path: &str) -> Option<String> {
        self.public_url.as_ref().map(|base| format!("{base}{path}"))
    }

    /// Tells a person a coordinator invites them to a shift (in the app always; by mail
    /// unless they asked for no mails), unless the shift is over or cancelled.
    async fn invite(&self, shift: ShiftId, account: AccountId) -> Result<(), String> {
        let read = async {
            let Some(platform) = self.store.shift_platform(shift).await? else { return Ok(None) };
            let Some(person) = self.store.account(account).await? else { return Ok(None) };
            let no_mails = self.store.profile(account).await?.is_some_and(|p| p.draft.no_mails);
            Ok::<_, crate::AppError>(self.shift_facts(platform, shift).await?.map(|f| (platform, person, no_mails, f)))
        };
        let Some((platform, person, no_mails, (shift, mut facts, platform_locale))) =
            read.await.map_err(|e| e.to_string())?
        else {
            return Ok(());
        };
        let locale = person.locale.unwrap_or(platform_locale);
        if shift.cancelled_at.is_some() || shift.starts_at <= self.now() {
            return Ok(());
        }
        facts.link = self.link(&format!("/p/{}/opportunities/{}", facts.platform, facts.opportunity));
        let payload = serde_json::to_value(&facts).map_err(|e| e.to_string())?;
        let event = Event::ShiftInvitation;
        match person.email.clone().filter(|_| person.erased_at.is_none() && !no_mails) {
            Some(email) => {
                let mail = message::mail(&Tr::new(locale), event, &facts, &person.display_name)?;
                self.deliver(platform, &person, email, event.as_str(), &payload, mail, locale).await
            }
            None => self
                .store
                .add_notification(platform, person.id, event.as_str(), &payload, self.now())
                .await
                .map(|_| ())
                .map_err(|e| e.to_string()),
        }
    }

    /// Offers a shift's coordinators people to invite, after a late cancellation left a
    /// place nobody waits for, unless the place was taken again meanwhile.
    async fn cover(&self, shift: ShiftId) -> Result<(), String> {
        let read = async {
            let Some(platform) = self.store.shift_platform(shift).await? else { return Ok(None) };
            let Some((shift, facts, platform_locale)) = self.shift_facts(platform, shift).await? else {
                return Ok(None);
            };
            let opportunity = facts.opportunity.parse().map_err(|_| crate::AppError::NotFound("opportunity"))?;
            let Some(opportunity) = self.store.opportunity(platform, opportunity).await? else { return Ok(None) };
            let people = self.store.organisation_members(platform, opportunity.organisation_id).await?;
            Ok::<_, crate::AppError>(Some((platform, shift, facts, platform_locale, people)))
        };
        let Some((platform, shift, mut facts, platform_locale, people)) = read.await.map_err(|e| e.to_string())? else {
            return Ok(());
        };
        if shift.cancelled_at.is_some() || shift.starts_at <= self.now() || shift.taken >= shift.slots {
            return Ok(());
        }
        facts.link = self.link(&format!("/p/{}/shifts/{}/suggestions", facts.platform, facts.shift));
        let payload = serde_json::to_value(&facts).map_err(|e| e.to_string())?;
        let event = Event::CoverNeeded;
        for member in people {
            let person =
                self.store.account(member.account_id).await.map_err(|e| format!("cannot read a coordinator: {e}"))?;
            let Some((person, email)) =
                person.and_then(|p| p.email.clone().filter(|_| p.erased_at.is_none()).map(|e| (p, e)))
            else {
                continue;
            };
            let locale = person.locale.unwrap_or(platform_locale);
            let mail = message::mail(&Tr::new(locale), event, &facts, &person.display_name)?;
            self.deliver(platform, &person, email, event.as_str(), &payload, mail, locale).await?;
        }
        Ok(())
    }
}

/// A sign-up with its surroundings.
struct Gathered {
    platform: PlatformId,
    signup: Signup,
    shift: Shift,
    person: Account,
    facts: Facts,
    locale: entraide_domain::locale::Locale,
}

/// Why a queued notification no longer applies, if it does not: a reminder for a place
/// the person no longer has, for a cancelled shift, or for a start that has moved (the
/// change queued a reminder of its own); a waiting-list notice once the wait is over (a
/// later job says how it ended).
fn outdated(
    event: Event,
    signup: &Signup,
    shift: &Shift,
    queued_start: Timestamp,
    now: Timestamp,
) -> Option<&'static str> {
    match event {
        // A worker that was down when it was due: a reminder after the start helps nobody.
        Event::ShiftReminder if shift.starts_at <= now => Some("shift started"),
        Event::ShiftReminder if signup.status != SignupStatus::Confirmed => Some("not confirmed any more"),
        Event::ShiftReminder if shift.cancelled_at.is_some() => Some("shift cancelled"),
        Event::ShiftReminder if shift.starts_at != queued_start => Some("shift moved"),
        Event::SignupWaitlisted if signup.status != SignupStatus::Waitlisted => Some("no longer waiting"),
        _ => None,
    }
}

/// What a panic said, for the job's record.
fn panic_text(payload: Box<dyn std::any::Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(text) => *text,
        Err(payload) => payload
            .downcast::<&'static str>()
            .map(|text| (*text).to_owned())
            .unwrap_or_else(|_| "no message".to_owned()),
    }
}

/// How long to wait after the `attempts`+1-th failure: 1, 2, 4 … minutes, at most
/// [`MAX_RETRY_MINUTES`].
fn retry_delay(attempts: i64) -> chrono::Duration {
    let minutes = 1i64.checked_shl(u32::try_from(attempts.clamp(0, 20)).unwrap_or(20)).unwrap_or(i64::MAX);
    chrono::Duration::minutes(minutes.min(MAX_RETRY_MINUTES))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_wait_twice_as_long_each_time_up_to_six_hours() {
        let minutes: Vec<i64> = (0..12).map(|a| retry_delay(a).num_minutes()).collect();
        assert_eq!(minutes, [1, 2, 4, 8, 16, 32, 64, 128, 256, 360, 360, 360]);
        assert_eq!(retry_delay(-3).num_minutes(), 1);
        assert_eq!(retry_delay(i64::MAX).num_minutes(), 360);
    }
}
