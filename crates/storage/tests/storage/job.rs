//! The job queue: claims, leases, retries, and claims that race.

use crate::harness::{assert_store_error, at, on_both};
use chrono::Duration;
use entraide_domain::id::{JobId, ShiftId, SignupId};
use entraide_domain::time::Timestamp;
use entraide_storage::{Job, MAX_JOB_ATTEMPTS, StoreError};
use std::collections::HashSet;

/// A reminder about a sign-up, as the sign-up code queues it.
fn reminder(starts_at: Timestamp) -> Job {
    Job::Notify { event: "shift-reminder".into(), signup: SignupId::new(), starts_at }
}

#[tokio::test]
async fn a_due_job_is_claimed_once_until_its_lease_ends_and_never_after_it_is_done() {
    on_both(|store| async move {
        let t0 = at("2026-12-01T10:00:00Z");
        let job = reminder(t0 + Duration::days(1));
        let first = store.enqueue_job(&job, t0, t0).await.unwrap();
        let later =
            store.enqueue_job(&Job::Cover { shift: ShiftId::new() }, t0 + Duration::hours(1), t0).await.unwrap();

        let now = t0 + Duration::minutes(1);
        let lease = now + Duration::minutes(5);
        let claimed = store.claim_jobs(now, 10, lease).await.unwrap();
        assert_eq!(claimed.len(), 1, "only the job that is due: {claimed:?}");
        assert_eq!(claimed[0].id, first);
        assert_eq!(claimed[0].kind, "notify");
        assert_eq!(claimed[0].work, Ok(job), "read back as it was queued");
        assert_eq!(claimed[0].attempts, 0);

        // Leased: not claimed again, not even a moment before the lease ends.
        assert!(store.claim_jobs(now, 10, lease).await.unwrap().is_empty());
        assert!(
            store.claim_jobs(lease - Duration::seconds(1), 10, lease + Duration::minutes(5)).await.unwrap().is_empty()
        );

        // Its worker died: once the lease is over, another worker gets it.
        let again = store.claim_jobs(lease, 10, lease + Duration::minutes(5)).await.unwrap();
        assert_eq!(again.iter().map(|j| j.id).collect::<Vec<_>>(), [first]);

        store.finish_job(first, lease + Duration::seconds(1)).await.unwrap();
        let much_later = t0 + Duration::days(1);
        let claimed = store.claim_jobs(much_later, 10, much_later + Duration::minutes(5)).await.unwrap();
        assert_eq!(claimed.iter().map(|j| j.id).collect::<Vec<_>>(), [later], "a finished job never comes back");

        assert_store_error!(store.finish_job(JobId::new(), much_later).await, StoreError::NotFound("job"));
    })
    .await;
}

#[tokio::test]
async fn claims_take_the_oldest_due_jobs_first_up_to_the_limit() {
    on_both(|store| async move {
        let t0 = at("2026-12-01T10:00:00Z");
        let mut ids = Vec::new();
        for minutes in [30, 10, 20] {
            ids.push(store.enqueue_job(&reminder(t0), t0 + Duration::minutes(minutes), t0).await.unwrap());
        }
        let now = t0 + Duration::hours(1);
        let claimed = store.claim_jobs(now, 2, now + Duration::minutes(5)).await.unwrap();
        assert_eq!(claimed.iter().map(|j| j.id).collect::<Vec<_>>(), [ids[1], ids[2]]);
        let rest = store.claim_jobs(now, 2, now + Duration::minutes(5)).await.unwrap();
        assert_eq!(rest.iter().map(|j| j.id).collect::<Vec<_>>(), [ids[0]]);
    })
    .await;
}

#[tokio::test]
async fn a_failed_job_is_retried_when_told_and_kept_with_its_error_after_ten_tries() {
    on_both(|store| async move {
        let t0 = at("2026-12-01T10:00:00Z");
        let job = Job::Cover { shift: ShiftId::new() };
        let id = store.enqueue_job(&job, t0, t0).await.unwrap();
        let mut now = t0;
        for attempt in 1..=MAX_JOB_ATTEMPTS {
            let claimed = store.claim_jobs(now, 10, now + Duration::minutes(5)).await.unwrap();
            assert_eq!(claimed.len(), 1, "try {attempt} claims the job");
            assert_eq!(claimed[0].attempts, attempt - 1);
            let retry_at = now + Duration::minutes(attempt);
            let failed = store.fail_job(id, &format!("mail server down ({attempt})"), retry_at).await.unwrap();
            assert_eq!(failed, attempt);
            // Not before the time it was told to wait for, even with its lease released.
            assert!(store.claim_jobs(retry_at - Duration::seconds(1), 10, retry_at).await.unwrap().is_empty());
            now = retry_at;
        }
        // Given up: never claimed again, but kept, with its last error.
        assert!(store.claim_jobs(now + Duration::days(30), 10, now + Duration::days(31)).await.unwrap().is_empty());
        let failed = store.failed_jobs(10).await.unwrap();
        assert_eq!(failed.len(), 1);
        assert_eq!(failed[0].job.id, id);
        assert_eq!(failed[0].job.attempts, MAX_JOB_ATTEMPTS);
        assert_eq!(failed[0].job.work, Ok(job));
        assert_eq!(failed[0].last_error.as_deref(), Some("mail server down (10)"));
        assert_eq!(failed[0].created_at, t0);

        assert_store_error!(store.fail_job(JobId::new(), "x", now).await, StoreError::NotFound("job"));
    })
    .await;
}

#[tokio::test]
async fn concurrent_claimers_never_get_the_same_job_and_together_get_them_all() {
    on_both(|store| async move {
        let t0 = at("2026-12-01T10:00:00Z");
        let mut all = HashSet::new();
        for n in 0..60 {
            all.insert(store.enqueue_job(&reminder(t0 + Duration::minutes(n)), t0, t0).await.unwrap());
        }
        let now = t0 + Duration::minutes(1);
        let mut workers = Vec::new();
        for _ in 0..6 {
            let store = store.clone();
            workers.push(tokio::spawn(async move {
                let mut mine = Vec::new();
                loop {
                    let claimed = store.claim_jobs(now, 4, now + Duration::minutes(5)).await.unwrap();
                    if claimed.is_empty() {
                        return mine;
                    }
                    mine.extend(claimed.into_iter().map(|j| j.id));
                }
            }));
        }
        let mut seen = HashSet::new();
        for worker in workers {
            for id in worker.await.unwrap() {
                assert!(seen.insert(id), "job {id} was claimed twice");
            }
        }
        assert_eq!(seen, all);
    })
    .await;
}

#[test]
fn a_stored_job_that_cannot_be_read_says_why_instead_of_failing_every_claim() {
    assert!(Job::from_stored("notify", "not json").unwrap_err().contains("unreadable"));
    assert!(Job::from_stored("juggle", "{}").unwrap_err().contains("juggle"));
    let cover = Job::from_stored("cover", r#"{"shift": "0190e5a2-0000-7000-8000-000000000001"}"#).unwrap();
    assert!(matches!(cover, Job::Cover { .. }), "rows written before jobs were typed still read");
}
