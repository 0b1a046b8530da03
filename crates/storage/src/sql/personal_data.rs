//! Export and erasure of a person's data.
//!
//! This file is the one place that lists what Entraide stores about a person. A feature
//! that stores more adds it to both functions here, and to `PersonalData`.
//!
//! | table | export | erasure |
//! | --- | --- | --- |
//! | accounts | the row | email, password, name, birth date, phone, language cleared; `erased_at` set |
//! | platform_members | every platform | deleted |
//! | organisation_members | every organisation | deleted |
//! | sessions | dates | deleted |
//! | api_tokens | label and dates | deleted |
//! | calendar_feeds | dates (never the hash) | deleted |
//! | notifications | kind, payload, dates | deleted |
//! | outbox | mails to their account or address | deleted |
//! | signups | every sign-up, with shift and opportunity | kept against the anonymous account (counts stay true); sign-ups for shifts to come are cancelled first, by the use case, so the places go to people waiting |
//! | hour_reports | every report | kept against the anonymous account, the note erased |
//! | ledger_entries | every entry they paid or received | kept, never changed (append-only): they point at the account, which stays as an anonymous row, so every platform's balances still sum to zero |
//! | ledger_balances | every balance | kept against the anonymous account, for the same reason |
//! | help_requests | every request, with address, exact point, person helped and consent | kept anonymous: title, description, address, person helped and consent cleared, the point moved to the centre of its H3 cell; open and accepted ones cancelled |
//! | help_offers | every offer they made | kept anonymous: message cleared; open ones declined |
//! | help_messages | every message they wrote | kept anonymous: text cleared |
//! | volunteer_profiles | the profile, exact home point included | deleted |
//! | standing_offers | every standing offer, with its point | deleted |
//! | help_thanks | every thank-you they wrote | kept anonymous: text cleared |
//! | blocks | the people they blocked | deleted, both ways |
//! | reports | the reports they filed | kept for the moderators, their reason cleared; reports about what they wrote stay, as does the moderation log |
//! | shift_invitations | the shifts they were invited to, and when | deleted; invitations they sent keep no sender |
//! | account_actions | (the instance admins' log, like the moderation log) | kept: who suspended or reinstated the account, and why |
//! | throttles | (counters of attempts keyed by address; not personal history) | deleted for the address |

use super::Store;
use crate::error::Result;
use crate::row::help::{MessageRow, OfferRow};
use crate::row::ledger::EntryRow;
use crate::row::ledger::entry_columns;
use crate::row::notification::notification_columns;
use crate::row::notification::outbox_columns;
use crate::row::notification::{NotificationRow, OutboxRow};
use crate::row::safety::ReportRow;
use crate::row::safety::report_columns;
use crate::stamp::Stamp;
use crate::{
    HelpStore, HoursStore, PersonalData, PersonalDataStore, ProfileStore, SafetyStore, SignupStore, StandingOfferStore,
    StoreError, Thanks,
};
use entraide_domain::id::{AccountId, HelpRequestId, OrganisationId, PlatformId, ShiftId};
use entraide_domain::ledger::{Balance, Holder};
use entraide_domain::time::Timestamp;

#[async_trait::async_trait]
impl PersonalDataStore for Store {
    async fn export_personal_data(&self, account: AccountId) -> Result<Option<PersonalData>> {
        use crate::{AccountStore, AuthStore};
        let Some(person) = self.account(account).await? else {
            return Ok(None);
        };
        let platforms: Vec<(String, String, Stamp)> = sqlx::query_as(
            "SELECT p.slug, m.role, m.joined_at FROM platform_members m JOIN platforms p ON p.id = m.platform_id
             WHERE m.account_id = $1 ORDER BY m.joined_at",
        )
        .bind(account.0)
        .fetch_all(self.reader())
        .await?;
        let organisations: Vec<(String, uuid::Uuid, String, String, Stamp)> = sqlx::query_as(
            "SELECT p.slug, o.id, o.name, m.role, m.added_at FROM organisation_members m
             JOIN organisations o ON o.id = m.organisation_id JOIN platforms p ON p.id = m.platform_id
             WHERE m.account_id = $1 ORDER BY m.added_at",
        )
        .bind(account.0)
        .fetch_all(self.reader())
        .await?;
        let calendar_feeds: Vec<(Stamp, Option<Stamp>)> = sqlx::query_as(
            "SELECT created_at, revoked_at FROM calendar_feeds WHERE account_id = $1 ORDER BY created_at",
        )
        .bind(account.0)
        .fetch_all(self.reader())
        .await?;
        let notifications = sqlx::query_as::<_, NotificationRow>(concat!(
            "SELECT ",
            notification_columns!(),
            " FROM notifications WHERE account_id = $1 ORDER BY created_at, id"
        ))
        .bind(account.0)
        .fetch_all(self.reader())
        .await?;
        // Mails to their address count too: some are sent before an account exists.
        let mails = sqlx::query_as::<_, OutboxRow>(concat!(
            "SELECT ",
            outbox_columns!(),
            " FROM outbox WHERE account_id = $1 OR to_address = $2 ORDER BY created_at, id"
        ))
        .bind(account.0)
        .bind(person.email.as_ref().map(|e| e.as_str().to_owned()))
        .fetch_all(self.reader())
        .await?;
        let sessions: Vec<(Stamp, Stamp)> =
            sqlx::query_as("SELECT created_at, expires_at FROM sessions WHERE account_id = $1 ORDER BY created_at")
                .bind(account.0)
                .fetch_all(self.reader())
                .await?;
        let ledger_entries = sqlx::query_as::<_, EntryRow>(concat!(
            "SELECT ",
            entry_columns!(),
            " FROM ledger_entries WHERE (from_kind = 'person' AND from_id = $1) OR (to_kind = 'person' AND to_id = $1)
             ORDER BY created_at, id"
        ))
        .bind(account.0)
        .fetch_all(self.reader())
        .await?;
        let ledger_balances: Vec<(uuid::Uuid, String, i64)> = sqlx::query_as(
            "SELECT platform_id, unit, balance FROM ledger_balances WHERE holder_kind = 'person' AND holder_id = $1
             ORDER BY platform_id, unit",
        )
        .bind(account.0)
        .fetch_all(self.reader())
        .await?;
        let help_offers: Vec<OfferRow> = sqlx::query_as(
            "SELECT id, request_id, helper_id, message, status, hidden_at, created_at FROM help_offers WHERE helper_id = $1 ORDER BY created_at, id",
        )
        .bind(account.0)
        .fetch_all(self.reader())
        .await?;
        let help_messages: Vec<MessageRow> = sqlx::query_as(
            "SELECT id, request_id, author_id, body, hidden_at, created_at FROM help_messages WHERE author_id = $1 ORDER BY created_at, id",
        )
        .bind(account.0)
        .fetch_all(self.reader())
        .await?;
        let thanks: Vec<(uuid::Uuid, String, Stamp)> = sqlx::query_as(
            "SELECT request_id, body, created_at FROM help_thanks WHERE author_id = $1 ORDER BY created_at, request_id",
        )
        .bind(account.0)
        .fetch_all(self.reader())
        .await?;
        let reports: Vec<ReportRow> = sqlx::query_as(concat!(
            "SELECT ",
            report_columns!(),
            " FROM reports WHERE reporter_id = $1 ORDER BY created_at, id"
        ))
        .bind(account.0)
        .fetch_all(self.reader())
        .await?;
        let invitations: Vec<(uuid::Uuid, Stamp)> = sqlx::query_as(
            "SELECT shift_id, created_at FROM shift_invitations WHERE account_id = $1 ORDER BY created_at",
        )
        .bind(account.0)
        .fetch_all(self.reader())
        .await?;
        Ok(Some(PersonalData {
            invitations: invitations.into_iter().map(|(shift, at)| (ShiftId(shift), at.0)).collect(),
            standing_offers: self.standing_offers_of(account).await?,
            thanks: thanks
                .into_iter()
                .map(|(request, text, at)| Thanks {
                    request_id: HelpRequestId(request),
                    author: account,
                    text,
                    created_at: at.0,
                })
                .collect(),
            blocks: self.blocked_by(account).await?,
            reports: crate::row::convert_all(reports)?,
            help_requests: self.account_requests(account).await?,
            help_offers: crate::row::convert_all(help_offers)?,
            help_messages: help_messages.into_iter().map(Into::into).collect(),
            profile: self.profile(account).await?,
            ledger_entries: crate::row::convert_all(ledger_entries)?,
            ledger_balances: ledger_balances
                .into_iter()
                .map(|(platform, unit, amount)| {
                    Ok(Balance {
                        platform_id: PlatformId(platform),
                        unit: crate::row::ledger::unit(&unit)?,
                        holder: Holder::Person(account),
                        amount,
                    })
                })
                .collect::<Result<_>>()?,
            account: person,
            platforms: platforms
                .into_iter()
                .map(|(slug, role, at)| Ok((crate::row::slug(&slug)?, crate::row::platform_role(&role)?, at.0)))
                .collect::<Result<_>>()?,
            organisations: organisations
                .into_iter()
                .map(|(slug, id, name, role, at)| {
                    Ok((
                        crate::row::slug(&slug)?,
                        OrganisationId(id),
                        name,
                        crate::row::organisation_role(&role)?,
                        at.0,
                    ))
                })
                .collect::<Result<_>>()?,
            sessions: sessions.into_iter().map(|(a, b)| (a.0, b.0)).collect(),
            api_tokens: self.api_tokens(account).await?,
            notifications: crate::row::convert_all(notifications)?,
            mails: crate::row::convert_all(mails)?,
            signups: {
                let epoch = chrono::DateTime::<chrono::Utc>::UNIX_EPOCH;
                self.account_signups(account, epoch, epoch + chrono::Duration::days(365 * 1000)).await?
            },
            hour_reports: self.account_reports(account).await?,
            calendar_feeds: calendar_feeds
                .into_iter()
                .map(|(created, revoked)| (created.0, revoked.map(|r| r.0)))
                .collect(),
        }))
    }

    async fn erase_personal_data(&self, account: AccountId, at: Timestamp) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let email: Option<Option<String>> = sqlx::query_scalar("SELECT email FROM accounts WHERE id = $1")
            .bind(account.0)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(email) = email else {
            return Err(StoreError::NotFound("account"));
        };
        if let Some(email) = email {
            sqlx::query("DELETE FROM throttles WHERE key = $1")
                .bind(format!("email:{email}"))
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM outbox WHERE to_address = $1").bind(&email).execute(&mut *tx).await?;
        }
        // The exact point of each request becomes the centre of its cell, which
        // everyone could already see.
        let cells: Vec<(uuid::Uuid, i64)> =
            sqlx::query_as("SELECT id, h3_cell FROM help_requests WHERE requester_id = $1")
                .bind(account.0)
                .fetch_all(&mut *tx)
                .await?;
        for (id, cell) in cells {
            let centre = entraide_domain::help::cell_centre(cell);
            sqlx::query("UPDATE help_requests SET lat = $1, lon = $2 WHERE id = $3")
                .bind(centre.map_or(0.0, |c| c.lat()))
                .bind(centre.map_or(0.0, |c| c.lon()))
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        for statement in [
            "UPDATE help_requests SET title = '', description = '', address = '', on_behalf_name = NULL, on_behalf_phone = NULL,
               consent_given_by = NULL, consent_given_at = NULL, consent_how = NULL,
               status = CASE WHEN status IN ('open', 'accepted') THEN 'cancelled' ELSE status END
             WHERE requester_id = $1",
            "UPDATE help_offers SET status = 'declined' WHERE status = 'open' AND request_id IN (SELECT id FROM help_requests WHERE requester_id = $1)",
            "UPDATE help_offers SET message = '', status = CASE WHEN status = 'open' THEN 'declined' ELSE status END WHERE helper_id = $1",
            "UPDATE help_messages SET body = '' WHERE author_id = $1",
            "UPDATE help_thanks SET body = '' WHERE author_id = $1",
            "DELETE FROM standing_offers WHERE helper_id = $1",
            "DELETE FROM shift_invitations WHERE account_id = $1",
            "UPDATE shift_invitations SET invited_by = NULL WHERE invited_by = $1",
            "DELETE FROM blocks WHERE blocker_id = $1 OR blocked_id = $1",
            "UPDATE reports SET reason = '' WHERE reporter_id = $1",
            "DELETE FROM sessions WHERE account_id = $1",
            "DELETE FROM account_links WHERE account_id = $1",
            "DELETE FROM help_conversation_reads WHERE account_id = $1",
            "DELETE FROM volunteer_profiles WHERE account_id = $1",
            "UPDATE hour_reports SET note = '' WHERE account_id = $1",
            "DELETE FROM notifications WHERE account_id = $1",
            "DELETE FROM outbox WHERE account_id = $1",
            "DELETE FROM api_tokens WHERE account_id = $1",
            "DELETE FROM calendar_feeds WHERE account_id = $1",
            "DELETE FROM organisation_members WHERE account_id = $1",
            "DELETE FROM platform_members WHERE account_id = $1",
        ] {
            sqlx::query(statement).bind(account.0).execute(&mut *tx).await?;
        }
        sqlx::query(
            "UPDATE accounts SET email = NULL, password_hash = NULL, display_name = '', locale = NULL,
             birth_date = NULL, phone = NULL, pending_email = NULL, email_confirmed_at = NULL, is_instance_admin = $1, erased_at = $2 WHERE id = $3",
        )
        .bind(false)
        .bind(Stamp(at))
        .bind(account.0)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
